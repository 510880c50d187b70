/**
 * The command-line checker's logic, kept free of process I/O so tests can drive it:
 * plain mode prints one line per finding, jsonl mode answers each input line with exactly one line.
 */
import { analyze, type AnalyzeOptions, type Finding } from '../analysis';
import type { Lang, Platform } from '../analysis/types';
import { LANGS, PLATFORMS } from '../analysis/types';

/** "line:col" (1-based) of a UTF-16 offset. */
export function lineCol(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

export function formatPlain(text: string, findings: readonly Finding[]): string[] {
  return findings.map(
    (f) => `${lineCol(text, f.start)}  ${f.severity}  ${f.ruleId}  ${f.message}  ${JSON.stringify(f.text)}`,
  );
}

export interface JsonlResult {
  /** One line per input line, in order (blank input lines are skipped). */
  out: string[];
  /** Problems with single input lines, each naming its line number. */
  errors: string[];
}

/** Analyses JSONL input; a bad line is reported and answered with an error object, the rest go on. */
export function runJsonl(input: string, base: AnalyzeOptions = {}): JsonlResult {
  const out: string[] = [];
  const errors: string[] = [];
  const lines = input.split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (!raw.trim()) return;
    const n = i + 1;
    let item: unknown;
    try {
      item = JSON.parse(raw);
    } catch (e) {
      errors.push(`line ${n}: invalid JSON (${(e as Error).message})`);
      out.push(JSON.stringify({ id: null, line: n, error: 'invalid JSON' }));
      return;
    }
    const rec = (item ?? {}) as Record<string, unknown>;
    const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? rec.id : null;
    if (typeof rec.text !== 'string') {
      errors.push(`line ${n}: "text" is missing or not a string`);
      out.push(JSON.stringify({ id, line: n, error: 'missing text' }));
      return;
    }
    const opts: AnalyzeOptions = { ...base };
    if (rec.lang !== undefined) {
      if (!LANGS.includes(rec.lang as Lang)) {
        errors.push(`line ${n}: "lang" must be "en" or "de", got ${JSON.stringify(rec.lang)}`);
        out.push(JSON.stringify({ id, line: n, error: 'bad lang' }));
        return;
      }
      opts.lang = rec.lang as Lang;
    }
    if (rec.platform !== undefined) {
      if (!PLATFORMS.includes(rec.platform as Platform)) {
        errors.push(`line ${n}: "platform" must be facebook, linkedin or x, got ${JSON.stringify(rec.platform)}`);
        out.push(JSON.stringify({ id, line: n, error: 'bad platform' }));
        return;
      }
      opts.platform = rec.platform as Platform;
    }
    const report = analyze(rec.text, opts);
    out.push(JSON.stringify({ id, lang: report.lang, score: report.score, findings: report.findings }));
  });
  return { out, errors };
}
