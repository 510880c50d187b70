/** One rule per file, id = "<category>/<file name>", every file registered, texts complete in both UI languages. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../lib/analysis/pattern';
import { LANGS } from '../../lib/analysis/types';
import { BUILTIN_RULES } from '../../lib/rules/builtin';

const ROOT = 'lib/rules/builtin';
const onDisk = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, d.name)).map((f) => `${d.name}/${f.replace(/\.ts$/, '')}`));

describe('built-in rule files', () => {
  it('registers every rule file exactly once, with id = category/file-name', () => {
    expect([...BUILTIN_RULES.map((r) => r.id)].sort()).toEqual([...onDisk].sort());
    expect(new Set(BUILTIN_RULES.map((r) => r.id)).size).toBe(BUILTIN_RULES.length);
  });

  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s is well-formed', (id, rule) => {
    expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(id.split('/')[0]).toBe(rule.category);
    for (const ui of LANGS) {
      // one sentence each: ends with a full stop, no sentence break inside
      expect(rule.message[ui], `${id} message ${ui}`).toMatch(/^[^]*[.!?]$/);
      expect(rule.message[ui].replace(/\([^)]*\)|„[^“]*“|"[^"]*"|“[^”]*”/g, '').split(/[.!?]\s+\p{Lu}/u).length).toBe(1);
      expect(rule.explanation[ui].length, `${id} explanation ${ui}`).toBeGreaterThan(40);
    }
    for (const lang of LANGS) {
      const m = rule.match[lang];
      if (!m) continue;
      for (const p of [...m.patterns, ...(m.unless ?? [])]) expect(() => compilePatterns(p, lang), p).not.toThrow();
    }
  });

  // "there's|there is no going back" means "there's|there" + "is no going back": a multi-word
  // alternative without parentheses silently demands the expansion's second word.
  const AUX: Record<string, string> = { "won't": 'will', "don't": 'do', "can't": 'can', "isn't": 'is', "aren't": 'are', "doesn't": 'does', "didn't": 'did' };
  const SECOND: Record<string, string> = { "n't": 'not', "'re": 'are', "'s": 'is', "'ll": 'will', "'ve": 'have', "'m": 'am', "'d": 'would' };
  const unbracketedSiblings = (p: string): string[] => {
    const parts = p.replace(/\([^)]*\)/g, '()').split(/\s+/);
    return parts.flatMap((part, i) => {
      const next = parts[i + 1];
      if (!part.includes('|') || !next || next.startsWith('[') || next.startsWith('~')) return [];
      const alts = part.replace(/^\[|\]$/g, '').split('|');
      return alts.filter((a) => {
        const m = /^(\w+?)(n't|'re|'s|'ll|'ve|'m|'d)$/.exec(a);
        if (!m) return false;
        const base = m[2] === "n't" ? AUX[a] : m[1];
        return base !== undefined && alts.includes(base) && next.split('|').includes(SECOND[m[2]!]!);
      });
    });
  };
  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s has no contraction beside its unbracketed expansion', (_id, rule) => {
    for (const lang of LANGS) {
      for (const p of [...(rule.match[lang]?.patterns ?? []), ...(rule.match[lang]?.unless ?? [])]) expect(unbracketedSiblings(p), p).toEqual([]);
    }
  });
  it('finds the mistake it guards against', () => {
    expect(unbracketedSiblings("there's|there is no going back")).toEqual(["there's"]);
    expect(unbracketedSiblings("(there's|there is) no going back")).toEqual([]);
  });

  it('covers both categories in both languages', () => {
    for (const lang of LANGS) {
      for (const cat of ['sales-pitch', 'engagement-bait']) {
        expect(BUILTIN_RULES.filter((r) => r.category === cat && r.match[lang]).length).toBeGreaterThanOrEqual(7);
      }
    }
  });
});
