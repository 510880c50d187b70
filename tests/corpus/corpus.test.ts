/** Detection quality on the labelled corpus: both splits must meet the bar. */
import { describe, expect, it } from 'vitest';
import { evaluate, formatTable, loadSplit, type Split } from './metrics';

const RECALL = 0.9;
const PRECISION = 0.92;
const CLEAN_FLAGGED = 0.03;
// The held-out split is never tuned on (each batch is committed before any change it measures), so
// its recall is what new posts will see; the same bars hold there as on the dev split.

describe.each(['dev', 'heldout'] as Split[])('corpus, %s split', (split) => {
  const drafts = loadSplit(split);
  const result = evaluate(drafts);

  it('is a real corpus: enough drafts, German share, all three labels, spans inside the text', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(split === 'dev' ? 400 : 150);
    expect(drafts.filter((d) => d.lang === 'de').length / drafts.length).toBeGreaterThanOrEqual(0.4);
    for (const label of ['sales_pitch', 'engagement_bait', 'clean']) {
      expect(drafts.filter((d) => d.label === label).length / drafts.length).toBeGreaterThan(0.25);
    }
    for (const d of drafts) for (const s of d.spans) expect(d.text, d.id).toContain(s);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
  });

  it('meets recall, precision and the clean-flagged bar per language and category', () => {
    console.log(formatTable(split, result));
    for (const row of result.rows) {
      expect(row.recall, `${row.lang} ${row.category} recall`).toBeGreaterThanOrEqual(RECALL);
      expect(row.precision, `${row.lang} ${row.category} precision`).toBeGreaterThanOrEqual(PRECISION);
    }
    for (const lang of ['en', 'de'] as const) {
      expect(result.clean[lang].share, `${lang} clean drafts flagged`).toBeLessThanOrEqual(CLEAN_FLAGGED);
    }
  });
});

// the issue asks for at least a quarter; new dev drafts need new untuned held-out drafts beside them
it('keeps at least a quarter of the corpus as the held-out split', () => {
  const heldout = loadSplit('heldout').length;
  expect(heldout / (heldout + loadSplit('dev').length)).toBeGreaterThanOrEqual(0.25);
});
