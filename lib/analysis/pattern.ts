/**
 * Token patterns: the small, bounded language that rules are written in. A pattern is compiled
 * once into elements; matching walks tokens with bounded gaps only, so no pattern can backtrack
 * catastrophically, whatever a rule author writes.
 *
 * Syntax (elements separated by spaces):
 *   #tag        a hashtag (a plain word also matches the hashtag of that word)
 *   word        folded literal ("für" = "fuer", case-insensitive); "!" and "?" match any run containing them
 *   a|b|c       alternatives for one token: "in berlin|der stadt" reads as in + berlin|der + stadt,
 *               so a phrase among alternatives needs parentheses: "in berlin|(der stadt)"
 *   [a|b]       optional token;  (do not|don't) and [so far]  alternatives of several words
 *   word*       prefix, *word suffix (German compounds), *word* infix — at least 3 letters
 *   word+       the word with its inflections (English via compromise, German by rule)
 *   _           any word;  ~3  skip up to 3 tokens inside the sentence
 *   :emoji :number :hashtag :mention :url :word   token kinds;  :caps  a word in capitals ("YES")
 *   :Superlative :Adjective :Noun :Verb :Gerund ...  English word classes from compromise
 *   ^ first / $ last: the match starts / ends the sentence (emoji and closing punctuation aside)
 */
import type { Lang } from './types';
import { fold, tokenize, type Token, type TokenKind } from './tokens';
import { inflect } from './inflect';

type Test =
  | { t: 'lit'; v: string }
  | { t: 'hashtag'; v: string }
  | { t: 'prefix'; v: string }
  | { t: 'suffix'; v: string }
  | { t: 'infix'; v: string }
  | { t: 'set'; v: ReadonlySet<string> }
  | { t: 'kind'; v: TokenKind }
  | { t: 'caps' }
  | { t: 'tag'; v: string };

interface Element {
  tests: Test[];
  optional: boolean;
  /** Skip up to this many tokens instead of matching one (a `~N` gap). */
  gap?: number;
}

export interface CompiledPattern {
  source: string;
  elements: Element[];
  anchorStart: boolean;
  anchorEnd: boolean;
  /** True when the pattern needs word classes (compromise) to match. */
  needsTags: boolean;
  /** Folded literals one of which must be the first token, when known: the index key. */
  firstLiterals?: string[];
}

export class PatternError extends Error {}

const KINDS = new Set<TokenKind>(['word', 'number', 'hashtag', 'mention', 'url', 'emoji', 'punct']);
const MAX_GAP = 6;

function compileTest(alt: string, lang: Lang, source: string): Test {
  if (alt === '_') return { t: 'kind', v: 'word' };
  if (alt.startsWith(':') && alt.length > 1) {
    const name = alt.slice(1);
    if (KINDS.has(name as TokenKind)) return { t: 'kind', v: name as TokenKind };
    if (name === 'caps') return { t: 'caps' };
    if (/^[A-Z][A-Za-z]+$/.test(name)) return { t: 'tag', v: name };
    throw new PatternError(`unknown class "${alt}" in pattern "${source}"`);
  }
  const pre = alt.startsWith('*');
  const post = alt.endsWith('*') && alt.length > 1;
  if (pre || post) {
    const core = fold(alt.replace(/^\*|\*$/g, ''));
    if ([...core].length < 3) throw new PatternError(`wildcard "${alt}" needs at least 3 letters in pattern "${source}"`);
    return pre && post ? { t: 'infix', v: core } : pre ? { t: 'suffix', v: core } : { t: 'prefix', v: core };
  }
  if (alt.startsWith('#') && alt.length > 1) return { t: 'hashtag', v: fold(alt.slice(1)) };
  if (alt.endsWith('+') && alt.length > 1) return { t: 'set', v: inflect(fold(alt.slice(0, -1)), lang) };
  return { t: 'lit', v: fold(alt) };
}

/** Splits a pattern into elements; a bracket or parenthesis group may hold spaces. */
const splitParts = (source: string): string[] => source.trim().match(/(?:\[[^\]]*\]|\([^)]*\)|[^\s[(])+/g) ?? [];
/** Alternatives of one element; "(a b)" is one alternative of several words. */
const splitAlts = (body: string): string[] =>
  body.split(/\|(?![^(]*\))/).map((a) => a.trim().replace(/^\((.*)\)$/, '$1').trim()).filter(Boolean);
const isHyphenated = (alt: string) => /^[^*+:_#~]+-[^*+:_#~]+$/.test(alt);
const MAX_VARIANTS = 256;

/**
 * Compiles a pattern that may hold multi-word alternatives — "(do not|don't) miss", "[so far]",
 * "best-in-class|world-class" — by expanding it into one single-token pattern per alternative.
 */
export function compilePatterns(source: string, lang: Lang): CompiledPattern[] {
  const out: CompiledPattern[] = [];
  let calls = 0;
  const expand = (parts: string[]): void => {
    if (++calls > MAX_VARIANTS) throw new PatternError(`pattern "${source}" has too many alternatives`);
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const optional = part.startsWith('[') && part.indexOf(']') === part.length - 1;
      const required = part.startsWith('(') && part.indexOf(')') === part.length - 1;
      const body = optional || required ? part.slice(1, -1) : part;
      const alts = splitAlts(body);
      const multi = alts.filter((a) => /\s/.test(a) || isHyphenated(a));
      if (multi.length === 0 && !required) continue;
      if (multi.length === 0 || (multi.length === 1 && alts.length === 1 && !optional && !required)) {
        if (required) parts = [...parts.slice(0, i), alts.join('|'), ...parts.slice(i + 1)];
        continue;
      }
      const single = alts.filter((a) => !multi.includes(a));
      const variants = [
        ...multi.map((a) => a.replace(/-/g, ' ')),
        ...(single.length ? [optional ? `[${single.join('|')}]` : single.join('|')] : optional ? [''] : []),
      ];
      for (const v of variants) {
        expand([...parts.slice(0, i), ...splitParts(v), ...parts.slice(i + 1)]);
      }
      return;
    }
    out.push(compilePattern(parts.join(' '), lang, source));
  };
  expand(splitParts(source));
  return out;
}

export function compilePattern(text: string, lang: Lang, source = text): CompiledPattern {
  const parts = splitParts(text);
  let anchorStart = false;
  let anchorEnd = false;
  if (parts[0] === '^') { anchorStart = true; parts.shift(); }
  if (parts[parts.length - 1] === '$') { anchorEnd = true; parts.pop(); }
  const elements: Element[] = [];
  for (const part of parts) {
    const gap = /^~(\d)$/.exec(part);
    if (gap) {
      elements.push({ tests: [], optional: true, gap: Math.min(Number(gap[1]), MAX_GAP) });
      continue;
    }
    const optional = part.startsWith('[') && part.endsWith(']');
    const body = optional ? part.slice(1, -1) : part;
    const alts = body.split('|').filter(Boolean);
    if (alts.length === 0) throw new PatternError(`empty element in pattern "${source}"`);
    // a plain hyphenated literal ("e-mail", "best-in-class") is several tokens, as in the text
    if (!optional && alts.length === 1 && /^[^*+:_]+$/.test(body) && /[-–]/.test(body) && body.length > 1) {
      for (const piece of tokenize(body)) elements.push({ tests: [{ t: 'lit', v: piece.norm }], optional: false });
      continue;
    }
    elements.push({ tests: alts.map((a) => compileTest(a, lang, source)), optional });
  }
  if (!elements.some((e) => !e.optional && !e.gap)) throw new PatternError(`pattern "${source}" matches nothing`);
  const first = elements[0]!;
  const firstLiterals =
    !first.optional && !first.gap && first.tests.every((t) => t.t === 'lit' || t.t === 'hashtag' || t.t === 'set')
      ? first.tests.flatMap((t) => (t.t === 'set' ? [...t.v] : t.t === 'lit' || t.t === 'hashtag' ? [t.v] : []))
      : undefined;
  return {
    source,
    elements,
    anchorStart,
    anchorEnd,
    needsTags: elements.some((e) => e.tests.some((t) => t.t === 'tag')),
    firstLiterals,
  };
}

/** What the matcher needs to know about a sentence. */
export interface MatchContext {
  tokens: readonly Token[];
  /** Token range of the sentence, end exclusive. */
  first: number;
  last: number;
  /** Word classes of token i (English only; empty set elsewhere). Called lazily. */
  tagsAt(i: number): ReadonlySet<string>;
}

function testToken(test: Test, tok: Token, ctx: MatchContext, i: number): boolean {
  switch (test.t) {
    case 'lit':
      if (tok.norm === test.v) return true;
      return tok.kind === 'punct' && (test.v === '!' || test.v === '?') && tok.norm.includes(test.v);
    case 'hashtag':
      return tok.kind === 'hashtag' && tok.norm === test.v;
    case 'prefix':
      return tok.kind !== 'punct' && tok.norm.startsWith(test.v);
    case 'suffix':
      return tok.kind !== 'punct' && tok.norm.endsWith(test.v);
    case 'infix':
      return tok.kind !== 'punct' && tok.norm.includes(test.v);
    case 'set':
      return test.v.has(tok.norm);
    case 'kind':
      return tok.kind === test.v;
    case 'caps':
      return tok.caps;
    case 'tag':
      return ctx.tagsAt(i).has(test.v);
  }
}

/** Tokens that may stand before a sentence's "real" start or after its end without breaking an anchor. */
const isFiller = (tok: Token) => tok.kind === 'emoji' || (tok.kind === 'punct' && !/[?@]/.test(tok.norm));

/** True when only emoji and closing punctuation stand between token `i` and the sentence's end. */
function atEnd(ctx: MatchContext, i: number): boolean {
  let k = i;
  while (k < ctx.last && isFiller(ctx.tokens[k]!)) k++;
  return k === ctx.last;
}

/**
 * Matches `p` at token index `i`; returns the index after the last matched token, or -1.
 * Recursion depth is bounded by the element count; gaps are bounded by MAX_GAP.
 */
function matchAt(p: CompiledPattern, ctx: MatchContext, e: number, i: number): number {
  // "$" is checked here, not after the walk, so that a gap or optional element before it can
  // stretch to the sentence's end ("^ bestellt ~6 $") instead of failing on its first, shortest try.
  if (e === p.elements.length) return !p.anchorEnd || atEnd(ctx, i) ? i : -1;
  const el = p.elements[e]!;
  if (el.gap !== undefined) {
    for (let skip = 0; skip <= el.gap && i + skip <= ctx.last; skip++) {
      const end = matchAt(p, ctx, e + 1, i + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (i < ctx.last) {
    const tok = ctx.tokens[i]!;
    if (el.tests.some((t) => testToken(t, tok, ctx, i))) {
      const end = matchAt(p, ctx, e + 1, i + 1);
      if (end >= 0) return end;
    }
  }
  return el.optional ? matchAt(p, ctx, e + 1, i) : -1;
}

export interface TokenMatch {
  /** Token range, end exclusive. */
  first: number;
  last: number;
}

export function matchPattern(p: CompiledPattern, ctx: MatchContext, at: number): TokenMatch | undefined {
  if (p.anchorStart) {
    let s = ctx.first;
    while (s < ctx.last && isFiller(ctx.tokens[s]!)) s++;
    if (at !== s) return undefined;
  }
  const end = matchAt(p, ctx, 0, at);
  if (end <= at) return undefined;
  // leading optional elements that matched nothing leave `at` as the start; trim gaps at the edges
  return { first: at, last: end };
}
