/**
 * A precision check on real prose that is not social media: `npx tsx scripts/scan-prose.ts`.
 * English: the README.md files of the installed npm packages; German: the man pages under
 * /usr/share/man/de (Debian's manpages-de, when installed). Every paragraph is analysed in its
 * language; the script prints the share of paragraphs with a finding and, per rule, the first
 * findings in context, so that an over-eager pattern shows itself. Nothing here is a test: the
 * texts depend on what is installed. Pass `--all` to print every finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { analyze } from '../lib/analysis';
import type { Lang } from '../lib/analysis/types';

const MIN = 40;
const MAX = 600;

function walk(dir: string, keep: (path: string, size: number) => boolean, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of names) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) walk(path, keep, out);
    else if (st?.isFile() && keep(path, st.size)) out.push(path);
  }
  return out;
}

/** Prose paragraphs of a README: no code, no markup, no headings, lists or tables. */
function markdownParagraphs(md: string): string[] {
  const text = md
    .replace(/```[\s\S]*?```/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`[^`]*`/g, 'X');
  return text.split(/\n\s*\n/).map((para) =>
    para
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/^(#|\||-|\*|>)/.test(l))
      .join(' '),
  );
}

/** Running text of a troff man page: macro lines dropped, font and escape sequences removed. */
function manParagraphs(troff: string): string[] {
  const lines: string[] = [];
  for (const line of troff.split('\n')) {
    if (/^[.']/.test(line)) {
      if (/^\.(PP|P|LP|SH|SS|TP|IP)\b/.test(line)) lines.push('');
      continue;
    }
    lines.push(line.replace(/\\f(\(..|\[[^\]]*\]|.)|\\\(..|\\[-&e]|\\[a-z]/g, ''));
  }
  return lines.join('\n').split(/\n\s*\n/).map((p) => p.split('\n').map((l) => l.trim()).filter(Boolean).join(' '));
}

function corpus(lang: Lang): string[] {
  if (lang === 'en') {
    return walk('node_modules', (p, size) => /README\.md$/i.test(p) && size < 60_000).flatMap((p) =>
      markdownParagraphs(readFileSync(p, 'utf8')),
    );
  }
  return walk('/usr/share/man/de', () => true).flatMap((p) => {
    const raw = readFileSync(p);
    return manParagraphs((p.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8'));
  });
}

const all = process.argv.includes('--all');
for (const lang of ['en', 'de'] as const) {
  const paragraphs = [...new Set(corpus(lang).filter((p) => p.length > MIN && p.length < MAX))];
  const byRule = new Map<string, string[]>();
  let flagged = 0;
  for (const p of paragraphs) {
    const findings = analyze(p, { lang }).findings;
    if (findings.length) flagged++;
    for (const f of findings) {
      const context = p.slice(Math.max(0, f.start - 50), f.end + 50).replace(/\s+/g, ' ');
      byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), `"${f.text}" in …${context}…`]);
    }
  }
  const share = paragraphs.length ? ((flagged / paragraphs.length) * 100).toFixed(2) : '–';
  console.log(`\n${lang}: ${paragraphs.length} paragraphs, ${flagged} with a finding (${share} %)`);
  for (const [rule, hits] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${rule}: ${hits.length}`);
    for (const h of all ? hits : hits.slice(0, 3)) console.log(`    ${h}`);
  }
}
