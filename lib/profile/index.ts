/**
 * Team profiles: parsing and validation. `parseProfile` accepts YAML or JSON and throws a
 * ProfileError naming the line and field at fault; `validateProfile` returns every problem.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { LIMITS, teamProfile } from './schema';
import type { TeamProfile } from './types';

export type { TeamProfile } from './types';

export interface ProfileIssue {
  /** 1-based line in the source. */
  line: number;
  /** Field path such as `rules[2].max`; empty for the whole document. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
  /** The YAML reader's error code (BAD_INDENT, DUPLICATE_KEY…) when the text is not YAML or JSON at all. */
  syntax?: string;
}

export const formatIssue = (i: ProfileIssue): string => `${i.line}: ${i.field ? `${i.field}: ` : ''}${i.message}`;

export class ProfileError extends Error {
  readonly line: number;
  readonly field: string;
  readonly detail: string;
  constructor(readonly issues: ProfileIssue[]) {
    const first = issues[0]!;
    super(`line ${formatIssue(first)}`);
    this.line = first.line;
    this.field = first.field;
    this.detail = first.message;
  }
}

export type ValidationResult = { ok: true; profile: TeamProfile } | { ok: false; errors: ProfileIssue[] };

/** `rules[2].max` from ["rules", 2, "max"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '');
}

/** The line of the deepest node on `path` that exists (a missing key points at its parent). */
function lineOf(doc: Document, lc: LineCounter, path: readonly PropertyKey[], key?: string): number {
  let p = [...path];
  for (;;) {
    const node = (p.length ? doc.getIn(p as unknown[], true) : doc.contents) as Node | undefined;
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      if (key !== undefined && isMap(node)) {
        const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === key);
        const r = (pair?.key as Node | undefined)?.range;
        if (r) return lc.linePos(r[0]).line;
      }
      return lc.linePos(node.range[0]).line;
    }
    if (!p.length) return 1;
    p = p.slice(0, -1);
  }
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  options?: unknown[];
  values?: unknown[];
  expected?: string;
  input?: unknown;
  issues?: { message: string }[];
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'a mapping', record: 'a mapping', string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false' };
const typeName = (v: unknown): string =>
  Array.isArray(v) ? 'a list' : v === null ? 'nothing' : typeof v === 'object' ? 'a mapping' : typeof v === 'string' ? `text "${v.slice(0, 40)}"` : `${typeof v} ${String(v)}`;

/** Duplicate rule ids; checked apart from the schema so they are reported even when other fields are wrong. */
function duplicateIds(value: Record<string, unknown>): ZodIssueLike[] {
  const rules = value.rules;
  if (!Array.isArray(rules)) return [];
  const seen = new Map<string, number>();
  const out: ZodIssueLike[] = [];
  rules.forEach((r: unknown, i) => {
    const id = r && typeof r === 'object' ? (r as Record<string, unknown>).id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) out.push({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate id "${id}" (already used by rules[${first}])` });
    else seen.set(id, i);
  });
  return out;
}

function describe(issue: ZodIssueLike): string {
  if (issue.code === 'invalid_union' && issue.options) {
    return `unknown kind; expected one of ${issue.options.join(', ')}`;
  }
  if (issue.code === 'invalid_key' && issue.issues?.[0]) {
    return `invalid key ${JSON.stringify(issue.input)}: ${issue.issues[0].message}`;
  }
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    return `unknown key "${issue.keys[0]}"`;
  }
  if (issue.code === 'invalid_type' && issue.expected) {
    const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
    return issue.input === undefined ? `missing; expected ${expected}` : `expected ${expected}, got ${typeName(issue.input)}`;
  }
  if (issue.code === 'invalid_value' && issue.values) {
    return `expected one of ${issue.values.join(', ')}, got ${JSON.stringify(issue.input)}`;
  }
  return issue.message.replace(/^Invalid input: /, '');
}

const NOT_A_MAPPING: ZodIssueLike = { code: 'custom', path: [], message: 'expected a mapping of keys (name, address, severity, gate, builtins, platforms, rules)' };

function checkValue(value: unknown): { ok: true; profile: TeamProfile } | { ok: false; issues: ZodIssueLike[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false, issues: [NOT_A_MAPPING] };
  const res = teamProfile.safeParse(value, { reportInput: true });
  const dups = duplicateIds(value as Record<string, unknown>);
  if (res.success && !dups.length) return { ok: true, profile: res.data };
  return { ok: false, issues: [...(res.success ? [] : (res.error.issues as unknown as ZodIssueLike[])), ...dups] };
}

export function validateProfile(source: string): ValidationResult {
  if (source.length > LIMITS.sourceChars) {
    return { ok: false, errors: [{ line: 1, field: '', message: `the profile is larger than ${LIMITS.sourceChars / 1000} KB; split long phrase lists or shorten them` }] };
  }
  // JSON is read natively (a hundred times faster than YAML); YAML positions are needed only for errors
  if (/^\s*\{/.test(source)) {
    try {
      const res = checkValue(JSON.parse(source) as unknown);
      if (res.ok) return res;
    } catch {
      // not plain JSON: the YAML reader below names the line at fault
    }
  }
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 10).map((e) => ({
        line: lc.linePos(e.pos[0]).line,
        field: '',
        syntax: e.code,
        message: `not valid YAML or JSON: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    return { ok: false, errors: [{ line: 1, field: '', message: (e as Error).message }] };
  }
  const res = checkValue(value);
  if (res.ok) return res;
  const errors = res.issues.slice(0, 20).map((issue) => {
    const key = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
    const path = key !== undefined ? [...issue.path, key] : issue.path;
    return { line: lineOf(doc, lc, issue.path, key), field: fieldPath(path), message: describe(issue) };
  });
  errors.sort((a, b) => a.line - b.line);
  return { ok: false, errors };
}

/** Parses and validates a profile (YAML or JSON); throws a ProfileError naming line and field. */
export function parseProfile(source: string): TeamProfile {
  const res = validateProfile(source);
  if (!res.ok) throw new ProfileError(res.errors);
  return res.profile;
}
