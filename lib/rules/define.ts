/**
 * The shape of a built-in rule: plain data, one file per rule, with its own examples.
 * A rule is written once for both draft languages; texts shown to the user exist in both UI languages.
 */
import type { ModelCategory } from '../analysis/model';
import type { Category, Lang, Localized, Severity } from '../analysis/types';

export interface LangMatch {
  /** Token patterns (see lib/analysis/pattern.ts); any one of them flags. */
  patterns: readonly string[];
  /** A match is dropped when one of these matches anywhere in the same sentence (the "not bait" cases). */
  unless?: readonly string[];
}

export interface RuleExamples {
  /** Each must be flagged by this rule. `[[…]]` marks the exact span expected, where given. */
  flag: readonly string[];
  /** None may be flagged by this rule. */
  allow: readonly string[];
}

export interface BuiltinRule {
  /** "<category>/<file name>" */
  id: string;
  category: Exclude<Category, 'off-brand'>;
  subtype: string;
  severity: Severity;
  /** One sentence: what the problem is for this reader. */
  message: Localized;
  /** Why readers or platforms punish it. */
  explanation: Localized;
  /** Replacement texts for the flagged phrase, in the draft's language; "" offers removal. */
  suggestions?: Partial<Record<Lang, readonly string[]>>;
  match: Partial<Record<Lang, LangMatch>>;
  /** Also fires where one sentence holds at least `min` separate matches of rule `of`, spanning them all. */
  pileup?: { of: string; min: number };
  /** Also fires on a sentence that no pattern of its category matched but the trained model scores above its threshold. */
  model?: ModelCategory;
  examples: Partial<Record<Lang, RuleExamples>>;
}

/** Identity helper: gives rule files their type without any behaviour. */
export const defineRule = (rule: BuiltinRule): BuiltinRule => rule;
