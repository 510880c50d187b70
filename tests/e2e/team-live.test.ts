/**
 * Team rules reach an open composer live: a profile imported in the options page — through its own
 * file input, as a team lead does — shows its finding in a Facebook and an X draft within a second,
 * without reloading them. A broken profile is refused with its line, and the last good one stays.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, typeDraft, waitForBadge, type Echt } from './harness';

const DRAFT = 'Hello folks, the shop opens at nine on Saturday.';
const PROFILE = 'name: Corner Shop\nrules:\n  - id: no-folks\n    kind: phrase\n    phrases: [folks]\n    message: We greet customers, not folks.\n';
const BROKEN = 'name: Corner Shop\nrules:\n  - id: no-folks\n    kind: phrase\n    phrases: folks: [\n';
const PLATFORMS = ['facebook', 'x'] as const;

const teamMarks = (page: Page) => page.locator('echt-ui [data-echt-finding="team/no-folks"]').count();

describe('team profile applies live', () => {
  let echt: Echt;
  const composers: Partial<Record<(typeof PLATFORMS)[number], Page>> = {};
  let options: Page;

  beforeAll(async () => {
    echt = await launch();
    for (const platform of PLATFORMS) {
      const page = await openFixture(echt, platform);
      await typeDraft(page, platform, DRAFT);
      await waitForBadge(page, /no issues/);
      composers[platform] = page;
    }
    options = await echt.ctx.newPage();
    await options.goto(`chrome-extension://${echt.extensionId}/options.html`);
    await options.locator('#profile').waitFor();
  }, 90_000);
  afterAll(() => echt?.close());

  it('an imported profile marks the open drafts within a second', async () => {
    await options.locator('#import').setInputFiles({ name: 'team.yaml', mimeType: 'text/yaml', buffer: Buffer.from(PROFILE) });
    const saved = Date.now();
    for (const page of Object.values(composers)) await expect.poll(() => teamMarks(page!), { timeout: 1000, interval: 50 }).toBe(1);
    const ms = Date.now() - saved;
    console.log(`team finding shown in both composers ${ms} ms after the import`);
    expect(ms).toBeLessThanOrEqual(1000);
    expect(await options.locator('#profile').inputValue()).toBe(PROFILE);
    expect(await composers.facebook!.locator('echt-ui [data-echt-finding="team/no-folks"]').textContent()).toBe('folks');
  });

  it('a broken profile is refused with its line, and the last good one stays in force', async () => {
    await options.locator('#import').setInputFiles({ name: 'broken.yaml', mimeType: 'text/yaml', buffer: Buffer.from(BROKEN) });
    await expect.poll(() => options.locator('main').textContent()).toMatch(/line 5/i);
    await expect.poll(() => options.getByRole('button', { name: /^Save$/ }).isDisabled()).toBe(true);
    // give a (wrong) live update every chance to arrive before checking nothing changed
    await options.waitForTimeout(1500);
    for (const page of Object.values(composers)) expect(await teamMarks(page!)).toBe(1);
    const stored = await (await echt.worker()).evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, { source: string }>> } } } }).chrome.storage.local.get('teamProfile'),
    );
    expect(stored.teamProfile?.source).toBe(PROFILE);
  });
});
