/** `phrase` and `substitution`: word boundaries, inflections, German compounds, case and diacritics; fixes keep capitalisation. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { parseProfile } from '../../lib/profile';
import { matchCase } from '../../lib/rules/kinds/substitution';

const profile = parseProfile(`
rules:
  - id: no-synergy
    kind: phrase
    phrases: [synergy, Synergie, Mehrwert, think outside the box, café, "#blessed"]
    severity: error
  - id: say-clients
    kind: substitution
    swap: { customer: client, Kundschaft: Kundinnen und Kunden, "Kunden-Feedback": Kundenfeedback }
`);
const hits = (text: string, lang: 'en' | 'de', id = 'no-synergy') =>
  analyze(text, { lang, profile }).findings.filter((f) => f.ruleId === `team/${id}`);

describe('phrase', () => {
  it.each([
    ['We love synergy.', 'en', ['synergy']],
    ['Our SYNERGIES are real.', 'en', ['SYNERGIES']],
    ['Think outside the box, team!', 'en', ['Think outside the box']],
    ['Meet us at the Cafe on Main Street.', 'en', ['Cafe']],
    ['So #blessed today', 'en', ['#blessed']],
    ['Echter Mehrwert für alle.', 'de', ['Mehrwert']],
    ['Unser Kundenmehrwert zählt.', 'de', ['Kundenmehrwert']],
    ['Synergieeffekte überall.', 'de', ['Synergieeffekte']],
    ['Mehrwerte schaffen.', 'de', ['Mehrwerte']],
  ] as const)('flags %s', (text, lang, expected) => {
    expect(hits(text, lang).map((f) => f.text)).toEqual(expected);
  });

  it.each([
    ['Energy and synergetic are different words.', 'en'],
    ['The box is outside, think about it.', 'en'],
    ['Wir bieten echten Wert.', 'de'],
    ['blessed be the bakers', 'en'],
  ] as const)('leaves %s alone', (text, lang) => expect(hits(text, lang)).toEqual([]));

  it('findings carry the rule severity, category off-brand and exact offsets', () => {
    const text = 'Pure synergy, pure joy';
    const [f] = hits(text, 'en');
    expect(f).toMatchObject({ severity: 'error', category: 'off-brand', subtype: 'phrase', start: 5, end: 12 });
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });
});

describe('substitution', () => {
  it.each([
    ['Our customer comes first.', 'en', 'customer', 'client'],
    ['Customers love it.', 'en', 'Customers', 'Clients'],
    ['CUSTOMER SERVICE rocks', 'en', 'CUSTOMER', 'CLIENT'],
    ['Danke an unsere Kundschaft!', 'de', 'Kundschaft', 'Kundinnen und Kunden'],
    ['Euer Kunden-Feedback hilft.', 'de', 'Kunden-Feedback', 'Kundenfeedback'],
  ] as const)('%s → suggestion keeps capitalisation', (text, lang, flagged, suggestion) => {
    const [f] = hits(text, lang, 'say-clients');
    expect(f?.text).toBe(flagged);
    expect(f?.suggestions).toEqual([suggestion]);
  });

  it('matchCase: title, upper, lower, German nouns as written', () => {
    expect(matchCase('Customers', 'clients')).toBe('Clients');
    expect(matchCase('CUSTOMERS', 'clients')).toBe('CLIENTS');
    expect(matchCase('customers', 'clients')).toBe('clients');
    expect(matchCase('kundschaft', 'Kundinnen und Kunden')).toBe('Kundinnen und Kunden');
  });
});
