/** The issue asks that `npm run check -- --format jsonl tests/corpus/<file>` reads the corpus files unchanged. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FILES = ['lead-en.dev', 'lead-de.dev', 'lead-en.heldout', 'lead-de.heldout'].map((f) => `tests/corpus/${f}.jsonl`);

describe('check CLI on the corpus files', () => {
  it.each(FILES)('%s: one answer per draft, in order, in its language, without errors', (file) => {
    const drafts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; lang: string; label: string });
    const res = spawnSync('npm', ['run', '--silent', 'check', '--', '--format', 'jsonl', file], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr.split('\n').filter((l) => l && !l.startsWith('npm warn'))).toEqual([]);
    const out = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; lang: string; findings: unknown[] });
    expect(out.map((o) => o.id)).toEqual(drafts.map((d) => d.id));
    expect(out.map((o) => o.lang)).toEqual(drafts.map((d) => d.lang));
    // the file's own labels play no part, but most drafts labelled as problems get findings
    const labelled = out.filter((_, i) => drafts[i]!.label !== 'clean');
    expect(labelled.filter((o) => o.findings.length > 0).length / labelled.length).toBeGreaterThan(0.9);
  });
});
