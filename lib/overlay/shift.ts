/**
 * Keeps findings on their phrases between an edit and the next analysis: findings before the
 * edit stay, findings after it move by the length change, findings the edit touched are dropped
 * until the analyzer has seen the new text. Pure.
 */
import type { Finding } from '../analysis/types';

export function shiftFindings(findings: readonly Finding[], before: string, after: string): Finding[] {
  if (before === after) return [...findings];
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const delta = after.length - before.length;
  const tailStart = before.length - suffix;
  return findings.flatMap((f) => {
    if (f.end <= prefix) return [f];
    if (f.start >= tailStart) return [{ ...f, start: f.start + delta, end: f.end + delta }];
    return [];
  });
}
