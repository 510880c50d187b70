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
import { combined, draftLogit, modelFor, type ModelCategory } from './model';
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
  shares: r.shares,
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
    // a model candidate stands only if the draft as a whole reads the same way
    const drafts = new Map<ModelCategory, number>();
    const draftOf = (category: ModelCategory): number => {
      let z = drafts.get(category);
      if (z === undefined) {
        let sum = 0;
        let features = 0;
        for (const r of results) {
          sum += r.shares[category]?.sum ?? 0;
          features += r.shares[category]?.features ?? 0;
        }
        z = draftLogit(modelFor(lang, category)!, sum, features);
        drafts.set(category, z);
      }
      return z;
    };
    for (const result of results) {
      for (const m of result.matches) {
        if (m.logit !== undefined && combined(draftOf(m.rule.model!), m.logit) < modelFor(lang, m.rule.model!)!.threshold) continue;
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
