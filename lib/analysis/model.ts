/**
 * A small linear model per language and category that backs up the phrase patterns. Patterns
 * name the phrase and explain it precisely, but real posts find new wordings every day; the
 * model, trained on the dev corpus by `scripts/train-model.ts`, recognises a sentence whose
 * words and word pairs read clearly like a pitch or like bait. It only speaks above a threshold
 * chosen by cross-validation so that (almost) no clean draft crosses it, and it reads each
 * sentence together with the draft around it (see `LinearModel`).
 */
import type { Lang } from './types';
import type { Token } from './tokens';
import trained from './model.json';

export type ModelCategory = 'sales-pitch' | 'engagement-bait';

/** A logistic regression over features: bias plus the sum of the weights of the features present. */
export interface Weights {
  bias: number;
  weights: Record<string, number>;
}

/**
 * Two readings of one category. The sentence's own (`bias`, `weights`) says which sentence to
 * point at; the draft's (`draft`), over the features of all its sentences, says whether the draft
 * as a whole reads like an ad or like bait. A sentence counts when it leans to the category
 * itself (`MIN_LOGIT`) and the two readings together reach the threshold: one shop word in a
 * venue's news is not an ad, but the same sentence in a draft that reads like one is.
 */
export interface LinearModel extends Weights {
  draft: Weights;
  /** Combined probability at or above which a sentence counts. */
  threshold: number;
  /** The sentence's sum of weights is damped by its length (`lengthScale`), so that a long sentence does not read as a pitch by its many small weights alone. */
  scaled?: true;
}
export type ModelFile = Record<Lang, Partial<Record<ModelCategory, LinearModel>>>;

/** How much the sentence's own reading counts beside the draft's (chosen in 5-fold cross-validation on dev). */
export const MIX = 0.5;
/** A sentence must lean at least this much to the category itself (log-odds; p ≈ 0.27) to be pointed at. */
export const MIN_LOGIT = -1;

const MODELS = trained as ModelFile;

const firstCodePoint = (s: string): string => {
  const c = s.codePointAt(0);
  return c === undefined ? '' : String.fromCodePoint(c);
};

/** Words, token kinds and adjacent pairs of them, plus the sentence's first word (imperatives). */
export function sentenceFeatures(tokens: readonly Token[], first: number, last: number): string[] {
  const units: string[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    // a punctuation run counts by its first character; a whole code point, since half of a
    // surrogate pair is not valid JSON to every parser (the build's rejected the model file)
    units.push(t.kind === 'word' ? t.norm : t.kind === 'punct' ? firstCodePoint(t.norm) : `:${t.kind}`);
  }
  const out = new Set<string>();
  for (let i = 0; i < units.length; i++) {
    out.add(units[i]!);
    if (i + 1 < units.length) out.add(`${units[i]} ${units[i + 1]}`);
  }
  const opener = units.find((u) => !u.startsWith(':'));
  if (opener) out.add(`^${opener}`);
  return [...out];
}

/** Words by which a sentence turns to its readers. */
const ADDRESS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(['you', 'your', 'yours', 'youre', "you're", "you've", "you'll", "you'd", 'yourself', 'yourselves', "y'all", 'yall', 'u', 'ur', 'who', "who's", 'whos', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', "let's", 'lets', 'below', 'comment', 'comments']),
  de: new Set(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihr', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer', 'wer', 'jemand', 'jemanden', 'alle', 'ihrs', "ihr's", 'unten', 'kommentare', 'kommentaren']),
};

/**
 * Bait turns to its readers: a question, an exclamation, an emoji, a "you"/"ihr" or the comments
 * "below". A sentence with none of these (a manual's "Das Programm, das … ausführt, wenn …") is
 * not asked of the model at all, however its words score; nor is a two-word greeting ("Schönen
 * Sommer!"), too short for word statistics and left to the patterns.
 */
export function addressesReader(tokens: readonly Token[], first: number, last: number, lang: Lang): boolean {
  let words = 0;
  let turns = false;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') words++;
    if (t.kind === 'emoji' || (t.kind === 'punct' && /[?!]/.test(t.norm)) || (t.kind === 'word' && ADDRESS[lang].has(t.norm))) turns = true;
  }
  return turns && words >= 3;
}

/** Whether a sentence is asked of the model at all: bait must turn to the reader, anything needs three words. */
export function asksModel(category: ModelCategory, tokens: readonly Token[], first: number, last: number, lang: Lang): boolean {
  if (category === 'engagement-bait') return addressesReader(tokens, first, last, lang);
  let words = 0;
  for (let i = first; i < last && words < 3; i++) if (tokens[i]!.kind === 'word') words++;
  return words >= 3;
}

/**
 * Fourth root of the feature count: without it a README's long "If you want …, use X instead"
 * sentences added up enough small pitch weights ("use", "you", "want") to cross 0.95 (148 findings
 * in 5373 README paragraphs; about a dozen with it).
 */
export const lengthScale = (features: number): number => Math.max(1, features) ** -0.25;

/** The sum of the weights of the features present; own keys only: "constructor" is a word too, and must not find Object.prototype's function. */
export function weightSum(weights: Record<string, number>, features: readonly string[]): number {
  let sum = 0;
  for (const f of features) if (Object.hasOwn(weights, f)) sum += weights[f]!;
  return sum;
}

/** The sentence's own log-odds. */
export const sentenceLogit = (model: Pick<LinearModel, 'bias' | 'weights' | 'scaled'>, features: readonly string[]): number =>
  model.bias + (model.scaled ? lengthScale(features.length) : 1) * weightSum(model.weights, features);

/** The draft's log-odds from the sum of its sentences' draft weights and their feature count (so a sentence's share can be cached). */
export const draftLogit = (model: Pick<LinearModel, 'draft'>, sum: number, features: number): number => model.draft.bias + lengthScale(features) * sum;

/** The probability that a sentence with log-odds `sentence`, in a draft with log-odds `draft`, is of the category. */
export const combined = (draft: number, sentence: number): number => 1 / (1 + Math.exp(-(draft + MIX * sentence)));

export function modelFor(lang: Lang, category: ModelCategory): LinearModel | undefined {
  return MODELS[lang]?.[category];
}
