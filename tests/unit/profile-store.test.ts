/** Storage: a validated import, the last good profile kept on failure, the managed policy on top. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEffectiveState, importProfile, readManagedPolicy, teamProfileItem, watchEffectiveProfile } from '../../lib/profile/store';
import { personalItem } from '../../lib/profile/personal';

const GOOD = 'name: Team\naddress: informal\nrules:\n  - id: p\n    kind: phrase\n    phrases: [synergy]\n';

beforeEach(() => fakeBrowser.reset());

describe('profile store', () => {
  it('stores a valid import with its source text', async () => {
    const res = await importProfile(GOOD);
    expect(res.ok).toBe(true);
    expect(await teamProfileItem.getValue()).toMatchObject({ source: GOOD, profile: { name: 'Team' } });
  });

  it('an invalid import returns errors and keeps the last good profile', async () => {
    await importProfile(GOOD);
    const res = await importProfile('name: Team\naddress: maybe\n');
    expect(res).toMatchObject({ ok: false, errors: [{ line: 2, field: 'address' }] });
    expect((await teamProfileItem.getValue())?.source).toBe(GOOD);
  });

  it('migrates a version 1 profile (parsed object only) to source + profile', async () => {
    await fakeBrowser.storage.local.set({ teamProfile: { name: 'Old' }, teamProfile$: { v: 1 } });
    await teamProfileItem.migrate();
    const v = await teamProfileItem.getValue();
    expect(v?.profile).toEqual({ name: 'Old' });
    expect(v?.source).toMatch(/name: Old/);
  });

  it('reads a managed policy as YAML text or object, with locked keys', async () => {
    await fakeBrowser.storage.managed.set({ profile: 'address: formal\n', locked: ['address'] });
    expect(await readManagedPolicy()).toEqual({ profile: { address: 'formal' }, locked: ['address'], errors: [] });
    await fakeBrowser.storage.managed.set({ profile: { gate: 'error' } });
    expect((await readManagedPolicy()).profile).toEqual({ gate: 'error' });
  });

  it('an invalid policy is reported and not applied', async () => {
    await fakeBrowser.storage.managed.set({ profile: 'gate: maybe\n' });
    const p = await readManagedPolicy();
    expect(p.profile).toBeUndefined();
    expect(p.errors[0]).toMatchObject({ line: 1, field: 'gate' });
  });

  it('the effective profile puts the policy over the team profile and reports locked keys', async () => {
    await importProfile(GOOD);
    await fakeBrowser.storage.managed.set({ profile: 'address: formal\n' });
    await personalItem.setValue({ ignoredRules: ['engagement-bait/tag-bait'], replyBoxes: true });
    const s = await getEffectiveState();
    expect(s.profile).toMatchObject({ name: 'Team', address: 'formal', builtins: { 'engagement-bait/tag-bait': 'off' } });
    expect(s.locked).toEqual(['address']);
  });

  it('no sources, no profile', async () => {
    expect((await getEffectiveState()).profile).toBeUndefined();
  });

  it('watchers hear about a new team profile', async () => {
    const seen: unknown[] = [];
    const stop = watchEffectiveProfile((p) => seen.push(p?.name));
    await importProfile(GOOD);
    await new Promise((r) => setTimeout(r, 20));
    stop();
    expect(seen).toContain('Team');
  });
});

describe('managed storage schema (Chrome)', () => {
  it('declares exactly the keys readManagedPolicy reads, and names every lockable key', async () => {
    const { readFileSync } = await import('node:fs');
    const { PROFILE_KEYS } = await import('../../lib/profile/merge');
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as { properties: Record<string, { description: string }> };
    expect(Object.keys(schema.properties)).toEqual(['profile', 'locked']);
    for (const k of PROFILE_KEYS) expect(schema.properties.locked!.description).toContain(k);
    expect(readFileSync('wxt.config.ts', 'utf8')).toMatch(/managed_schema: 'managed-schema\.json'/);
  });
});
