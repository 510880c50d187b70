/**
 * `address`: the form in which the team addresses readers, and no mixing within one draft.
 *
 * German — informal: du, dich, dir, dein…, euch, euer/eure…, and `ihr` where a second-person
 * plural verb stands next to it ("Habt ihr…", "Ihr seid…", "Ihr macht…"). Formal: capitalised
 * Sie, Ihnen, Ihr, Ihre… inside a sentence ("Melden Sie sich", "Wir freuen uns auf Sie").
 * A capitalised `Sie`/`Ihr…` at the start of a sentence, after a colon, dash or opening quote is
 * left alone: "Sie hat recht." (she), "Die Kinder? Sie spielen." (they) and "Ihr Mann" (her) read
 * the same as formal address, and precision matters more than recall here. Lower-case `sie` is
 * never formal; possessive `ihr` + noun ("ihr Auto") is her/their, not informal address.
 *
 * English — casual: gonna, wanna, gotta, kinda, sorta, y'all, ya, dude, lol, omg, thx, pls, ur,
 * and "hey/hi guys", "you guys". Formal: "Dear Sir or Madam", "Dear valued customer",
 * "To whom it may concern", "Please be advised", "We kindly request", hereby, herewith,
 * "Yours faithfully/sincerely".
 */
import type { Token } from '../../analysis/tokens';
import type { AddressRule } from '../../profile/types';
import { teamFinding, type TeamKind } from './index';
import { PhraseIndex } from './phrase-index';

type Form = 'formal' | 'informal';

export interface AddressMark {
  start: number;
  end: number;
  form: Form;
}

const DU_FORMS = new Set([
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'deins',
  'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer', 'eures', 'euers',
]);
/** Verb forms that are only second-person plural: next to them, `ihr` is the informal "you". */
const IHR_VERBS = new Set([
  'seid', 'habt', 'koennt', 'wollt', 'muesst', 'duerft', 'sollt', 'wisst', 'werdet', 'moegt', 'wart', 'hattet',
  'wuerdet', 'moechtet', 'koenntet', 'solltet', 'muesstet', 'wolltet', 'durftet', 'musstet', 'konntet', 'waert',
]);
const SIE_FORMS = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']);
/** Tokens after which a capitalised word continues the sentence. */
const CONTINUES = new Set([',', ';', '&', '/', '+']);

/** The token before `i` on the same line continues a sentence: a capital letter there is not sentence case. */
function midSentence(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev || t.newline) return false;
  if (prev.kind === 'word' || prev.kind === 'number' || prev.kind === 'hashtag' || prev.kind === 'mention') return true;
  return prev.kind === 'punct' && CONTINUES.has(prev.norm);
}

const isIhrVerb = (t: Token | undefined): boolean => !!t && t.kind === 'word' && IHR_VERBS.has(t.norm);

/** `ihr` as informal plural "you": a 2nd-person plural verb next to it, or "Ihr macht…" opening a sentence. */
function informalIhr(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (isIhrVerb(next) && !next!.newline) return true;
  if (isIhrVerb(prev) && !tokens[i]!.newline) return true;
  // "Ihr macht das toll": a lower-case word ending in -t right after a sentence-opening Ihr is a verb;
  // a possessive Ihr takes a (capitalised) noun or an adjective with a case ending
  if (!midSentence(tokens, i) && next && !next.newline && next.kind === 'word') {
    return /^\p{Ll}+t$/u.test(text.slice(next.start, next.end));
  }
  return false;
}

export function germanMarks(text: string, tokens: readonly Token[]): AddressMark[] {
  const marks: AddressMark[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word') return;
    const raw = text.slice(t.start, t.end);
    if (DU_FORMS.has(t.norm)) {
      marks.push({ start: t.start, end: t.end, form: 'informal' });
      return;
    }
    if (t.norm === 'ihr' && informalIhr(text, tokens, i)) {
      marks.push({ start: t.start, end: t.end, form: 'informal' });
      return;
    }
    if (SIE_FORMS.has(raw) && midSentence(tokens, i)) marks.push({ start: t.start, end: t.end, form: 'formal' });
  });
  return marks;
}

const EN_CASUAL = [
  'gonna', 'wanna', 'gotta', 'kinda', 'sorta', "y'all", 'ya', 'dude', 'lol', 'omg', 'thx', 'pls', 'ur',
  'hey guys', 'hi guys', 'you guys',
];
const EN_FORMAL = [
  'dear sir or madam', 'dear sir', 'dear madam', 'dear valued customer', 'dear valued customers', 'to whom it may concern',
  'please be advised', 'we kindly request', 'hereby', 'herewith', 'yours faithfully', 'yours sincerely',
];
const englishIndex = new PhraseIndex<Form>(
  [...EN_CASUAL.map((phrase) => ({ phrase, value: 'informal' as const })), ...EN_FORMAL.map((phrase) => ({ phrase, value: 'formal' as const }))],
  'en',
  { inflect: false, compounds: false },
);

export function englishMarks(tokens: readonly Token[]): AddressMark[] {
  return englishIndex.find(tokens).map((h) => ({ start: tokens[h.first]!.start, end: tokens[h.last - 1]!.end, form: h.value }));
}

const WORDS = {
  de: { formal: '„Sie“', informal: '„du“/„ihr“' },
  en: { formal: 'formal', informal: 'casual' },
};

export const address: TeamKind<AddressRule> = (text, rule, ctx) => {
  const chosen = rule.form ?? (ctx.profile.address === 'any' ? undefined : ctx.profile.address);
  const mixing = rule.mixing ?? true;
  const marks = ctx.lang === 'de' ? germanMarks(text, ctx.tokens) : englishMarks(ctx.tokens);
  if (!marks.length) return [];
  const words = WORDS[ctx.lang];
  const mixed = marks.some((m) => m.form !== marks[0]!.form);
  let wrong: Form | undefined;
  let message: string;
  if (chosen) {
    wrong = chosen === 'formal' ? 'informal' : 'formal';
    message =
      ctx.ui === 'de'
        ? `Euer Team schreibt ${chosen === 'formal' ? 'förmlich' : 'locker'} (${words[chosen]}); das hier ist ${words[wrong]}.`
        : `Your team writes in a ${chosen === 'formal' ? 'formal' : 'casual'} voice; this is ${words[wrong]}.`;
  } else {
    if (!mixing || !mixed) return [];
    wrong = marks[0]!.form === 'formal' ? 'informal' : 'formal';
    message =
      ctx.ui === 'de'
        ? `Der Entwurf mischt ${words[marks[0]!.form]} und ${words[wrong]}.`
        : `This draft mixes ${words[marks[0]!.form]} and ${words[wrong]} address.`;
  }
  return marks.filter((m) => m.form === wrong).map((m) => teamFinding(text, rule, m.start, m.end, message));
};
