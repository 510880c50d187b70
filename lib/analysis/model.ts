/**
 * A small linear model per language and category that backs up the phrase patterns. Patterns
 * name the phrase and explain it precisely, but real posts find new wordings every day; the
 * model, trained on the dev corpus by `scripts/train-model.ts`, recognises a sentence whose
 * words and word pairs read clearly like a pitch or like bait. It only speaks above a threshold
 * chosen by cross-validation so that (almost) no clean draft crosses it. A sales-pitch sentence
 * also needs support from another sentence of the draft (see `LinearModel.support`).
 */
import type { Lang } from './types';
import type { Token } from './tokens';
import trained from './model.json';

export type ModelCategory = 'sales-pitch' | 'engagement-bait';
export interface LinearModel {
  bias: number;
  /** Probability at or above which a sentence counts. */
  threshold: number;
  /**
   * When set, a sentence above the threshold counts only if another sentence of the same draft
   * scores at least this much (or holds a pattern match of the category). Pitch words are shop
   * words: a lone "More info and tickets at …" is a venue's plain news, but an ad is made of
   * several sentences that all read like one.
   */
  support?: number;
  /** The weights' sum is damped by the sentence's length (`lengthScale`), so that a long sentence does not read as a pitch by its many small weights alone. */
  scaled?: true;
  weights: Record<string, number>;
}
export type ModelFile = Record<Lang, Partial<Record<ModelCategory, LinearModel>>>;

const MODELS = trained as ModelFile;

/** Words, token kinds and adjacent pairs of them, plus the sentence's first word (imperatives). */
export function sentenceFeatures(tokens: readonly Token[], first: number, last: number): string[] {
  const units: string[] = [];
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    units.push(t.kind === 'word' ? t.norm : t.kind === 'punct' ? t.norm.slice(0, 1) : `:${t.kind}`);
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

/** Whether a sentence other than the `i`th scores at least `min`: the support a `support` model asks for. */
export const supportedBy = (scores: readonly number[], i: number, min: number): boolean => scores.some((s, j) => j !== i && s >= min);

export function probability(model: LinearModel, features: readonly string[]): number {
  let sum = 0;
  // own keys only: "constructor" is a word too, and must not find Object.prototype's function
  for (const f of features) if (Object.hasOwn(model.weights, f)) sum += model.weights[f]!;
  const z = model.bias + (model.scaled ? lengthScale(features.length) * sum : sum);
  return 1 / (1 + Math.exp(-z));
}

export function modelFor(lang: Lang, category: ModelCategory): LinearModel | undefined {
  return MODELS[lang]?.[category];
}
