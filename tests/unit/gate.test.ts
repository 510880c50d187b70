import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../lib/analysis/types';
import { heldFindings, type GatePolicy } from '../../lib/gate';

const f = (severity: Severity, start: number): Finding => ({
  ruleId: `r/${severity}`,
  category: 'sales-pitch',
  severity,
  start,
  end: start + 1,
  text: 'x',
  message: 'm',
});
const draft = [f('suggestion', 0), f('warning', 5), f('error', 9), f('warning', 2)];

describe('heldFindings', () => {
  it.each([
    [undefined, ['error@9', 'warning@2', 'warning@5']],
    ['warning', ['error@9', 'warning@2', 'warning@5']],
    ['error', ['error@9']],
    ['suggestion', ['error@9', 'warning@2', 'warning@5', 'suggestion@0']],
    ['off', []],
  ] as Array<[GatePolicy | undefined, string[]]>)('gate %s holds %j', (gate, want) => {
    expect(heldFindings(draft, gate).map((x) => `${x.severity}@${x.start}`)).toEqual(want);
  });
  it('holds nothing for a clean draft', () => expect(heldFindings([], 'suggestion')).toEqual([]));
});
