/**
 * The popup in a real browser: for the tab with a flagged draft it names the platform and every
 * flagged phrase by category; a phrase click shows it in the composer; "Copy report" puts the
 * Markdown report on the clipboard. Screenshots for the README in light and dark.
 *
 * The popup reports on the active tab of its window. Opened as a tab of its own it would be that
 * tab, so the fixture tab is brought to the front and the popup page reloaded in the background:
 * the active tab is then the composer's, as when the toolbar button is clicked.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { launch, openFixture, snap, typeDraft, waitForBadge, type Echt } from './harness';

const DRAFT = 'Tag a friend who needs this! Only 3 left, order now.';

describe('popup report', () => {
  let echt: Echt;
  let page: Page;
  let popup: Page;
  beforeAll(async () => {
    echt = await launch();
    page = await openFixture(echt, 'facebook');
    await typeDraft(page, 'facebook', DRAFT);
    await waitForBadge(page, /^Echt: 3 warnings$/);
    popup = await echt.ctx.newPage();
    await popup.goto(`chrome-extension://${echt.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
  }, 90_000);
  afterAll(() => echt?.close());

  it('names the platform and lists every flagged phrase by category with its message', async () => {
    await expect.poll(() => popup.locator('.where').textContent(), { timeout: 10_000 }).toBe('Facebook · 1 composer');
    const findings = analyze(DRAFT, { platform: 'facebook', uiLang: 'en' }).findings;
    expect((await popup.locator('button.phrase').allTextContents()).sort()).toEqual(findings.map((f) => f.text).sort());
    expect(await popup.locator('section.engagement-bait h2').textContent()).toContain('Engagement bait');
    expect(await popup.locator('section.sales-pitch h2').textContent()).toContain('Sales pitch');
    for (const f of findings) expect(await popup.locator('main').textContent()).toContain(f.message);
    await popup.setViewportSize({ width: 420, height: 640 });
    await snap(popup, 'popup');
    await popup.emulateMedia({ colorScheme: 'dark' });
    await snap(popup, 'popup-dark');
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('sets the toolbar badge: warnings and errors of the focused draft, coloured by the worst', async () => {
    const badge = await popup.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> }; action: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> } } }).chrome;
      const [tab] = await c.tabs.query({ url: 'https://www.facebook.com/*' });
      return { text: await c.action.getBadgeText({ tabId: tab!.id }), colour: await c.action.getBadgeBackgroundColor({ tabId: tab!.id }) };
    });
    expect(badge.text).toBe('3');
    expect(badge.colour.slice(0, 3)).toEqual([0xb4, 0x53, 0x09]); // SEVERITY_BADGE.warning
  });

  it('shows a clicked phrase in the composer', async () => {
    await popup.locator('button.phrase', { hasText: 'Only 3 left' }).click();
    await expect.poll(() => page.locator('echt-ui .hl.active').getAttribute('data-echt-finding'), { timeout: 5000 }).toBe('sales-pitch/urgency');
  });

  it('"Copy report" puts the Markdown report on the clipboard', async () => {
    // Clipboard permissions cannot be granted to extension origins through CDP, so the system
    // clipboard is stood in for by recording what the popup hands to navigator.clipboard.writeText.
    await popup.evaluate(() => {
      const w = window as unknown as { __copied?: string };
      navigator.clipboard.writeText = async (t: string) => {
        w.__copied = t;
      };
    });
    await popup.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(() => popup.locator('[role=status]').textContent()).toBe('Report copied to the clipboard.');
    const text = await popup.evaluate(() => (window as unknown as { __copied?: string }).__copied ?? '');
    expect(text).toMatch(/^# Echt report: Facebook draft/);
    expect(text).toContain('“Tag a friend who needs this”');
    expect(text).toContain(`> ${DRAFT}`);
  });

  it('the site switch turns Echt off and on for the composer', async () => {
    const marks = () => page.locator('echt-ui [data-echt-finding]').count();
    const site = popup.locator('.switches input').first();
    await site.uncheck();
    await expect.poll(marks, { timeout: 5000 }).toBe(0);
    await site.check();
    await expect.poll(marks, { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('still has the report after the browser stopped the idle service worker', async () => {
    await (await echt.worker()).evaluate(() => ((globalThis as unknown as { __before?: boolean }).__before = true));
    const cdp = await echt.ctx.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.bringToFront();
    await popup.reload();
    // a fresh worker: nothing of the old one's memory is left
    expect(await (await echt.worker()).evaluate(() => (globalThis as unknown as { __before?: boolean }).__before)).toBeUndefined();
    await expect.poll(() => popup.locator('button.phrase').count(), { timeout: 20_000 }).toBe(analyze(DRAFT, { platform: 'facebook' }).findings.length);
    expect(await popup.locator('.where').textContent()).toBe('Facebook · 1 composer');
  });

  it('says when the page has no composer', async () => {
    const empty = await echt.ctx.newPage();
    await empty.goto('https://www.linkedin.com/feed/?nocomposer');
    await empty.evaluate(() => document.querySelectorAll('.share-box, .sharebox-v2').forEach((e) => e.remove()));
    await empty.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.locator('main').textContent(), { timeout: 10_000 }).toContain('No composer on this page yet.');
    await empty.close();
  });
});
