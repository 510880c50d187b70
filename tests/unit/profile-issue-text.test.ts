/** Every error the profile validator can produce reads in German on a German options page. */
import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../lib/profile';
import { hasGerman, issueText } from '../../lib/profile/issue-text';

const BAD: Record<string, string> = {
  'broken YAML': 'name: Good\nrules:\n  - id: x\n   kind: phrase\n  phrases: [a\n',
  'broken JSON': '{\n  "name": "Bad",, "rules": []}',
  'tab indent': 'a:\tb\n\tc: d\n',
  'open quote': 'name: "open\n',
  'duplicate id': 'rules:\n  - id: a\n    kind: phrase\n    phrases: [x]\n  - id: a\n    kind: phrase\n    phrases: [y]\n',
  'unknown kind': 'rules:\n  - id: a\n    kind: bogus\n',
  'unknown key': 'colour: red\n',
  'wrong type': 'name: 5\n',
  'wrong value': 'gate: sometimes\n',
  'bad id': 'rules:\n  - id: Bad_Id\n    kind: phrase\n    phrases: [x]\n',
  'regex-like phrase': 'rules:\n  - id: p\n    kind: phrase\n    phrases: ["(a+)+"]\n',
  'empty phrase': 'rules:\n  - id: p\n    kind: phrase\n    phrases: [""]\n',
  'long phrase': `rules:\n  - id: p\n    kind: phrase\n    phrases: ["${'x'.repeat(201)}"]\n`,
  'phrase without letters': 'rules:\n  - id: p\n    kind: phrase\n    phrases: ["!!"]\n',
  'missing list': 'rules:\n  - id: p\n    kind: phrase\n',
  'empty swaps': 'rules:\n  - id: s\n    kind: substitution\n    swap: {}\n',
  'missing max': 'rules:\n  - id: l\n    kind: limit\n    count: emoji\n',
  'negative max': 'rules:\n  - id: l\n    kind: limit\n    count: emoji\n    max: -1\n',
  'fractional max': 'rules:\n  - id: l\n    kind: limit\n    count: emoji\n    max: 2.5\n',
  'bad built-in key': 'builtins:\n  nonsense: off\n',
  'not a mapping': '- a\n- b\n',
  'repeated key': 'name: a\nname: b\n',
  'too many phrases': JSON.stringify({ rules: [{ id: 'big', kind: 'phrase', phrases: Array.from({ length: 5001 }, (_, i) => `w${i}`) }] }),
  'too large': 'x'.repeat(600_000),
  'bad severity': 'severity:\n  sales-pitch: loud\n',
  'rules not a list': 'rules: 5\n',
};

describe.each(Object.entries(BAD))('%s', (_name, source) => {
  const res = validateProfile(source);
  it('is refused', () => expect(res.ok).toBe(false));
  it('reads in German, and in English unchanged', () => {
    if (res.ok) return;
    for (const issue of res.errors) {
      expect(hasGerman(issue), issue.message).toBe(true);
      expect(issueText(issue, 'de')).not.toBe(issue.message);
      expect(issueText(issue, 'de')).not.toMatch(/\b(expected|missing|unknown|got|must|at most|looks like|mapping|items|indicator|unexpected|allowed)\b/i);
      expect(issueText(issue, 'en')).toBe(issue.message);
    }
  });
});
