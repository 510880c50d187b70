/**
 * English word classes from compromise, only for sentences whose candidate patterns need them,
 * cached per sentence text (a draft is re-read many times while it is written).
 */
import nlp from 'compromise';
import type { Token } from './tokens';

interface TermTags {
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();
const cache = new Map<string, TermTags[]>();
const CACHE_SIZE = 500;

function tagSentence(sentence: string): TermTags[] {
  let terms = cache.get(sentence);
  if (terms) return terms;
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as Array<{
    terms: Array<{ tags: string[]; offset: { start: number; length: number } }>;
  }>;
  terms = json.flatMap((s) =>
    s.terms.map((t) => ({ start: t.offset.start, end: t.offset.start + t.offset.length, tags: new Set(t.tags) })),
  );
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(sentence, terms);
  return terms;
}

/** Returns a lazy `tagsAt` for a sentence that starts at `offset` in the text. */
export function englishTagger(text: string, tokens: readonly Token[], start: number, end: number) {
  let terms: TermTags[] | undefined;
  return (i: number): ReadonlySet<string> => {
    terms ??= tagSentence(text.slice(start, end));
    const tok = tokens[i]!;
    const s = tok.start - start;
    const e = tok.end - start;
    return terms.find((t) => t.start < e && s < t.end)?.tags ?? EMPTY;
  };
}
