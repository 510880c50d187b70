/**
 * The authenticity score, 0..100 (100 = nothing flagged). Each finding costs points by severity;
 * the cost shrinks with the draft's length, so one slip in a long post weighs less than the same
 * slip in a one-liner, and further findings of one rule cost less than the first.
 *
 *   100      nothing flagged
 *   90–99    only suggestions, or one warning in a long post
 *   70–89    one warning: worth a second look before posting
 *   40–69    several warnings or an error: reads as a pitch or as bait
 *   below 40 a draft built of bait or hard sell
 */
import type { Finding, Severity } from './types';

const COST: Record<Severity, number> = { suggestion: 4, warning: 18, error: 30 };

export function score(findings: readonly Finding[], text: string): number {
  if (findings.length === 0) return 100;
  const words = text.split(/\s+/).filter(Boolean).length;
  // posts up to ~60 words take the full cost; longer ones proportionally less, down to a third
  const lengthFactor = Math.max(1 / 3, Math.min(1, Math.sqrt(60 / Math.max(words, 1))));
  const seen = new Map<string, number>();
  let cost = 0;
  for (const f of findings) {
    const n = seen.get(f.ruleId) ?? 0;
    seen.set(f.ruleId, n + 1);
    cost += COST[f.severity] / (n + 1);
  }
  return Math.max(0, Math.min(100, Math.round(100 - cost * lengthFactor)));
}
