/**
 * Issue 8, isolation: Echt sends nothing anywhere — with a flagged draft on each site and the popup
 * and options pages open, every request the browser made (pages and service worker) went to the
 * fixture sites themselves. And the page cannot drive Echt: messages and events a page script can
 * forge change no setting, apply no fix and hide no finding; the page has no channel into the
 * extension at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, modelText, openFixture, typeDraft, type Echt } from './harness';
import { URLS, type Platform } from './fixtures/pages';

const DRAFT = 'Tag a friend who needs this! Only 3 left, order now.';
const FIXTURE_HOSTS = Object.values(URLS).map((u) => new URL(u).hostname);

describe('no requests beyond the sites themselves', () => {
  let echt: Echt;
  beforeAll(async () => {
    echt = await launch();
  });
  afterAll(() => echt?.close());

  it('with flagged drafts on all three sites and the popup and options pages open', async () => {
    for (const platform of ['facebook', 'linkedin', 'x'] as Platform[]) {
      const page = await openFixture(echt, platform);
      await typeDraft(page, platform, DRAFT);
      await page.waitForFunction(() => !!document.querySelector('echt-ui')?.shadowRoot?.querySelector('[data-echt-finding]'), undefined, { timeout: 20_000 });
      const popup = await echt.ctx.newPage();
      await popup.goto(`chrome-extension://${echt.extensionId}/popup.html`);
      await page.bringToFront();
      await popup.reload();
      await popup.locator('button.phrase').first().waitFor({ timeout: 10_000 });
      await popup.close();
    }
    const options = await echt.ctx.newPage();
    await options.goto(`chrome-extension://${echt.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    await options.waitForTimeout(1000);
    const hosts = [...new Set(echt.requests.map((u) => new URL(u).hostname))].sort();
    expect(hosts).toEqual([...FIXTURE_HOSTS].sort());

    // The recorder sees what leaves a page: one forged beacon to elsewhere shows up.
    const page = echt.ctx.pages().find((p) => p.url().startsWith('https://x.com/'))!;
    await page.evaluate(() => fetch('https://tracker.example/beacon').catch(() => undefined));
    expect(echt.requests).toContain('https://tracker.example/beacon');
  });
});

describe('isolation from the page', () => {
  let echt: Echt;
  beforeAll(async () => {
    echt = await launch();
  });
  afterAll(() => echt?.close());

  it('ignores forged window messages and DOM events, and offers the page no extension API', async () => {
    const page = await openFixture(echt, 'facebook');
    await typeDraft(page, 'facebook', DRAFT);
    const badge = () => page.locator('echt-ui [role=status]').first().getAttribute('aria-label');
    await expect.poll(badge, { timeout: 20_000 }).toBe('Echt: 3 warnings');
    const sw = await echt.worker();
    const storage = () =>
      sw.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> }; sync: { get(k: null): Promise<object> } } } }).chrome;
        return JSON.stringify([await c.storage.local.get(null), await c.storage.sync.get(null)]);
      });
    const before = await storage();

    const apiVisible = await page.evaluate(() => {
      const w = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown };
      // Forgeries a hostile page could try: the messaging library's wire format, plausible commands and events.
      const forged = [
        { id: 1, type: 'analyze', data: { text: 'x', platform: 'facebook', key: 'post-1', kind: 'post', detection: 'adapter', focused: true }, timestamp: Date.now() },
        { type: 'ignoreRule', ruleId: 'engagement-bait/tag-bait' },
        { type: 'revealFinding', data: { key: 'post-1', start: 0, end: 27 } },
        { type: 'apply', replacement: '', start: 0, end: 27 },
      ];
      for (const m of forged) window.postMessage(m, '*');
      for (const name of ['echt:ignore-rule', 'echt:apply', 'echt-apply-fix', 'echt:settings', 'message']) {
        document.dispatchEvent(new CustomEvent(name, { detail: { ruleId: 'engagement-bait/tag-bait', replacement: '' }, bubbles: true, composed: true }));
      }
      return typeof w.chrome?.runtime?.sendMessage === 'function' || w.browser !== undefined;
    });
    await page.waitForTimeout(1000);

    expect(apiVisible).toBe(false);
    expect(await storage()).toBe(before);
    expect(await modelText(page)).toBe(DRAFT);
    expect(await badge()).toBe('Echt: 3 warnings');
    expect(await page.locator('echt-ui [data-echt-finding="engagement-bait/tag-bait"]').count()).toBe(1);
  });
});
