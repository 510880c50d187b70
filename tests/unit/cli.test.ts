/** The command-line checker, as external checks use it: through the npm script, on stdin and files. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineCol, runJsonl } from '../../lib/cli/check';

const tsx = join('node_modules', '.bin', 'tsx');
const run = (args: string[], input?: string) =>
  spawnSync(tsx, ['lib/cli/main.ts', ...args], { input, encoding: 'utf8', timeout: 60_000 });

describe('check CLI', () => {
  it('flags engagement bait from stdin, as the README shows', () => {
    const out = execFileSync('sh', ['-c', `echo 'Like if you agree! Tag a friend who needs this 👇' | npm run --silent check -- -`], {
      encoding: 'utf8',
    });
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1:1 {2}warning {2}engagement-bait\/react-bait {2}.+ {2}"Like if you agree"$/);
    expect(lines[1]).toMatch(/^1:20 {2}warning {2}engagement-bait\/tag-bait .*"Tag a friend who needs this"$/);
  });

  it('prints nothing and exits 0 on a clean draft; exits 2 on bad usage', () => {
    const clean = run(['-'], 'Our bakery opens at 7 on Monday.');
    expect(clean.status).toBe(0);
    expect(clean.stdout).toBe('');
    expect(run(['--lang', 'fr', '-'], 'x').status).toBe(2);
    expect(run([]).status).toBe(2);
  });

  it('round-trips 1000 jsonl lines in order, one line out per line in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'echt-cli-'));
    const file = join(dir, 'in.jsonl');
    const texts = ['Like if you agree!', 'Jetzt zugreifen!', 'The bus leaves at 9:15.', 'Wie war euer Wochenende?'];
    const lines = Array.from({ length: 1000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `${texts[i % 4]} (${i})` }));
    writeFileSync(file, `${lines.join('\n')}\n`);
    const res = run(['--format', 'jsonl', file]);
    expect(res.status).toBe(0);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; findings: unknown[]; lang: string });
    expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => `d${i}`));
    expect(out[0]!.findings.length).toBeGreaterThan(0);
    expect(out[1]!.lang).toBe('de');
    expect(out[2]!.findings).toEqual([]);
  });

  it('reports bad jsonl lines on stderr by line number and still answers the others', () => {
    const res = run(['--format', 'jsonl', '-'], '{"id":1,"text":"Agree?"}\nnot json\n{"id":3}\n{"id":4,"text":"ok","lang":"xx"}\n{"id":5,"text":"Hi"}\n');
    expect(res.stderr).toMatch(/line 2: invalid JSON/);
    expect(res.stderr).toMatch(/line 3: "text" is missing/);
    expect(res.stderr).toMatch(/line 4: "lang" must be/);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown });
    expect(out.map((o) => o.id)).toEqual([1, null, 3, 4, 5]);
  });
});

describe('check CLI --rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'echt-rules-'));
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('applies a team profile: its findings print, an error severity exits 1', () => {
    const rules = file('team.yaml', 'rules:\n  - id: no-synergy\n    kind: phrase\n    phrases: [synergy]\n    severity: error\n');
    const res = run(['--lang', 'en', '--rules', rules, '-'], 'We love synergies.');
    expect(res.stdout.split('\n')).toContainEqual(expect.stringMatching(/^1:9 {2}error {2}team\/no-synergy {2}.+ {2}"synergies"$/));
    expect(res.status).toBe(1);
  });

  it('applies the shipped example profile to a German draft', () => {
    const res = run(['--lang', 'de', '--platform', 'linkedin', '--rules', 'examples/team.yaml', '-'], 'Wie war dein Wochenende? #a #b #c #d');
    expect(res.stdout).toMatch(/team\/sie-not-du .*"dein"/);
    expect(res.stdout).toMatch(/team\/few-hashtags .*"#d"/);
  });

  it.each([
    ['broken.yaml', 'name: X\naddress: maybe\n', /broken\.yaml:2: address: expected one of formal, informal, any/],
    ['kind.yaml', 'rules:\n  - id: a\n    kind: tone\n', /kind\.yaml:3: rules\[0\]\.kind: unknown kind/],
    ['syntax.json', '{"name": "x",\n "rules": [}', /syntax\.json:2: not valid YAML or JSON/],
    ['regex.yaml', 'rules:\n  - id: a\n    kind: phrase\n    phrases: ["(a+)+"]\n', /regex\.yaml:4: rules\[0\]\.phrases\[0\]: .*regular expression/],
  ])('a broken profile %s exits 2 with FILE:LINE: field: message', (name, text, message) => {
    const res = run(['--rules', file(name, text), '-'], 'Hello');
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(message);
  });
});

describe('check helpers', () => {
  it.each([
    ['abc', 0, '1:1'],
    ['abc', 2, '1:3'],
    ['a\nbc', 2, '2:1'],
    ['a\r\nbc', 4, '2:2'],
  ])('lineCol(%j, %i) = %s', (text, offset, expected) => expect(lineCol(text, offset)).toBe(expected));

  it('skips blank lines without answering them', () => {
    expect(runJsonl('\n{"id":"a","text":"x"}\n\n').out).toHaveLength(1);
  });
});
