/**
 * The pre-post check in the three real editors: clean drafts post at once, flagged drafts are held
 * by a role="alertdialog", "Post anyway" posts exactly once with the exact text, "Edit draft" posts
 * nothing, Ctrl+Enter is held the same way, and a broken analyzer never blocks posting.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, modelText, openFixture, posted, snap, typeDraft, type Echt } from './harness';
import { EDITOR, POST, type Platform } from './fixtures/pages';

const FLAGGED = 'Tag a friend who needs this! Only 3 left, order now.';
const CLEAN = 'Our shop opens at 9 on Saturday.';
// Lexical's model joins paragraphs with a blank line; the drafts here are one paragraph.
const dialog = (page: Page) => page.locator('echt-ui [role=alertdialog]');

async function draft(echt: Echt, platform: Platform, text: string): Promise<Page> {
  const page = await openFixture(echt, platform);
  await typeDraft(page, platform, text);
  await expect.poll(() => modelText(page)).toBe(text);
  // As a user would: the analysis has answered (badge updated) before the post button is pressed.
  // Within 300 ms of typing the check may fail open by design.
  await expect.poll(() => page.locator('echt-ui [role=status]').first().getAttribute('aria-label'), { timeout: 20_000 }).toMatch(text === CLEAN ? /no issues/ : /warnings?/);
  return page;
}

describe.each(['facebook', 'linkedin', 'x'] as Platform[])('pre-post check on %s', (platform) => {
  let echt: Echt;
  beforeAll(async () => {
    echt = await launch();
  });
  afterAll(() => echt?.close());

  it('lets a clean draft post at once', async () => {
    const page = await draft(echt, platform, CLEAN);
    await page.click(POST[platform]);
    await expect.poll(() => posted(page)).toEqual([CLEAN]);
    expect(await dialog(page).count()).toBe(0);
    await page.close();
  });

  it('holds a flagged draft; "Post anyway" posts it once, exactly', async () => {
    const page = await draft(echt, platform, FLAGGED);
    await page.click(POST[platform]);
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).textContent()).toContain('“Tag a friend who needs this”');
    expect(await posted(page)).toEqual([]);
    if (platform === 'facebook') await snap(page, 'prepost-dialog');
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posted(page)).toEqual([FLAGGED]);
    expect(await dialog(page).count()).toBe(0);
    await page.waitForTimeout(300);
    expect(await posted(page)).toEqual([FLAGGED]);
    await page.close();
  });

  it('"Edit draft" posts nothing and returns to the composer', async () => {
    const page = await draft(echt, platform, FLAGGED);
    await page.click(POST[platform]);
    await expect.poll(() => dialog(page).count()).toBe(1);
    await dialog(page).getByRole('button', { name: 'Edit draft' }).click();
    expect(await dialog(page).count()).toBe(0);
    expect(await posted(page)).toEqual([]);
    expect(await page.evaluate((sel) => document.querySelector(sel)!.contains(document.activeElement), EDITOR[platform])).toBe(true);
    expect(await modelText(page)).toBe(FLAGGED);
    await page.close();
  });

  it('holds Ctrl+Enter the same way', async () => {
    const page = await draft(echt, platform, FLAGGED);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await posted(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => posted(page)).toEqual([FLAGGED]);
    await page.close();
  });
});

describe('pre-post check fails open', () => {
  it('posts when the analyzer throws (a corrupt stored profile), and the popup shows the error', async () => {
    const echt = await launch();
    const sw = await echt.worker();
    // A profile that skipped validation: its phrase rule has no phrase list, so analysis throws.
    await sw.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({
        teamProfile: { source: 'broken', profile: { rules: [{ id: 'x', kind: 'phrase', phrases: null }] } },
        teamProfile$: { v: 2 },
      }),
    );
    const page = await openFixture(echt, 'facebook');
    await typeDraft(page, 'facebook', FLAGGED);
    await page.click(POST.facebook);
    await expect.poll(() => posted(page), { timeout: 20_000 }).toEqual([FLAGGED]);
    expect(await dialog(page).count()).toBe(0);
    // The popup's source: the background's record of this tab, with the caught error.
    const popup = await echt.ctx.newPage();
    await popup.goto(`chrome-extension://${echt.extensionId}/popup.html`);
    const errors = await popup.evaluate(async () => {
      const c = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> }; runtime: { sendMessage(m: object): Promise<{ res: { errors: string[] } }> } } }).chrome;
      const [tab] = await c.tabs.query({ url: 'https://www.facebook.com/*' });
      return (await c.runtime.sendMessage({ id: 1, type: 'getTabReports', data: { tabId: tab!.id }, timestamp: Date.now() })).res.errors;
    });
    expect(errors.join('\n')).toMatch(/analyze|pre-post/);
    await echt.close();
  });
});
