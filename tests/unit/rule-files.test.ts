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

  it('covers both categories in both languages', () => {
    for (const lang of LANGS) {
      for (const cat of ['sales-pitch', 'engagement-bait']) {
        expect(BUILTIN_RULES.filter((r) => r.category === cat && r.match[lang]).length).toBeGreaterThanOrEqual(7);
      }
    }
  });
});
