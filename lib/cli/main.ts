/**
 * `npm run check -- [--lang en|de] [--platform facebook|linkedin|x] [--rules team.yaml] [--ui en|de] FILE|-`
 * `npm run check -- --format jsonl FILE.jsonl|-`
 * Exit codes: 0 clean or only warnings, 1 an `error` finding (plain mode), 2 bad usage or a broken rule file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyze, type AnalyzeOptions } from '../analysis';
import { LANGS, PLATFORMS, type Lang, type Platform } from '../analysis/types';
import { formatIssue, validateProfile } from '../profile';
import { formatPlain, runJsonl } from './check';

const USAGE = `usage: npm run check -- [--lang en|de] [--platform facebook|linkedin|x] [--rules team.yaml] [--ui en|de] FILE|-
       npm run check -- --format jsonl [--rules team.yaml] FILE.jsonl|-`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        platform: { type: 'string' },
        rules: { type: 'string' },
        ui: { type: 'string' },
        format: { type: 'string', default: 'plain' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length !== 1) fail(USAGE);
  const opts: AnalyzeOptions = {};
  if (values.lang !== undefined) {
    if (!LANGS.includes(values.lang as Lang)) fail(`--lang must be en or de, got "${values.lang}"`);
    opts.lang = values.lang as Lang;
  }
  if (values.ui !== undefined) {
    if (!LANGS.includes(values.ui as Lang)) fail(`--ui must be en or de, got "${values.ui}"`);
    opts.uiLang = values.ui as Lang;
  }
  if (values.platform !== undefined) {
    if (!PLATFORMS.includes(values.platform as Platform)) fail(`--platform must be facebook, linkedin or x, got "${values.platform}"`);
    opts.platform = values.platform as Platform;
  }
  if (values.rules !== undefined) {
    let source: string;
    try {
      source = readFileSync(values.rules, 'utf8');
    } catch (e) {
      fail(`cannot read rule file ${values.rules}: ${(e as Error).message}`);
    }
    const res = validateProfile(source);
    // "FILE:LINE: field: message", one line per problem, as compilers print them
    if (!res.ok) fail(res.errors.map((issue) => `${values.rules}:${formatIssue(issue)}`).join('\n'));
    opts.profile = res.profile;
  }
  const file = positionals[0]!;
  let input: string;
  try {
    input = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read ${file}: ${(e as Error).message}`);
  }

  if (values.format === 'jsonl') {
    const { out, errors } = runJsonl(input, opts);
    for (const e of errors) process.stderr.write(`${file}: ${e}\n`);
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return;
  }
  if (values.format !== 'plain') fail(`--format must be plain or jsonl, got "${values.format}"`);
  const report = analyze(input, opts);
  const lines = formatPlain(input, report.findings);
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : '');
  process.exitCode = report.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

main();
