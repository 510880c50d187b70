/**
 * Fail open, layer by layer: with the analyzer, the site adapter or the overlay made to throw
 * (lib/fault.ts, a key in the extension's own storage that no page can write), typing still
 * reaches each of the three real editors unchanged, the post button posts the exact draft once
 * with no dialog, and the popup lists the caught error for that tab.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, modelText, openFixture, posted, typeDraft, type Echt } from './harness';
import { POST, URLS, type Platform } from './fixtures/pages';

const FLAGGED = 'Tag a friend who needs this! Only 3 left, order now.';

type Chrome = {
  storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void> } };
  tabs: { query(q: object): Promise<Array<{ id: number }>> };
  runtime: { sendMessage(m: object): Promise<{ res: { errors: string[] } }> };
};

describe.each(['analyzer', 'adapter', 'overlay'] as const)('with the %s throwing', (layer) => {
  let echt: Echt;
  let reports: Page;
  beforeAll(async () => {
    echt = await launch();
    await (await echt.worker()).evaluate((l) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ echtFault: l }), layer);
    // The popup's data source: the background's record of a tab, errors included.
    reports = await echt.ctx.newPage();
    await reports.goto(`chrome-extension://${echt.extensionId}/popup.html`);
  }, 60_000);
  afterAll(() => echt?.close());

  const tabErrors = (platform: Platform) =>
    reports.evaluate(async (url) => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      const [tab] = await c.tabs.query({ url: `${new URL(url).origin}/*` });
      if (!tab) return [];
      return (await c.runtime.sendMessage({ id: 1, type: 'getTabReports', data: { tabId: tab.id }, timestamp: Date.now() })).res.errors;
    }, URLS[platform]);

  it.each(['facebook', 'linkedin', 'x'] as Platform[])('%s: typing and posting work, the error is reported', async (platform) => {
    const page = await openFixture(echt, platform);
    await typeDraft(page, platform, FLAGGED);
    await expect.poll(() => modelText(page)).toBe(FLAGGED);
    await expect.poll(() => tabErrors(platform), { timeout: 20_000 }).toEqual(expect.arrayContaining([expect.stringContaining(`injected ${layer} fault`)]));
    await page.click(POST[platform]);
    await expect.poll(() => posted(page)).toEqual([FLAGGED]);
    await page.waitForTimeout(300);
    expect(await posted(page)).toEqual([FLAGGED]);
    expect(await page.locator('echt-ui [role=alertdialog]').count()).toBe(0);
    await page.close();
  });
});
