/** The options form's rules round-trip through the YAML text and work in the analyzer. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { parseProfile } from '../../lib/profile';
import { bannedRule, disclosureRule, formValues, limitRule, setRule, swapsRule, FORM_IDS } from '../../entrypoints/options/form-rules';

const BASE = '# our tone — keep this comment\nname: Bäckerei Müller\nrules:\n  - id: keep-me # hand-written\n    kind: phrase\n    phrases: [Mehrwert]\n';

const apply = (text: string, id: string, rule: ReturnType<typeof bannedRule>) => {
  const next = setRule(text, id, rule);
  expect(next).toBeDefined();
  return next!;
};
const teamFindings = (yaml: string, draft: string, platform?: 'linkedin') =>
  analyze(draft, { lang: 'de', platform, profile: parseProfile(yaml) }).findings.filter((f) => f.category === 'off-brand').map((f) => f.ruleId);

describe('options form rules', () => {
  it('banned phrases become one phrase rule; comments and other rules stay', () => {
    const yaml = apply(BASE, FORM_IDS.banned, bannedRule('Synergie\nsupergeil\n', 'Nicht unser Ton.'));
    expect(yaml).toContain('# our tone — keep this comment');
    expect(yaml).toContain('# hand-written');
    expect(formValues(parseProfile(yaml)).banned).toBe('Synergie\nsupergeil');
    expect(teamFindings(yaml, 'Das ist supergeil und echter Mehrwert.')).toEqual(expect.arrayContaining(['team/form-banned', 'team/keep-me']));
    // emptied list removes the rule
    const removed = apply(yaml, FORM_IDS.banned, bannedRule('', 'x'));
    expect(parseProfile(removed).rules?.map((r) => r.id)).toEqual(['keep-me']);
  });

  it('substitutions parse "from → to" lines and offer the fix', () => {
    const yaml = apply(BASE, FORM_IDS.swaps, swapsRule('Kundschaft → Kundinnen und Kunden\ncustomers -> clients'));
    expect(formValues(parseProfile(yaml)).swaps).toBe('Kundschaft → Kundinnen und Kunden\ncustomers → clients');
    const f = analyze('Danke an unsere Kundschaft!', { lang: 'de', profile: parseProfile(yaml) }).findings.find((x) => x.ruleId === 'team/form-swaps');
    expect(f?.suggestions).toContain('Kundinnen und Kunden');
  });

  it('limits become limit rules per count', () => {
    const yaml = apply(BASE, FORM_IDS.limit('hashtags'), limitRule('hashtags', 2));
    expect(formValues(parseProfile(yaml)).limits.hashtags).toBe(2);
    expect(teamFindings(yaml, 'Frisches Brot #brot #bäckerei #köln')).toContain('team/form-limit-hashtags');
    expect(teamFindings(yaml, 'Frisches Brot #brot #köln')).not.toContain('team/form-limit-hashtags');
  });

  it('the advertising label becomes a disclosure rule', () => {
    const yaml = apply(BASE, FORM_IDS.disclosure, disclosureRule({ on: true, labels: 'Werbung, Anzeige', when: 'always', position: 'start' }));
    expect(formValues(parseProfile(yaml)).disclosure).toEqual({ on: true, labels: 'Werbung, Anzeige', when: 'always', position: 'start' });
    expect(teamFindings(yaml, 'Unser neues Roggenbrot ist da.')).toContain('team/form-disclosure');
    expect(teamFindings(yaml, 'Werbung: Unser neues Roggenbrot ist da.')).not.toContain('team/form-disclosure');
  });

  it('refuses to rewrite text that does not parse', () => {
    expect(setRule('rules: [unclosed', FORM_IDS.banned, bannedRule('x', 'y'))).toBeUndefined();
  });
});
