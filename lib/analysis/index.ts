/**
 * `analyze`: the one function that the content script, popup, options playground, CLI, tests and
 * benchmarks call. Pure and synchronous. Built-in matches are cached per sentence, so re-reading a
 * draft after a keystroke only matches the sentence that changed.
 */
import { BUILTIN_RULES } from '../rules/builtin';
import { compilePack, matchSentence, type CompiledPack, type SentenceResult } from '../rules/kinds/pattern';
import { runTeamRules } from '../rules/kinds';
import type { Level, TeamProfile } from '../profile/types';
import { detectLanguage } from './language';
import { score } from './score';
import { supportedBy, type ModelCategory } from './model';
import { englishTagger } from './tagger';
import { sentences, tokenize, type Token } from './tokens';
import type { Finding, Lang, Platform, Report } from './types';

export type { Finding, Report, Lang, Platform, Severity, Category } from './types';

export interface AnalyzeOptions {
  /** Draft language; detected when not given. */
  lang?: Lang;
  platform?: Platform;
  profile?: TeamProfile;
  /** Language of messages and explanations; defaults to the draft's language. */
  uiLang?: Lang;
}

const packs = new Map<Lang, CompiledPack>();
function pack(lang: Lang): CompiledPack {
  let p = packs.get(lang);
  if (!p) {
    p = compilePack(BUILTIN_RULES, lang);
    packs.set(lang, p);
  }
  return p;
}

/** Sentence results with token positions relative to the sentence's first token, cached by language and sentence text. */
const sentenceCache = new Map<string, SentenceResult>();
const SENTENCE_CACHE_SIZE = 2000;

const shift = (r: SentenceResult, by: number): SentenceResult => ({
  matches: r.matches.map((m) => ({ ...m, first: m.first + by, last: m.last + by })),
  support: r.support,
});

function sentenceMatches(text: string, tokens: readonly Token[], first: number, last: number, lang: Lang): SentenceResult {
  const start = tokens[first]!.start;
  const end = tokens[last - 1]!.end;
  const key = `${lang}\u0000${text.slice(start, end)}`;
  const hit = sentenceCache.get(key);
  if (hit) {
    // refresh LRU position
    sentenceCache.delete(key);
    sentenceCache.set(key, hit);
    return shift(hit, first);
  }
  const ctx = {
    tokens,
    first,
    last,
    tagsAt: lang === 'en' ? englishTagger(text, tokens, start, end) : () => new Set<string>(),
  };
  const found = matchSentence(pack(lang), ctx);
  if (sentenceCache.size >= SENTENCE_CACHE_SIZE) sentenceCache.delete(sentenceCache.keys().next().value!);
  sentenceCache.set(key, shift(found, -first));
  return found;
}

/** Forgets cached sentence matches (tests compare incremental results with fresh ones). */
export function clearAnalysisCache(): void {
  sentenceCache.clear();
}

/** The level a profile gives a built-in rule: rule id beats subtype beats category; platform beats global. */
function builtinLevel(f: Finding, profile: TeamProfile | undefined, platform: Platform | undefined): Level {
  if (!profile) return f.severity;
  const keys = [f.ruleId, `${f.category}/${f.subtype}`];
  const scoped = platform ? profile.platforms?.[platform] : undefined;
  for (const table of [scoped?.builtins, profile.builtins]) {
    for (const k of keys) {
      const level = table?.[k];
      if (level) return level;
    }
  }
  return scoped?.severity?.[f.category] ?? profile.severity?.[f.category] ?? f.severity;
}

export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  const detected = options.lang ? { lang: options.lang } : detectLanguage(text);
  const lang = detected.lang;
  const ui = options.uiLang ?? lang;
  const findings: Finding[] = [];

  if (!('other' in detected && detected.other)) {
    const tokens = tokenize(text);
    const results = sentences(text, tokens).map((s) => sentenceMatches(text, tokens, s.first, s.last, lang));
    // a model match that needs support stands only if another sentence reads the same way
    const supported = (i: number, category: ModelCategory, min: number) => supportedBy(results.map((r) => r.support[category] ?? 0), i, min);
    for (const [i, result] of results.entries()) {
      for (const m of result.matches) {
        if (m.needsSupport !== undefined && !supported(i, m.rule.category, m.needsSupport)) continue;
        const start = tokens[m.first]!.start;
        const end = tokens[m.last - 1]!.end;
        const r = m.rule;
        const f: Finding = {
          ruleId: r.id,
          category: r.category,
          subtype: r.subtype,
          severity: r.severity,
          start,
          end,
          text: text.slice(start, end),
          message: r.message[ui],
          explanation: r.explanation[ui],
        };
        const sugg = r.suggestions?.[lang];
        if (sugg?.length) f.suggestions = [...sugg];
        const level = builtinLevel(f, options.profile, options.platform);
        if (level === 'off') continue;
        f.severity = level;
        findings.push(f);
      }
    }
  }

  if (options.profile) {
    findings.push(...runTeamRules(text, { lang, ui, platform: options.platform, profile: options.profile, builtin: findings }));
  }

  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const report: Report = { lang, findings, score: score(findings, text) };
  if ('other' in detected && detected.other) report.otherLanguage = detected.other;
  return report;
}
