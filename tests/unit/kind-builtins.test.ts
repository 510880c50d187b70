/** `voice`: built-in rules and subtypes switched off or re-graded, per category and per platform. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { TeamProfile } from '../../lib/profile/types';

const BAIT = 'Tag a friend who needs this!';
const levelOf = (profile: TeamProfile | undefined, platform?: 'facebook' | 'linkedin' | 'x') =>
  analyze(BAIT, { lang: 'en', profile, platform }).findings.find((f) => f.ruleId === 'engagement-bait/tag-bait')?.severity ?? 'none';

describe('built-in rules under a team profile', () => {
  it('defaults to the rule severity', () => expect(levelOf(undefined)).toBe('warning'));
  it('switches a single rule off', () => expect(levelOf({ builtins: { 'engagement-bait/tag-bait': 'off' } })).toBe('none'));
  it('switches a whole category off', () => expect(levelOf({ severity: { 'engagement-bait': 'off' } })).toBe('none'));
  it('re-grades a category', () => expect(levelOf({ severity: { 'engagement-bait': 'error' } })).toBe('error'));
  it('re-grades per platform, beating the global setting', () => {
    const profile: TeamProfile = { severity: { 'engagement-bait': 'suggestion' }, platforms: { linkedin: { severity: { 'engagement-bait': 'error' } } } };
    expect(levelOf(profile, 'linkedin')).toBe('error');
    expect(levelOf(profile, 'facebook')).toBe('suggestion');
  });
  it('a rule setting beats the category; a platform rule setting beats both', () => {
    const profile: TeamProfile = {
      severity: { 'engagement-bait': 'off' },
      builtins: { 'engagement-bait/tag-bait': 'suggestion' },
      platforms: { x: { builtins: { 'engagement-bait/tag-bait': 'off' } } },
    };
    expect(levelOf(profile)).toBe('suggestion');
    expect(levelOf(profile, 'x')).toBe('none');
  });
  it('switches a subtype off', () => {
    const smalltalk = 'How was your weekend? Let us know in the comments!';
    const all = analyze(smalltalk, { lang: 'en' }).findings.map((f) => f.subtype);
    expect(all).toContain('smalltalk');
    const off = analyze(smalltalk, { lang: 'en', profile: { builtins: { 'engagement-bait/smalltalk': 'off' } } }).findings.map((f) => f.subtype);
    expect(off).not.toContain('smalltalk');
  });
  it('off-brand off silences team rules', () => {
    const profile: TeamProfile = { severity: { 'off-brand': 'off' }, rules: [{ id: 'p', kind: 'phrase', phrases: ['friend'] }] };
    expect(analyze(BAIT, { lang: 'en', profile }).findings.some((f) => f.ruleId === 'team/p')).toBe(false);
    const graded: TeamProfile = { severity: { 'off-brand': 'suggestion' }, rules: [{ id: 'p', kind: 'phrase', phrases: ['friend'] }] };
    expect(analyze(BAIT, { lang: 'en', profile: graded }).findings.find((f) => f.ruleId === 'team/p')?.severity).toBe('suggestion');
  });
});
