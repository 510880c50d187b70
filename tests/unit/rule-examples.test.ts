/** Every built-in rule's own `flag`/`allow` examples, in both draft languages. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import { BUILTIN_RULES } from '../../lib/rules/builtin';
import { LANGS } from '../../lib/analysis/types';

const MARK = /\[\[(.+?)\]\]/;

const cases = BUILTIN_RULES.flatMap((rule) =>
  LANGS.flatMap((lang) => {
    const ex = rule.examples[lang];
    if (!ex) return [];
    return [
      ...ex.flag.map((text) => ({ id: rule.id, lang, kind: 'flag' as const, text })),
      ...ex.allow.map((text) => ({ id: rule.id, lang, kind: 'allow' as const, text })),
    ];
  }),
);

describe('built-in rule examples', () => {
  it('every rule has flag and allow examples in every language it matches', () => {
    for (const rule of BUILTIN_RULES) {
      for (const lang of LANGS) {
        if (!rule.match[lang]) continue;
        expect(rule.examples[lang]?.flag.length, `${rule.id} ${lang} flag`).toBeGreaterThan(0);
        expect(rule.examples[lang]?.allow.length, `${rule.id} ${lang} allow`).toBeGreaterThan(0);
      }
    }
  });

  it.each(cases)('$id [$lang] $kind: $text', ({ id, lang, kind, text }) => {
    const marked = MARK.exec(text)?.[1];
    const plain = text.replace(/\[\[|\]\]/g, '');
    const hits = analyze(plain, { lang }).findings.filter((f) => f.ruleId === id);
    if (kind === 'allow') {
      expect(hits.map((f) => f.text)).toEqual([]);
      return;
    }
    expect(hits.length).toBeGreaterThan(0);
    if (marked) expect(hits.map((f) => f.text)).toContain(marked);
  });
});
