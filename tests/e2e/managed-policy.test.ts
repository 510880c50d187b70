/**
 * An administrator's policy reaches Echt through Chromium's own policy mechanism: a JSON file in
 * /etc/chromium/policies/managed with a "3rdparty" entry for the extension, which Chromium checks
 * against the extension's managed_schema and serves as storage.managed. The policy's profile is in
 * force in a composer, and the options page shows the keys it locks as locked.
 *
 * The policy file is machine-wide and read by every Chromium that starts while it exists, so it
 * names a copy of the extension in a directory of its own: a different path is a different id,
 * and the other real-browser tests running alongside never see the policy.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE, EXT_DIR } from './global-setup';
import { launch, openFixture, typeDraft, unpackedId, type Echt } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/echt-e2e.json`;
const EXT_COPY = `${CACHE}/ext-managed`;
const PROFILE = 'name: Stadtwerke\ngate: error\nrules:\n  - id: no-hey\n    kind: phrase\n    phrases: [hey]\n    message: Wir schreiben „Hallo“, nicht „hey“.\n';

describe('managed policy (Chromium policy file)', () => {
  let echt: Echt;
  let composer: Page;
  beforeAll(async () => {
    rmSync(EXT_COPY, { recursive: true, force: true });
    cpSync(EXT_DIR, EXT_COPY, { recursive: true });
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [unpackedId(EXT_COPY)]: { profile: PROFILE, locked: ['gate', 'rules'] } } } }));
    echt = await launch({ ext: EXT_COPY });
  }, 60_000);
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await echt?.close();
    rmSync(EXT_COPY, { recursive: true, force: true });
  });

  it('targets the extension Chromium actually loaded', async () => {
    expect(new URL((await echt.worker()).url()).host).toBe(unpackedId(EXT_COPY));
    expect(unpackedId(EXT_COPY)).not.toBe(unpackedId(EXT_DIR));
  });

  it("puts the policy's profile in force in a composer", async () => {
    composer = await openFixture(echt, 'facebook');
    await typeDraft(composer, 'facebook', 'hey everyone, the pool opens at nine.');
    await expect.poll(() => composer.locator('echt-ui [data-echt-finding="team/no-hey"]').count(), { timeout: 20_000 }).toBe(1);
  });

  it('shows the locked keys as locked in the options page', async () => {
    const options = await echt.ctx.newPage();
    await options.goto(`chrome-extension://${echt.extensionId}/options.html`);
    await expect.poll(() => options.locator('#lock-gate').count(), { timeout: 10_000 }).toBe(1);
    const gate = options.locator('select[aria-describedby="lock-gate"]');
    expect(await gate.isDisabled()).toBe(true);
    expect(await gate.inputValue()).toBe('error');
    expect(await options.locator('main').textContent()).toMatch(/gate, rules/);
    // a key the policy does not lock stays editable
    expect(await options.locator('select[aria-describedby="lock-address"]').count()).toBe(0);
  });
});
