/**
 * The pre-post check's policy: which findings hold a post back. Pure, shared by the content script
 * (holding the post button) and tests.
 */
import { rankOf, type Finding, type Severity } from './analysis/types';

/** Lowest severity that opens the pre-post check; `off` never holds a post. */
export type GatePolicy = Severity | 'off';
export const DEFAULT_GATE: GatePolicy = 'warning';

/** What the content script needs to know about the pre-post check, from the profile in force. */
export interface GateSettings {
  gate: GatePolicy;
  /** The team profile holds posts with `error` findings: no "Post anyway". */
  holdErrors: boolean;
  /** The team profile's name, to say who holds the post. */
  profile?: string;
}

/** The findings that reach the gate, worst first, then in draft order. */
export function heldFindings(findings: readonly Finding[], gate: GatePolicy = DEFAULT_GATE): Finding[] {
  if (gate === 'off') return [];
  const min = rankOf(gate);
  return findings
    .filter((f) => rankOf(f.severity) >= min)
    .sort((a, b) => rankOf(b.severity) - rankOf(a.severity) || a.start - b.start);
}
