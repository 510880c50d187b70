/**
 * Precision/recall of the built-in packs on the labelled corpus (tests/corpus/*.jsonl), per split,
 * language and category. Shared by the corpus test and `npx tsx tests/corpus/report.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Finding } from '../../lib/analysis';
import { isFlagging, type Lang } from '../../lib/analysis/types';

export type Label = 'sales_pitch' | 'engagement_bait' | 'clean';
export interface Draft {
  id: string;
  text: string;
  lang: Lang;
  label: Label;
  subtype?: string;
  spans: string[];
  source?: string;
}
export type Split = 'dev' | 'heldout';

const DIR = 'tests/corpus';
const CATEGORY: Record<Exclude<Label, 'clean'>, Row['category']> = {
  sales_pitch: 'sales-pitch',
  engagement_bait: 'engagement-bait',
};

export function loadSplit(split: Split): Draft[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(`.${split}.jsonl`))
    .sort()
    .flatMap((f) =>
      readFileSync(join(DIR, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as Draft),
    );
}

export interface Row {
  lang: Lang;
  category: 'sales-pitch' | 'engagement-bait';
  positives: number;
  flagged: number;
  truePositives: number;
  recall: number;
  precision: number;
}
export interface Result {
  rows: Row[];
  clean: Record<Lang, { total: number; flagged: number; share: number }>;
  spans: { total: number; overlapped: number; share: number };
  misses: Array<{ id: string; why: string; text: string; found: string[] }>;
}

/** Where the gold span stands in the text (first occurrence). */
const spanRange = (text: string, span: string): [number, number] | undefined => {
  const at = text.indexOf(span);
  return at < 0 ? undefined : [at, at + span.length];
};

export function evaluate(drafts: readonly Draft[]): Result {
  const rows: Row[] = [];
  const misses: Result['misses'] = [];
  const clean = { en: { total: 0, flagged: 0, share: 0 }, de: { total: 0, flagged: 0, share: 0 } };
  let spanTotal = 0;
  let spanHit = 0;
  const reports = new Map(drafts.map((d) => [d.id, analyze(d.text, { lang: d.lang }).findings.filter(isFlagging)]));

  for (const lang of ['en', 'de'] as const) {
    for (const label of ['sales_pitch', 'engagement_bait'] as const) {
      const category = CATEGORY[label];
      let positives = 0;
      let flagged = 0;
      let tp = 0;
      for (const d of drafts.filter((x) => x.lang === lang)) {
        const found = reports.get(d.id)!.filter((f) => f.category === category);
        const isPositive = d.label === label;
        if (isPositive) positives++;
        if (found.length === 0) {
          if (isPositive) misses.push({ id: d.id, why: `missed ${category}`, text: d.text, found: [] });
          continue;
        }
        flagged++;
        // a draft of the other kind flagged here counts as right only where the reader pointed at the phrase
        const pointedAt =
          d.label !== 'clean' &&
          found.some((f) => d.spans.some((s) => {
            const r = spanRange(d.text, s);
            return r && f.start < r[1] && r[0] < f.end;
          }));
        if (isPositive || pointedAt) tp++;
        else misses.push({ id: d.id, why: `false ${category}`, text: d.text, found: found.map((f) => `${f.ruleId}: ${f.text}`) });
      }
      rows.push({
        lang,
        category,
        positives,
        flagged,
        truePositives: tp,
        recall: positives ? drafts.filter((d) => d.lang === lang && d.label === label && reports.get(d.id)!.some((f) => f.category === category)).length / positives : 1,
        precision: flagged ? tp / flagged : 1,
      });
    }
    for (const d of drafts.filter((x) => x.lang === lang && x.label === 'clean')) {
      clean[lang].total++;
      if (reports.get(d.id)!.length) clean[lang].flagged++;
    }
    clean[lang].share = clean[lang].total ? clean[lang].flagged / clean[lang].total : 0;
  }
  for (const d of drafts) {
    const findings = reports.get(d.id)!;
    for (const s of d.spans) {
      const r = spanRange(d.text, s);
      if (!r) continue;
      spanTotal++;
      if (findings.some((f) => f.start < r[1] && r[0] < f.end)) spanHit++;
    }
  }
  return { rows, clean, spans: { total: spanTotal, overlapped: spanHit, share: spanTotal ? spanHit / spanTotal : 1 }, misses };
}

export function formatTable(split: string, r: Result): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [
    `split ${split}`,
    'lang  category          drafts  flagged  recall    precision',
    ...r.rows.map(
      (x) => `${x.lang}    ${x.category.padEnd(16)}  ${String(x.positives).padStart(6)}  ${String(x.flagged).padStart(7)}  ${pct(x.recall).padStart(8)}  ${pct(x.precision).padStart(9)}`,
    ),
    ...(['en', 'de'] as const).map((l) => `${l}    clean flagged     ${String(r.clean[l].total).padStart(6)}  ${String(r.clean[l].flagged).padStart(7)}  ${pct(r.clean[l].share).padStart(8)}`),
    `gold spans overlapped by a finding: ${r.spans.overlapped}/${r.spans.total} (${pct(r.spans.share)})`,
  ];
  return lines.join('\n');
}
