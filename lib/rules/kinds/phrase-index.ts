/**
 * Literal phrases of team rules compiled into an index keyed by first token, so thousands of
 * phrases match a long draft in one pass over its tokens without any regular expression built
 * from user text. Phrases are folded (case, diacritics, umlaut spellings) like the draft's tokens;
 * the last word takes its inflections, and a one-word German phrase also matches inside
 * compounds ("Mehrwert" in "Kundenmehrwert", "Synergie" in "Synergieeffekt").
 */
import { inflect } from '../../analysis/inflect';
import { tokenize, type Token } from '../../analysis/tokens';
import type { Lang } from '../../analysis/types';

interface Element {
  forms: ReadonlySet<string>;
  hashtag: boolean;
}

interface Entry<T> {
  elements: Element[];
  value: T;
}

export interface PhraseHit<T> {
  /** Token range, end exclusive. */
  first: number;
  last: number;
  value: T;
}

/** compromise conjugates about one word per millisecond: past this many words, suffix rules do. */
const COMPROMISE_BUDGET = 200;
/** Shortest German word matched inside compounds, and shortest rest of the compound. */
const MIN_COMPOUND_PART = 4;
const MIN_COMPOUND_REST = 3;
const MAX_COMPOUND_TOKEN = 64;

function englishSuffixForms(w: string): string[] {
  const forms = [w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`];
  if (/[^aeiou]y$/.test(w)) forms.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`);
  if (w.endsWith('e')) forms.push(`${w.slice(0, -1)}ing`);
  return forms;
}

/** Tokens of a phrase that take part in matching: words, numbers, hashtags, mentions and sentence marks. */
const meaningful = (t: Token) => t.kind !== 'punct' || /^[!?&%]$/.test(t.norm);

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  /** One-word German phrases by each inflected form, matched as the head of a compound. */
  private readonly heads = new Map<string, Entry<T>[]>();
  /** One-word German phrases by their base form, matched as the first part of a compound. */
  private readonly modifiers = new Map<string, Entry<T>[]>();
  private budget = COMPROMISE_BUDGET;

  constructor(
    items: Iterable<{ phrase: string; value: T }>,
    private readonly lang: Lang,
    opts: { inflect?: boolean; compounds?: boolean } = {},
  ) {
    const { inflect: doInflect = true, compounds = true } = opts;
    for (const { phrase, value } of items) {
      const toks = tokenize(phrase).filter(meaningful);
      if (!toks.length) continue;
      const elements = toks.map((t, i): Element => {
        const last = i === toks.length - 1;
        const forms = last && doInflect && t.kind === 'word' ? this.forms(t.norm) : new Set([t.norm]);
        return { forms, hashtag: t.kind === 'hashtag' };
      });
      const entry = { elements, value };
      for (const f of elements[0]!.forms) push(this.byFirst, f, entry);
      const only = toks[0]!;
      if (compounds && lang === 'de' && toks.length === 1 && only.kind === 'word' && only.norm.length >= MIN_COMPOUND_PART) {
        for (const f of elements[0]!.forms) push(this.heads, f, entry);
        push(this.modifiers, only.norm, entry);
      }
    }
  }

  private forms(word: string): ReadonlySet<string> {
    if (this.lang === 'de' || this.budget-- > 0) return inflect(word, this.lang);
    return new Set(englishSuffixForms(word));
  }

  /** Longest non-overlapping hits, in text order. */
  find(tokens: readonly Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const hit = this.longestAt(tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.last;
      } else i++;
    }
    return hits;
  }

  private longestAt(tokens: readonly Token[], i: number): PhraseHit<T> | undefined {
    const tok = tokens[i]!;
    let best: PhraseHit<T> | undefined;
    for (const e of this.byFirst.get(tok.norm) ?? []) {
      const last = matchEntry(e, tokens, i);
      if (last > 0 && (!best || last > best.last)) best = { first: i, last, value: e.value };
    }
    if (best || tok.kind !== 'word' || (!this.heads.size && !this.modifiers.size)) return best;
    const n = tok.norm;
    if (n.length > MAX_COMPOUND_TOKEN) return undefined;
    for (let k = MIN_COMPOUND_REST; k <= n.length - MIN_COMPOUND_PART; k++) {
      const head = this.heads.get(n.slice(k))?.[0];
      if (head) return { first: i, last: i + 1, value: head.value };
      const mod = this.modifiers.get(n.slice(0, n.length - k))?.[0];
      if (mod) return { first: i, last: i + 1, value: mod.value };
    }
    return undefined;
  }
}

function push<T>(map: Map<string, T[]>, key: string, v: T) {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/**
 * Punctuation the phrase leaves out may stand between its words in the draft ("z.B.", "<b>x</b>",
 * "Kunden/Feedback") — but a sentence end between words separates them.
 */
function skippable(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  if (t.kind !== 'punct' || meaningful(t) || t.newline) return false;
  const glued = tokens[j - 1]?.end === t.start || tokens[j + 1]?.start === t.end;
  return glued || !/[.…]/.test(t.norm);
}

/** Index after the matched tokens, or -1. A phrase never spans a line break. */
function matchEntry<T>(e: Entry<T>, tokens: readonly Token[], i: number): number {
  let j = i;
  for (let k = 0; k < e.elements.length; k++) {
    if (k > 0) while (j < tokens.length && skippable(tokens, j)) j++;
    const tok = tokens[j];
    const el = e.elements[k]!;
    if (!tok || (k > 0 && tok.newline)) return -1;
    if (!el.forms.has(tok.norm) || (el.hashtag && tok.kind !== 'hashtag')) return -1;
    j++;
  }
  return j;
}

/** Caches an index per rule object and language: profiles are immutable once parsed. */
export function cached<R extends object, V>(build: (rule: R, lang: Lang) => V): (rule: R, lang: Lang) => V {
  const cache = new WeakMap<R, Map<Lang, V>>();
  return (rule, lang) => {
    let perLang = cache.get(rule);
    if (!perLang) cache.set(rule, (perLang = new Map()));
    let v = perLang.get(lang);
    if (v === undefined) perLang.set(lang, (v = build(rule, lang)));
    return v;
  };
}
