/**
 * Draft language: English or German, or "other" so that no built-in pack runs on, say, French.
 * eld (n-gram detector) decides; on short or mixed drafts, where it wavers between close
 * candidates, the better of English and German is taken rather than a near-tie third language.
 */
import { eld } from 'eld/extrasmall';
import type { Lang } from './types';

export interface DetectedLanguage {
  lang: Lang;
  /** ISO 639-1 code when the draft is clearly in another language. */
  other?: string;
}

/** Hashtags, mentions, links and emoji say little about the language and confuse n-grams. */
const NOISE = /(?:https?:\/\/|www\.)\S+|[#@][\p{L}\p{N}_]+|\p{Extended_Pictographic}/gu;
const MARGIN = 0.08;

export function detectLanguage(text: string): DetectedLanguage {
  const clean = text.replace(NOISE, ' ').trim();
  if (!/\p{L}{2}/u.test(clean)) return { lang: 'en' };
  const result = eld.detect(clean.slice(0, 2000));
  const scores = result.getScores() as Record<string, number>;
  const en = scores.en ?? 0;
  const de = scores.de ?? 0;
  const best: Lang = de > en ? 'de' : 'en';
  const top = result.language;
  if (top === 'en' || top === 'de') return { lang: top };
  const topScore = top ? (scores[top] ?? 0) : 0;
  if (!top || Math.max(en, de) >= topScore - MARGIN || clean.length < 25) return { lang: best };
  return { lang: best, other: top };
}
