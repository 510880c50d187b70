/**
 * The `pattern` rule kind: the built-in packs. All patterns of one language are compiled once into
 * an index keyed by their first token, so a sentence is matched in one pass over its tokens.
 */
import { asksModel, MIN_LOGIT, modelFor, sentenceFeatures, sentenceLogit, weightSum, type LinearModel, type ModelCategory } from '../../analysis/model';
import { compilePattern, compilePatterns, matchPattern, type CompiledPattern, type MatchContext } from '../../analysis/pattern';
import type { Lang } from '../../analysis/types';
import type { BuiltinRule } from '../define';

interface Entry {
  rule: BuiltinRule;
  pattern: CompiledPattern;
}

export interface CompiledPack {
  lang: Lang;
  /** Patterns by folded first token. */
  byFirst: Map<string, Entry[]>;
  /** Patterns whose first token is not a literal (wildcards, classes): tried everywhere. */
  anywhere: Entry[];
  unless: Map<string, CompiledPattern[]>;
  /** Rules that also fire on several matches of another rule in one sentence. */
  pileups: BuiltinRule[];
  /** Rules backed by the trained sentence model, with the model for this language. */
  models: Array<{ rule: BuiltinRule; model: LinearModel }>;
}

export interface RuleMatch {
  rule: BuiltinRule;
  /** Token range, end exclusive. */
  first: number;
  last: number;
  /** A model candidate: the sentence's own log-odds; it stands only if the draft around it reads the same way (`analyze`). */
  logit?: number;
}

/** A sentence's share of the draft's reading for one category (`draftLogit`): its sum of draft weights and its feature count. */
export interface DraftShare {
  sum: number;
  features: number;
}

/** What one sentence yields: its matches and model candidates, and its share of the draft's reading per category. */
export interface SentenceResult {
  matches: RuleMatch[];
  shares: Partial<Record<ModelCategory, DraftShare>>;
}

export function compilePack(rules: readonly BuiltinRule[], lang: Lang): CompiledPack {
  const pack: CompiledPack = { lang, byFirst: new Map(), anywhere: [], unless: new Map(), pileups: [], models: [] };
  for (const rule of rules) {
    if (rule.pileup) pack.pileups.push(rule);
    const model = rule.model && modelFor(lang, rule.model);
    if (model) pack.models.push({ rule, model });
    const m = rule.match[lang];
    if (!m) continue;
    for (const pattern of m.patterns.flatMap((source) => compilePatterns(source, lang))) {
      const entry = { rule, pattern };
      if (pattern.firstLiterals) {
        for (const lit of pattern.firstLiterals) {
          const list = pack.byFirst.get(lit) ?? [];
          list.push(entry);
          pack.byFirst.set(lit, list);
        }
      } else pack.anywhere.push(entry);
    }
    if (m.unless?.length) pack.unless.set(rule.id, m.unless.flatMap((u) => compilePatterns(u, lang)));
  }
  return pack;
}

/** Words that open a clause the reader reads as part of the request: "Like if [you agree]", "Tag a friend who [needs this]". */
const CLAUSE_OPENERS = new Set(['if', 'when', 'who', 'whom', 'whose', 'that', 'wenn', 'falls', 'der', 'die', 'dem', 'den', 'wer', 'welche', 'welcher', 'mit', 'with']);
const MAX_CLAUSE = 14;

/** When a match ends on a clause opener, the span runs on to the clause's end (punctuation, emoji or line end). */
function extendClause(ctx: MatchContext, last: number): number {
  const opener = ctx.tokens[last - 1];
  if (!opener || !CLAUSE_OPENERS.has(opener.norm)) return last;
  let end = last;
  while (end < ctx.last && end - last < MAX_CLAUSE) {
    const t = ctx.tokens[end]!;
    if (t.newline || t.kind === 'emoji' || (t.kind === 'punct' && t.norm !== "'" && t.norm !== '-')) break;
    end++;
  }
  return end > last ? end : last - 1;
}

/** Separators that a pattern needs to see (", order now") but a reader would not point at, at either edge. */
const SEPARATORS = new Set([',', '-', '–', '—', ':', ';']);
function trimSeparators(ctx: MatchContext, first: number, last: number): { first: number; last: number } {
  while (last - first > 1 && SEPARATORS.has(ctx.tokens[first]!.norm)) first++;
  while (last - first > 1 && SEPARATORS.has(ctx.tokens[last - 1]!.norm)) last--;
  return { first, last };
}

/** Token ranges where a rule's `unless` patterns match; `wide` ones (a single word such as "deadline") exempt the whole sentence. */
function exemptions(patterns: readonly CompiledPattern[], ctx: MatchContext): Array<{ first: number; last: number; wide: boolean }> {
  const out: Array<{ first: number; last: number; wide: boolean }> = [];
  for (let i = ctx.first; i < ctx.last; i++) {
    for (const p of patterns) {
      const m = matchPattern(p, ctx, i);
      if (m) out.push({ first: m.first, last: m.last, wide: p.elements.length === 1 });
    }
  }
  return out;
}

/** Phrase-shaped exemptions ("best wishes", "we will share") only reach a match they touch or nearly touch. */
const EXEMPT_REACH = 3;

/**
 * All rule matches in one sentence: per rule the longest non-overlapping matches, with the
 * rule's `unless` exemptions applied.
 */
export function matchSentence(pack: CompiledPack, ctx: MatchContext): SentenceResult {
  const found: RuleMatch[] = [];
  for (let i = ctx.first; i < ctx.last; i++) {
    const tok = ctx.tokens[i]!;
    const candidates = pack.byFirst.get(tok.norm);
    for (const list of candidates ? [candidates, pack.anywhere] : [pack.anywhere]) {
      for (const { rule, pattern } of list) {
        const m = matchPattern(pattern, ctx, i);
        if (m) found.push({ rule, ...trimSeparators(ctx, m.first, extendClause(ctx, m.last)) });
      }
    }
  }
  if (found.length === 0 && pack.models.length === 0) return { matches: found, shares: {} };
  const exempt = new Map<string, ReturnType<typeof exemptions>>();
  const kept: RuleMatch[] = [];
  // longest first, so a longer phrase of the same rule wins over its parts
  found.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  for (const m of found) {
    const id = m.rule.id;
    if (!exempt.has(id)) {
      const unless = pack.unless.get(id);
      exempt.set(id, unless ? exemptions(unless, ctx) : []);
    }
    if (exempt.get(id)!.some((e) => e.wide || (e.first < m.last + EXEMPT_REACH && m.first - EXEMPT_REACH < e.last))) continue;
    if (kept.some((k) => k.rule.id === id && k.first < m.last && m.first < k.last)) continue;
    kept.push(m);
  }
  for (const rule of pack.pileups) {
    const parts = kept.filter((k) => k.rule.id === rule.pileup!.of);
    if (parts.length < rule.pileup!.min) continue;
    const first = Math.min(...parts.map((k) => k.first));
    const last = Math.max(...parts.map((k) => k.last));
    if (!kept.some((k) => k.rule.id === rule.id && k.first < last && first < k.last)) kept.push({ rule, first, last });
  }
  const shares: SentenceResult['shares'] = {};
  if (pack.models.length === 0) return { matches: kept.sort((a, b) => a.first - b.first), shares };
  const features = sentenceFeatures(ctx.tokens, ctx.first, ctx.last);
  for (const { rule, model } of pack.models) {
    const category = rule.model!;
    shares[category] = { sum: weightSum(model.draft.weights, features), features: features.length };
    // a sentence a pattern already points at needs no model finding
    if (kept.some((k) => k.rule.category === category) || !asksModel(category, ctx.tokens, ctx.first, ctx.last, pack.lang)) continue;
    const logit = sentenceLogit(model, features);
    if (logit < MIN_LOGIT) continue;
    // the sentence without the emoji and punctuation around it
    let first = ctx.first;
    let last = ctx.last;
    while (first < last && ctx.tokens[first]!.kind !== 'word' && ctx.tokens[first]!.kind !== 'number') first++;
    while (last > first && ctx.tokens[last - 1]!.kind === 'emoji') last--;
    if (first < last) kept.push({ rule, first, last, logit });
  }
  return { matches: kept.sort((a, b) => a.first - b.first), shares };
}
