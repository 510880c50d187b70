/** The profile format: errors name line, field and what was expected; the shipped JSON Schema and examples are current. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProfile, ProfileError, validateProfile } from '../../lib/profile';
import { selfTest } from '../../lib/profile/self-test';
import { SCHEMA_FILE, schemaText } from '../../lib/cli/profile-schema';

const errorsOf = (src: string) => {
  const res = validateProfile(src);
  if (res.ok) throw new Error('expected errors');
  return res.errors;
};

describe('profile errors', () => {
  it.each([
    ['severity:\n  sales-pitch: loud\n', 2, 'severity.sales-pitch', /expected one of off, suggestion, warning, error, got "loud"/],
    ['rules:\n  - id: a\n    kind: limit\n    count: hashtags\n    max: many\n', 5, 'rules[0].max', /expected a number, got text "many"/],
    ['rules:\n  - id: a\n    kind: limit\n    count: hashtags\n', 2, 'rules[0].max', /expected a number/],
    ['rules:\n  - id: a\n    kind: tone\n', 3, 'rules[0].kind', /unknown kind; expected one of phrase, substitution, limit, address, disclosure/],
    ['name: X\ncolour: red\n', 2, 'colour', /unknown key "colour"/],
    ['rules:\n  - id: a\n    kind: phrase\n    phrases: [ok, ".*"]\n', 4, 'rules[0].phrases[1]', /looks like a regular expression/],
    ['rules:\n  - id: a\n    kind: phrase\n    phrases: [x]\n  - id: a\n    kind: phrase\n    phrases: [y]\n', 5, 'rules[1].id', /duplicate id "a"/],
    ['rules:\n  - id: Bad Id\n    kind: phrase\n    phrases: [x]\n', 2, 'rules[0].id', /kebab-case/],
    ['gate: sometimes\n', 1, 'gate', /expected one of warning, error, off/],
    ['builtins:\n  tag-bait: off\n', 2, 'builtins.tag-bait', /<category>\/<rule or subtype>/],
  ])('%j → line %i, %s', (src, line, field, message) => {
    const [first] = errorsOf(src);
    expect(first).toMatchObject({ line, field });
    expect(first!.message).toMatch(message);
  });

  it('parseProfile throws a ProfileError whose message reads "line N: field: message"', () => {
    try {
      parseProfile('name: ok\naddress: polite\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProfileError);
      expect((e as ProfileError).message).toMatch(/^line 2: address: expected one of formal, informal, any/);
      expect((e as ProfileError).line).toBe(2);
    }
  });

  it('names YAML syntax errors by line', () => {
    const [e] = errorsOf('name: a\nrules:\n  - id: x\n   kind: phrase\n');
    expect(e!.line).toBeGreaterThanOrEqual(3);
    expect(e!.message).toMatch(/not valid YAML or JSON/);
  });

  it('accepts JSON as well as YAML', () => {
    expect(parseProfile('{"name": "Team", "address": "informal", "rules": [{"id": "p", "kind": "phrase", "phrases": ["synergy"]}]}')).toMatchObject({
      address: 'informal',
    });
  });

  it.each(['(a+)+', '.*', '\\d+', '[^a]', 'a|b', 'foo$', '^bar', 'x{2,}', 'ab+'])('rejects the regex-like phrase %s', (p) => {
    const [e] = errorsOf(`rules:\n  - id: a\n    kind: phrase\n    phrases: [${JSON.stringify(p)}]\n`);
    expect(e!.message).toMatch(/regular expression/);
  });

  it.each(['z.B. gratis', 'Wer kennt’s?', '#ad', '50 % off', 'Rock & Roll'])('accepts the literal phrase %s', (p) => {
    expect(validateProfile(`rules:\n  - id: a\n    kind: phrase\n    phrases: [${JSON.stringify(p)}]\n`).ok).toBe(true);
  });
});

describe('shipped files', () => {
  it(`${SCHEMA_FILE} is generated from the zod schema (run: npx tsx lib/cli/profile-schema.ts)`, () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
    const schema = JSON.parse(schemaText()) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['address', 'severity', 'gate', 'builtins', 'platforms', 'rules']));
  });

  const examples = readdirSync('examples').filter((f) => /\.(ya?ml|json)$/.test(f));
  it('has example profiles', () => expect(examples.length).toBeGreaterThan(0));
  it.each(examples)('examples/%s parses and passes its own self-tests, covering every kind', (file) => {
    const profile = parseProfile(readFileSync(`examples/${file}`, 'utf8'));
    const results = selfTest(profile);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results.reduce((n, r) => n + r.total, 0)).toBeGreaterThan(10);
    expect(new Set(profile.rules?.map((r) => r.kind))).toEqual(new Set(['phrase', 'substitution', 'limit', 'address', 'disclosure']));
  });

  it('selfTest reports the example that fails', () => {
    const profile = parseProfile('rules:\n  - id: p\n    kind: phrase\n    phrases: [synergy]\n    examples:\n      flag: ["No such word here."]\n      allow: ["Synergy!"]\n');
    expect(selfTest(profile)).toEqual([
      { id: 'p', total: 2, passed: false, failures: [{ example: 'No such word here.', expected: 'flag' }, { example: 'Synergy!', expected: 'allow' }] },
    ]);
  });
});
