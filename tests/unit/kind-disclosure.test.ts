/** `disclosure`: the advertising label, when the draft is a pitch or always, at the start or anywhere. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { DisclosureRule } from '../../lib/profile/types';

const run = (text: string, extra: Partial<DisclosureRule> = {}) =>
  analyze(text, { lang: 'de', profile: { rules: [{ id: 'ad', kind: 'disclosure', labels: ['Werbung', 'Anzeige', '#ad'], ...extra }] } }).findings.filter(
    (f) => f.ruleId === 'team/ad',
  );

const PITCH = 'Jetzt 20 % sparen mit Code BROT20! Nur heute!';

describe('disclosure', () => {
  it('asks for the label on a sales pitch and offers to add it', () => {
    const [f] = run(PITCH);
    expect(f).toMatchObject({ text: 'Jetzt', start: 0, suggestions: ['Werbung: Jetzt'] });
    expect(f!.message).toMatch(/Werbung/);
  });

  it('is satisfied by any listed label at the start, in any case', () => {
    expect(run(`Werbung: ${PITCH}`)).toEqual([]);
    expect(run(`ANZEIGE – ${PITCH}`)).toEqual([]);
    expect(run(`#ad ${PITCH}`)).toEqual([]);
  });

  it('position start: a label late in the post is flagged where it stands', () => {
    const late = `${PITCH}\nDanach gibt es noch mehr Brot für alle Nachbarn.\n#ad`;
    const [f] = run(late);
    expect(f!.text).toBe('#ad');
    expect(f!.message).toMatch(/Anfang/);
    expect(run(late, { position: 'anywhere' })).toEqual([]);
  });

  it('a plain post needs no label unless the rule says always', () => {
    const plain = 'Heute backen wir mit den Kindern aus der Nachbarschaft.';
    expect(run(plain)).toEqual([]);
    expect(run(plain, { when: 'always' })).toHaveLength(1);
  });

  it('a compound of the label does not count as the label', () => {
    expect(run(`Werbungskosten sparen: ${PITCH}`)).toHaveLength(1);
  });
});
