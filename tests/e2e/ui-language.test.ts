/**
 * The UI-language setting overrides the browser's language everywhere, live: chosen in the options
 * page of an English browser, German appears in the options page itself, in an open composer's
 * badge and cards, and in the popup; "Automatic" brings English back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, typeDraft, waitForBadge, type Echt } from './harness';

const DRAFT = 'Tag a friend who needs this! Only 3 left, order now.';
const badge = (page: Page) => page.locator('echt-ui [role=status]').first().getAttribute('aria-label');

describe('UI language override', () => {
  let echt: Echt;
  let composer: Page;
  let options: Page;
  beforeAll(async () => {
    echt = await launch();
    composer = await openFixture(echt, 'facebook');
    await typeDraft(composer, 'facebook', DRAFT);
    await waitForBadge(composer, /^Echt: 3 warnings$/);
    options = await echt.ctx.newPage();
    await options.goto(`chrome-extension://${echt.extensionId}/options.html`);
    await options.locator('h1').waitFor();
  }, 90_000);
  afterAll(() => echt?.close());

  it('the browser is English, so everything starts in English', async () => {
    expect(await options.evaluate(() => navigator.language)).toMatch(/^en/);
    expect(await options.locator('h1').textContent()).toBe('Echt – team rules');
  });

  it('choosing Deutsch switches the options page, the open composer and the popup to German', async () => {
    await options.getByLabel('Language of Echt').selectOption('de');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Echt – Team-Regeln');
    await expect.poll(() => badge(composer), { timeout: 5000 }).toBe('Echt: 3 Warnungen');
    const popup = await echt.ctx.newPage();
    await popup.goto(`chrome-extension://${echt.extensionId}/popup.html`);
    await composer.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.locator('section.engagement-bait h2').textContent(), { timeout: 10_000 }).toContain('Engagement-Bait');
    await popup.close();
  });

  it('"Automatic" follows the browser again', async () => {
    await options.getByLabel('Sprache von Echt').selectOption('');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Echt – team rules');
    await expect.poll(() => badge(composer), { timeout: 5000 }).toBe('Echt: 3 warnings');
  });
});
