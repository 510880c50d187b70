/** The team profile as the analyzer consumes it (after parsing and validation in lib/profile). */
import type { Category, Platform, Severity } from '../analysis/types';

/** A severity, or `off` to switch a check off. */
export type Level = Severity | 'off';

export interface TeamRuleBase {
  id: string;
  kind: string;
  severity?: Severity;
  message?: string;
  platforms?: Platform[];
  examples?: { flag?: string[]; allow?: string[] };
}

export interface TeamProfile {
  name?: string;
  address?: 'formal' | 'informal' | 'any';
  /** Per category: re-grade or switch off. */
  severity?: Partial<Record<Category, Level>>;
  /** Lowest severity that opens the pre-post check. */
  gate?: 'warning' | 'error' | 'off';
  /** Built-in rules ("engagement-bait/tag-bait") or subtypes ("engagement-bait/smalltalk") re-graded or off. */
  builtins?: Record<string, Level>;
  /** Per-platform overrides of `builtins`. */
  platforms?: Partial<Record<Platform, { builtins?: Record<string, Level>; severity?: Partial<Record<Category, Level>> }>>;
  rules?: TeamRuleBase[];
}
