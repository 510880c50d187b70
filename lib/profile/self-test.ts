/**
 * Self-tests of a profile: every rule's `examples.flag` drafts must be flagged by that rule and
 * none of its `examples.allow` drafts may be. The options page shows the result per rule; a unit
 * test runs it over the shipped example profiles.
 */
import { analyze } from '../analysis';
import type { TeamProfile, TeamRule } from './types';

export interface ExampleFailure {
  example: string;
  expected: 'flag' | 'allow';
}

export interface RuleTestResult {
  id: string;
  /** Number of examples run. */
  total: number;
  failures: ExampleFailure[];
  passed: boolean;
}

function flags(profile: TeamProfile, rule: TeamRule, draft: string): boolean {
  const report = analyze(draft, { profile: { ...profile, rules: [rule] }, platform: rule.platforms?.[0] });
  return report.findings.some((f) => f.ruleId === `team/${rule.id}`);
}

export function selfTest(profile: TeamProfile): RuleTestResult[] {
  return (profile.rules ?? []).map((rule) => {
    const failures: ExampleFailure[] = [];
    const { flag = [], allow = [] } = rule.examples ?? {};
    for (const example of flag) if (!flags(profile, rule, example)) failures.push({ example, expected: 'flag' });
    for (const example of allow) if (flags(profile, rule, example)) failures.push({ example, expected: 'allow' });
    return { id: rule.id, total: flag.length + allow.length, failures, passed: failures.length === 0 };
  });
}
