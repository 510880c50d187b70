/** `address`: German Sie vs du/ihr without mistaking she/they for formal address; English formal vs casual. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { germanMarks } from '../../lib/rules/kinds/address';
import { tokenize } from '../../lib/analysis/tokens';
import type { TeamProfile } from '../../lib/profile/types';

const forms = (text: string) => germanMarks(text, tokenize(text)).map((m) => `${text.slice(m.start, m.end)}:${m.form}`);

/** [draft, forms the rule reads in it]: a formal/informal mark is address; anything else is not. */
const GERMAN: [string, string[]][] = [
  // she / they, not formal address
  ['Sie hat recht.', []],
  ['Frau Meier ist krank, sie meldet sich morgen.', []],
  ['Unsere Bäcker*innen – sie stehen um 3 Uhr auf.', []],
  ['Die Kinder? Sie spielen draußen.', []],
  ['Unsere Azubis haben die Prüfung bestanden. Sie sind jetzt Gesell*innen!', []],
  ['Sie sind seit 20 Jahren dabei: Danke, Anna und Tom!', []],
  ['„Sie kommen morgen“, sagt der Chef.', []],
  ['Was sie sagt, stimmt.', []],
  ['Neu im Team: Sie backt die besten Brezeln.', []],
  ['Ihr Mann hilft sonntags aus.', []],
  ['Ihre Torte hat gewonnen – herzlichen Glückwunsch, Frau Öztürk!', []],
  ['Ich gebe ihr das Rezept.', []],
  ['Er hilft ihr beim Tragen.', []],
  ['Mit ihr macht die Arbeit Spaß.', []],
  ['Lena und ihr Team backen heute Stollen.', []],
  ['Die Nachbarn kommen, wenn sie Zeit haben.', []],
  ['Sie alle haben mitgeholfen – die ganze Belegschaft.', []],
  // formal address
  ['Wir freuen uns auf Sie!', ['Sie:formal']],
  ['Kennen Sie schon unser Dinkelbrot?', ['Sie:formal']],
  ['Melden Sie sich bis Freitag an.', ['Sie:formal']],
  ['Wie geht es Ihnen?', ['Ihnen:formal']],
  ['Danke, Sie sind großartig!', ['Sie:formal']],
  ['Sie und Ihre Familie sind herzlich eingeladen.', ['Ihre:formal']],
  ['Holen Sie Ihr Brot ab 7 Uhr.', ['Sie:formal', 'Ihr:formal']],
  ['Wir danken Ihnen für Ihren Besuch.', ['Ihnen:formal', 'Ihren:formal']],
  // informal address
  ['Wie war dein Wochenende?', ['dein:informal']],
  ['Wir freuen uns auf dich!', ['dich:informal']],
  ['Habt ihr Lust auf Kuchen?', ['ihr:informal']],
  ['Ihr seid die Besten!', ['Ihr:informal']],
  ['Ihr macht das großartig.', ['Ihr:informal']],
  ['Danke euch allen und eurer Geduld.', ['euch:informal', 'eurer:informal']],
  ['Was wollt ihr als Nächstes probieren?', ['ihr:informal']],
  ['Kommt vorbei, wir haben euer Lieblingsbrot.', ['euer:informal']],
  // mixed
  ['Kennen Sie schon dein neues Lieblingsbrot?', ['Sie:formal', 'dein:informal']],
];

describe('address: German forms', () => {
  it('has at least 30 German hard cases', () => expect(GERMAN.length).toBeGreaterThanOrEqual(30));
  it.each(GERMAN)('%s', (draft, expected) => expect(forms(draft)).toEqual(expected));
});

const formal: TeamProfile = { address: 'formal', rules: [{ id: 'addr', kind: 'address' }] };
const informal: TeamProfile = { address: 'informal', rules: [{ id: 'addr', kind: 'address' }] };
const anyForm: TeamProfile = { address: 'any', rules: [{ id: 'addr', kind: 'address' }] };
const team = (text: string, profile: TeamProfile, lang: 'en' | 'de' = 'de') =>
  analyze(text, { lang, profile }).findings.filter((f) => f.ruleId === 'team/addr').map((f) => f.text);

describe('address rule', () => {
  it('flags the form the team does not use, with subtype address-form', () => {
    expect(team('Wie war dein Wochenende? Erzähl uns davon!', formal)).toEqual(['dein']);
    expect(team('Kennen Sie schon unser Dinkelbrot?', informal)).toEqual(['Sie']);
    const f = analyze('Wie war dein Tag?', { lang: 'de', profile: formal }).findings.find((x) => x.ruleId === 'team/addr')!;
    expect(f.subtype).toBe('address-form');
    expect(f.category).toBe('off-brand');
  });

  it('never flags she/they for an informal team', () => {
    for (const [draft, expected] of GERMAN) if (expected.length === 0) expect(team(draft, informal), draft).toEqual([]);
  });

  it('flags mixing when the team allows either form', () => {
    expect(team('Kennen Sie schon dein neues Lieblingsbrot?', anyForm)).toEqual(['dein']);
    expect(team('Wie war dein Wochenende?', anyForm)).toEqual([]);
    expect(team('Kennen Sie schon dein Brot?', { rules: [{ id: 'addr', kind: 'address', mixing: false }] })).toEqual([]);
  });

  it('rule form overrides the profile address', () => {
    expect(team('Wir freuen uns auf Sie!', { address: 'formal', rules: [{ id: 'addr', kind: 'address', form: 'informal' }] })).toEqual(['Sie']);
  });

  it('English: casual markers for a formal team, formal ones for a casual team', () => {
    expect(team("Hey guys, we're gonna bake something new!", formal, 'en')).toEqual(['Hey guys', 'gonna']);
    expect(team('We wanna hear from you, lol.', formal, 'en')).toEqual(['wanna', 'lol']);
    expect(team('Dear Sir or Madam, please be advised that we open at 7.', informal, 'en')).toEqual(['Dear Sir or Madam', 'please be advised']);
    expect(team('Our guys in the bakery start at 3 am.', formal, 'en')).toEqual([]);
    expect(team('Dear friends, we hereby invite you. You guys rock!', anyForm, 'en')).toEqual(['You guys']);
  });
});

describe('the profile-level address key', () => {
  it('checks the address form without an explicit rule, as team/address', () => {
    const found = analyze('Wie war dein Wochenende?', { lang: 'de', profile: { address: 'formal' } }).findings.filter((f) => f.category === 'off-brand');
    expect(found.map((f) => `${f.ruleId}:${f.text}`)).toEqual(['team/address:dein']);
    expect(analyze('Wie war dein Wochenende?', { lang: 'de', profile: { address: 'informal' } }).findings.some((f) => f.ruleId === 'team/address')).toBe(false);
  });

  it('an explicit address rule replaces the implicit one', () => {
    const profile: TeamProfile = { address: 'formal', rules: [{ id: 'addr', kind: 'address', severity: 'error' }] };
    const ids = analyze('Wie war dein Wochenende?', { lang: 'de', profile }).findings.filter((f) => f.category === 'off-brand').map((f) => f.ruleId);
    expect(ids).toEqual(['team/addr']);
  });
});
