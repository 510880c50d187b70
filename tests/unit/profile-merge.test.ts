/** Precedence: managed policy > team profile > personal settings; what the policy sets is locked. */
import { describe, expect, it } from 'vitest';
import { mergeProfiles } from '../../lib/profile/merge';
import type { TeamProfile } from '../../lib/profile/types';

const team: TeamProfile = {
  name: 'Team',
  address: 'informal',
  severity: { 'sales-pitch': 'warning', 'engagement-bait': 'warning' },
  builtins: { 'engagement-bait/smalltalk': 'off' },
  rules: [
    { id: 'a', kind: 'phrase', phrases: ['synergy'] },
    { id: 'b', kind: 'limit', count: 'hashtags', max: 3 },
  ],
};
const managed: TeamProfile = {
  address: 'formal',
  severity: { 'engagement-bait': 'error' },
  rules: [{ id: 'b', kind: 'limit', count: 'hashtags', max: 1 }],
};

describe('mergeProfiles', () => {
  it.each([
    ['managed wins a scalar', (m: ReturnType<typeof mergeProfiles>) => m.profile.address, 'formal'],
    ['team fills what the policy leaves out', (m: ReturnType<typeof mergeProfiles>) => m.profile.name, 'Team'],
    ['tables merge key by key', (m: ReturnType<typeof mergeProfiles>) => m.profile.severity, { 'sales-pitch': 'warning', 'engagement-bait': 'error' }],
    ['a policy rule replaces the team rule of the same id', (m: ReturnType<typeof mergeProfiles>) => m.profile.rules?.map((r) => `${r.id}:${'max' in r ? r.max : ''}`), ['b:1', 'a:']],
    ['keys the policy sets are locked', (m: ReturnType<typeof mergeProfiles>) => m.locked, ['address', 'severity', 'rules']],
  ] as const)('%s', (_, pick, expected) => {
    expect(pick(mergeProfiles(managed, team))).toEqual(expected);
  });

  it('an explicit locked list locks exactly those keys, and a locked key ignores the team entirely', () => {
    const m = mergeProfiles({ severity: { 'engagement-bait': 'error' } }, team, {}, ['severity', 'gate']);
    expect(m.locked).toEqual(['severity', 'gate']);
    expect(m.profile.severity).toEqual({ 'engagement-bait': 'error' });
    expect(m.profile.gate).toBeUndefined();
  });

  it('without a policy, the team profile stands as it is', () => {
    expect(mergeProfiles(undefined, team)).toEqual({ profile: team, locked: [] });
  });

  it.each([
    [['engagement-bait/tag-bait'], undefined, { 'engagement-bait/tag-bait': 'off', 'engagement-bait/smalltalk': 'off' }],
    [['engagement-bait/smalltalk'], { builtins: { 'engagement-bait/smalltalk': 'error' } }, { 'engagement-bait/smalltalk': 'error' }],
  ] as const)('personal ignored rules %j switch built-ins off below team and policy', (ignored, policy, expected) => {
    expect(mergeProfiles(policy as TeamProfile | undefined, team, { ignoredRules: ignored }).profile.builtins).toEqual(expected);
  });

  it('personal ignoring of a team rule drops it, but not a policy rule, nor anything when rules are locked', () => {
    expect(mergeProfiles(undefined, team, { ignoredRules: ['team/a'] }).profile.rules?.map((r) => r.id)).toEqual(['b']);
    expect(mergeProfiles(managed, team, { ignoredRules: ['team/b'] }, ['address']).profile.rules?.map((r) => r.id)).toEqual(['b', 'a']);
    expect(mergeProfiles(managed, team, { ignoredRules: ['team/b'] }, ['rules']).profile.rules?.map((r) => r.id)).toEqual(['b']);
  });
});
