/**
 * The bad-input battery (issue 8): every case ends in a clear error or a bounded, correct result,
 * and the last good team profile stays in force.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { analyze } from '../../lib/analysis';
import { validateProfile, type ProfileIssue } from '../../lib/profile';
import { LIMITS } from '../../lib/profile/schema';
import { importProfile, teamProfileItem } from '../../lib/profile/store';

const GOOD = 'name: Good\nrules:\n  - id: no-synergy\n    kind: phrase\n    phrases: [synergy]\n';

/** Imports `source`, expects it refused with an error matching `message`, and the good profile kept. */
async function refused(source: string, message: RegExp): Promise<ProfileIssue[]> {
  const res = await importProfile(source);
  expect(res.ok).toBe(false);
  const errors = res.ok ? [] : res.errors;
  expect(errors.map((e) => `${e.line}: ${e.field}: ${e.message}`).join('\n')).toMatch(message);
  expect((await teamProfileItem.getValue())?.profile.name).toBe('Good');
  return errors;
}

const timed = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const v = fn();
  return [v, performance.now() - t];
};

beforeEach(async () => {
  fakeBrowser.reset();
  expect((await importProfile(GOOD)).ok).toBe(true);
});

describe('bad profiles', () => {
  it('malformed YAML: the line is named', async () => {
    const [e] = await refused('name: Good\nrules:\n  - id: x\n   kind: phrase\n  phrases: [a\n', /not valid YAML or JSON/);
    expect(e!.line).toBeGreaterThan(1);
  });

  it('malformed JSON: the line is named', async () => {
    const [e] = await refused('{\n  "name": "Bad",\n  "rules": [\n    {"id": "a", "kind": "phrase",, "phrases": ["x"]}\n  ]\n}', /not valid YAML or JSON/);
    expect(e!.line).toBe(4);
  });

  it('wrong types: field and expectation are named', async () => {
    await refused('name: [1, 2]\nrules: many\n', /^1: name: expected text, got a list\n2: rules: expected a list, got text "many"$/);
  });

  it('unknown kind', async () => {
    await refused('rules:\n  - id: a\n    kind: vibe\n', /3: rules\[0\]\.kind: unknown kind; expected one of phrase, substitution, limit, address, disclosure/);
  });

  it('duplicate ids', async () => {
    await refused(`${GOOD}  - id: no-synergy\n    kind: phrase\n    phrases: [x]\n`, /6: rules\[1\]\.id: duplicate id "no-synergy"/);
  });

  it(`more than ${LIMITS.phrases} phrases are refused, quickly`, async () => {
    const phrases = Array.from({ length: LIMITS.phrases + 1 }, (_, i) => `wort${i}`);
    const src = JSON.stringify({ name: 'Huge', rules: [{ id: 'big', kind: 'phrase', phrases }] });
    const [, ms] = timed(() => validateProfile(src));
    expect(ms).toBeLessThan(500);
    await refused(src, /rules\[0\]\.phrases: Too big: expected array to have <=5000 items/);
  });

  it('a 1 MB profile is refused within 100 ms', async () => {
    const src = `name: Big\nrules:\n  - id: big\n    kind: phrase\n    phrases:\n${'      - aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n'.repeat(17_000)}`;
    expect(src.length).toBeGreaterThan(1_000_000);
    const [res, ms] = timed(() => validateProfile(src));
    expect(ms).toBeLessThan(100);
    expect(res.ok).toBe(false);
    await refused(src, /larger than 512 KB/);
  });

  it('5000 phrases of up to 200 characters: accepted as JSON, and a long draft is checked in bounded time', async () => {
    const phrases = Array.from({ length: LIMITS.phrases }, (_, i) => `wort${i} ${'x'.repeat(i % 150)} ende`);
    phrases[0] = 'synergie';
    const src = JSON.stringify({ name: 'Many', rules: [{ id: 'many', kind: 'phrase', phrases }] });
    const [res, ms] = timed(() => validateProfile(src));
    expect(res.ok).toBe(true);
    expect(ms).toBeLessThan(300);
    if (!res.ok) return;
    const draft = 'Unsere Synergien und Synergieeffekte. '.repeat(2700);
    const [report, analysisMs] = timed(() => analyze(draft, { lang: 'de', profile: res.profile }));
    expect(report.findings.filter((f) => f.ruleId === 'team/many')).toHaveLength(5400);
    expect(analysisMs).toBeLessThan(5000);
  });

  it.each(['(a+)+', '(a|aa)*b', '.*', '\\d{1,99}', '[^x]+', '(?:x)', 'a{1000}'])(
    'the catastrophic-looking pattern %s is refused before any matching',
    async (p) => {
      await refused(`rules:\n  - id: p\n    kind: phrase\n    phrases: [${JSON.stringify(p)}]\n`, /regular expression/);
    },
  );

  it('a long repetitive phrase against a long repetitive draft stays linear', () => {
    const res = validateProfile(`rules:\n  - id: p\n    kind: phrase\n    phrases: ["${'a '.repeat(60).trim()} b"]\n`);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const [report, ms] = timed(() => analyze('a '.repeat(50_000), { lang: 'en', profile: res.profile }));
    expect(report.findings.filter((f) => f.ruleId === 'team/p')).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });

  it('HTML and script in messages and phrases stay plain text in findings', async () => {
    const src = 'rules:\n  - id: html\n    kind: phrase\n    phrases: ["<b>synergy</b>"]\n    message: "<script>alert(\'x\')</script> <img src=x onerror=alert(1)>"\n';
    const res = validateProfile(src);
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const text = 'Hello <b>synergy</b> & more';
    const [f] = analyze(text, { lang: 'en', profile: res.profile }).findings.filter((x) => x.ruleId === 'team/html');
    expect(f).toMatchObject({ text: 'b>synergy</b', message: "<script>alert('x')</script> <img src=x onerror=alert(1)>" });
    expect(text.slice(f!.start, f!.end)).toBe(f!.text);
  });
});

describe('bad drafts under a profile', () => {
  const profile = (() => {
    const res = validateProfile(
      'address: formal\nrules:\n  - id: no-synergy\n    kind: phrase\n    phrases: [synergy, Mehrwert]\n  - id: emoji\n    kind: limit\n    count: emoji\n    max: 3\n  - id: addr\n    kind: address\n  - id: ad\n    kind: disclosure\n    when: always\n    labels: [Werbung]\n',
    );
    if (!res.ok) throw new Error(JSON.stringify(res.errors));
    return res.profile;
  })();

  it('a 100 000-character draft: bounded time, exact offsets', () => {
    const draft = 'Wie war dein Tag? Echter Mehrwert 🥐 für alle. '.repeat(2200).slice(0, 100_000);
    const [report, ms] = timed(() => analyze(draft, { lang: 'de', profile }));
    expect(ms).toBeLessThan(5000);
    for (const f of report.findings) expect(draft.slice(f.start, f.end)).toBe(f.text);
    const ids = (id: string) => report.findings.filter((f) => f.ruleId === id).length;
    const count = (re: RegExp) => draft.match(re)?.length ?? 0;
    expect(ids('team/no-synergy')).toBe(count(/Mehrwert/g));
    expect(ids('team/addr')).toBe(count(/\bdein\b/g));
    expect(ids('team/addr')).toBeGreaterThan(2000);
    expect(ids('team/emoji')).toBe(20);
    expect(ids('team/ad')).toBe(1);
  });

  it('an empty or blank draft has no findings, not even the required label', () => {
    expect(analyze('', { lang: 'en', profile }).findings).toEqual([]);
    expect(analyze('   \n ', { lang: 'en', profile }).findings).toEqual([]);
  });

  it('an emoji-only draft: counted correctly, offsets on emoji boundaries', () => {
    const draft = '🥐🥖👨‍👩‍👧🇩🇪🥨';
    const report = analyze(draft, { lang: 'de', profile });
    const emoji = report.findings.filter((f) => f.ruleId === 'team/emoji');
    expect(emoji.map((f) => f.text)).toEqual(['🇩🇪', '🥨']);
    for (const f of report.findings) expect(draft.slice(f.start, f.end)).toBe(f.text);
  });

  it('arbitrary Unicode drafts under every kind: no throw, exact offsets, each team finding well-formed', () => {
    const pieces = fc.constantFrom('Sie ', 'dein ', 'Ihr seid ', 'synergy', 'Mehrwert', '🥐', '👨‍👩‍👧', '🇩🇪', '#tag ', '!!', '\r\n', '\u200d', 'é', 'e\u0301', 'Werbung', ' ');
    const draft = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme-composite', maxLength: 8 })), { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(draft, fc.constantFrom<'en' | 'de'>('en', 'de'), (text, lang) => {
        for (const f of analyze(text, { lang, profile, platform: 'x' }).findings) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.end).toBeGreaterThan(f.start);
          if (f.ruleId.startsWith('team/')) expect(f.category).toBe('off-brand');
        }
      }),
      { numRuns: 300 },
    );
  });
});
