/** The data contracts of DESIGN.md: findings are plain data that cross messages unchanged. */

export type Category = 'sales-pitch' | 'engagement-bait' | 'off-brand';
export type Severity = 'suggestion' | 'warning' | 'error';
export type Lang = 'en' | 'de';
export type Platform = 'facebook' | 'linkedin' | 'x';

export const CATEGORIES: readonly Category[] = ['sales-pitch', 'engagement-bait', 'off-brand'];
export const SEVERITIES: readonly Severity[] = ['suggestion', 'warning', 'error'];
export const LANGS: readonly Lang[] = ['en', 'de'];
export const PLATFORMS: readonly Platform[] = ['facebook', 'linkedin', 'x'];

export interface Finding {
  /** e.g. "engagement-bait/tag-bait", "team/no-synergy" */
  ruleId: string;
  category: Category;
  /** e.g. "tag-bait", "urgency", "address-form" */
  subtype?: string;
  severity: Severity;
  /** UTF-16 offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** The flagged phrase: `input.slice(start, end)`. */
  text: string;
  /** One sentence, in the UI language. */
  message: string;
  /** Why readers or platforms punish this. */
  explanation?: string;
  /** Replacement texts for [start, end). */
  suggestions?: string[];
}

export interface Report {
  /** Language of the draft (detected unless given). */
  lang: Lang;
  findings: Finding[];
  /** 0..100, 100 = nothing flagged. */
  score: number;
  /**
   * Set when the draft is in neither English nor German (ISO 639-1 code): the built-in packs
   * are then not applied, so a French or Spanish post gets no nonsense flags.
   */
  otherLanguage?: string;
}

/** Texts shown to the user exist in both UI languages. */
export type Localized = Record<Lang, string>;

export const rankOf = (s: Severity): number => SEVERITIES.indexOf(s);

/** A draft is flagged for a category by a warning or error, never by a suggestion. */
export const isFlagging = (f: Pick<Finding, 'severity'>): boolean => f.severity !== 'suggestion';
