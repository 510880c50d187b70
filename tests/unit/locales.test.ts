/** Every UI string exists in English and German with the same placeholders; rule texts too. */
import { describe, expect, it } from 'vitest';
import { CATALOGS, t, tn, uiLangOf } from '../../lib/i18n';
import { BUILTIN_RULES } from '../../lib/rules/builtin';

const placeholders = (message: string) => [...message.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g)].map((m) => m[1]!.toLowerCase()).sort();

describe('UI catalogs', () => {
  const keys = Object.keys(CATALOGS.en);
  it('have the same keys in English and German', () => {
    expect(Object.keys(CATALOGS.de).sort()).toEqual([...keys].sort());
  });
  it.each(keys)('%s: same placeholders in both languages, each defined, none empty', (key) => {
    const en = CATALOGS.en[key]!;
    const de = CATALOGS.de[key]!;
    expect(en.message.trim(), 'en').not.toBe('');
    expect(de.message.trim(), 'de').not.toBe('');
    expect(placeholders(de.message)).toEqual(placeholders(en.message));
    for (const m of [en, de]) for (const p of placeholders(m.message)) expect(m.placeholders?.[p], `${key} ${p}`).toBeDefined();
  });
});

describe('t / tn', () => {
  it.each([
    ['en', 'badge_clean', [], 'Echt: no issues'],
    ['de', 'badge_clean', [], 'Echt: keine Probleme'],
    ['en', 'popup_composers_other', ['LinkedIn', 2], 'LinkedIn · 2 composers'],
    ['de', 'popup_score', [72], 'Wertung 72 von 100'],
  ] as const)('%s %s', (lang, key, subs, want) => {
    expect(t(lang, key, ...subs)).toBe(want);
  });
  it.each([
    ['en', 1, 'Echt: 1 warning'],
    ['en', 3, 'Echt: 3 warnings'],
    ['de', 1, 'Echt: 1 Warnung'],
    ['de', 0, 'Echt: 0 Warnungen'],
  ] as const)('%s plural of %d', (lang, n, want) => expect(tn(lang, 'badge_issues', n)).toBe(want));
  it.each([
    ['de-AT', 'de'],
    ['de', 'de'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
  ] as const)('UI language of %s is %s', (tag, lang) => expect(uiLangOf(tag)).toBe(lang));
});

describe('built-in rule texts', () => {
  it.each(BUILTIN_RULES.map((r) => [r.id, r] as const))('%s has message and explanation in both languages, one sentence each', (_id, rule) => {
    for (const lang of ['en', 'de'] as const) {
      expect(rule.message[lang].trim()).not.toBe('');
      expect(rule.explanation[lang].trim()).not.toBe('');
      // one sentence: a single terminal stop at the end
      expect(rule.message[lang].replace(/[.!?]$/, ''), `${lang} message`).not.toMatch(/[.!?]\s+\p{Lu}/u);
    }
  });
});
