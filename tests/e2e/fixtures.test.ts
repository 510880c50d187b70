/** The harness itself: each fixture runs its real editor at the real address, and posting is recorded. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, modelText, openFixture, posted, type Echt } from './harness';
import { EDITOR, POST, type Platform } from './fixtures/pages';


describe.each(['facebook', 'linkedin', 'x'] as Platform[])('%s fixture (without Echt)', (platform) => {
  let echt: Echt;
  beforeAll(async () => {
    echt = await launch({ extension: false });
  });
  afterAll(() => echt?.close());

  it('types into the real editor model, with emoji and line breaks, and records posts', async () => {
    const page = await openFixture(echt, platform);
    expect(new URL(page.url()).hostname).toMatch(/facebook\.com|linkedin\.com|x\.com/);
    await page.click(EDITOR[platform]);
    await page.keyboard.type('Hello 👋🏽');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Grüße');
    await expect.poll(async () => (await modelText(page)).replace(/\n\n/g, '\n')).toBe('Hello 👋🏽\nGrüße');
    await page.click(POST[platform]);
    await page.click(EDITOR[platform]);
    await page.keyboard.press('Control+Enter');
    const sent = (await posted(page)).map((t) => t.replace(/\n\n/g, '\n'));
    expect(sent).toEqual(['Hello 👋🏽\nGrüße', 'Hello 👋🏽\nGrüße']);
    expect(echt.requests.every((u) => new URL(u).hostname === new URL(page.url()).hostname)).toBe(true);
  });

  it('opens reply and dialog composers', async () => {
    const page = await openFixture(echt, platform);
    await page.evaluate(() => (window as unknown as { __fixture: { openReply(): void; openDialog(): void } }).__fixture.openReply());
    await page.evaluate(() => (window as unknown as { __fixture: { openDialog(): void } }).__fixture.openDialog());
    await expect.poll(() => page.locator('[contenteditable="true"]').count()).toBe(3);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[contenteditable="true"]').count()).toBe(2);
  });
});

describe('extension', () => {
  it('loads its service worker next to the fixtures', async () => {
    const echt = await launch();
    expect(echt.extensionId).toMatch(/^[a-p]{32}$/);
    await echt.close();
  });
});
