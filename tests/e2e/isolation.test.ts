/**
 * The page cannot drive Echt: messages and events a page script can forge change no setting, apply
 * no fix and hide no finding; the page has no channel into the extension at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, modelText, openFixture, type Echt } from './harness';

const DRAFT = 'Tag a friend who needs this! Only 3 left, order now.';

describe('isolation from the page', () => {
  let echt: Echt;
  beforeAll(async () => {
    echt = await launch();
  });
  afterAll(() => echt?.close());

  it('ignores forged window messages and DOM events, and offers the page no extension API', async () => {
    const page = await openFixture(echt, 'facebook');
    await page.click('[data-lexical-editor="true"]');
    await page.keyboard.type(DRAFT);
    const badge = () => page.locator('echt-ui [role=status]').first().getAttribute('aria-label');
    await expect.poll(badge, { timeout: 20_000 }).toBe('Echt: 3 warnings');
    const sw = echt.ctx.serviceWorkers()[0]!;
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
