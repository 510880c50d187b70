/**
 * Trains lib/analysis/model.json from the dev corpus only (never the held-out split):
 * `npx tsx scripts/train-model.ts`. Deterministic: same corpus, same file — a unit test checks it.
 *
 * Unit: a sentence. Positive for a category: a sentence of a draft with that label that holds a
 * gold span. Negative: every other sentence. Logistic regression with L2, fixed epochs and order.
 *
 * Threshold: 5-fold cross-validation by draft over dev; each held-back clean draft is scored as the
 * analyzer would flag it, and the threshold lies above all but 0.2 % of them (never below 0.95).
 * The 0.95 floor was chosen on the 9596 README and man-page paragraphs of `scripts/scan-prose.ts`.
 *
 * Engagement bait: the model reads only sentences that turn to the reader (model.ts,
 * addressesReader). Sales pitches share their words with ordinary shop news and service replies:
 * alone, a pitch model flagged 5 % of clean drafts in cross-validation at 0.9. So a pitch sentence
 * counts only with support: another sentence of the draft must score at least 0.5 (or hold a pitch
 * pattern). In cross-validation that flagged none of the clean drafts at 0.95; ads are made of
 * several sentences that read like ads, a venue's news has one shop word. Its sum of weights is
 * damped by sentence length (model.ts, `lengthScale`), which README prose showed to be needed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { lengthScale, probability, sentenceFeatures, supportedBy, type LinearModel, type ModelCategory, type ModelFile } from '../lib/analysis/model';
import { sentences, tokenize } from '../lib/analysis/tokens';
import { LANGS, type Lang } from '../lib/analysis/types';

interface Draft { text: string; lang: Lang; label: 'sales_pitch' | 'engagement_bait' | 'clean'; spans: string[] }
interface Unit { features: string[]; category: ModelCategory | 'none'; clean: boolean }

/**
 * The modelled categories and how their models differ (model.ts, `LinearModel`): `support`, how
 * strongly another sentence of the draft must read like the category; `scaled`, a sum of weights
 * damped by sentence length.
 */
const MODELLED: Record<ModelCategory, Pick<LinearModel, 'support' | 'scaled'>> = {
  'engagement-bait': {},
  'sales-pitch': { support: 0.5, scaled: true },
};
const EPOCHS = 25;
const RATE = 0.3;
const L2 = 1e-4;
const FOLDS = 5;
const MIN_THRESHOLD = 0.95;
/** Share of held-back clean drafts the model may flag in cross-validation. */
const CLEAN_SHARE = 0.002;
// Weights this small change no decision that matters and would only bloat the shipped file.
const PRUNE = 0.1;
const MIN_COUNT = 2;

function units(d: Draft): Unit[] {
  const tokens = tokenize(d.text);
  return sentences(d.text, tokens).map((s) => {
    const gold = d.label !== 'clean' && d.spans.some((span) => {
      const i = d.text.indexOf(span);
      return i < s.end && s.start < i + span.length;
    });
    const category = gold ? (d.label === 'sales_pitch' ? 'sales-pitch' : 'engagement-bait') : 'none';
    return { features: sentenceFeatures(tokens, s.first, s.last), category, clean: d.label === 'clean' };
  });
}

function fit(all: readonly Unit[], category: ModelCategory): Omit<LinearModel, 'threshold'> {
  // A feature seen once is a fact about one draft, not about how pitches or bait are written.
  const seen = new Map<string, number>();
  for (const u of all) for (const f of u.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const scaled = MODELLED[category].scaled === true;
  const data = all.map((u) => ({ ...u, scale: scaled ? lengthScale(u.features.length) : 1, features: u.features.filter((f) => seen.get(f)! >= MIN_COUNT) }));
  const w = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const u of data) {
      let z = bias;
      for (const f of u.features) z += (w.get(f) ?? 0) * u.scale;
      const g = (u.category === category ? 1 : 0) - 1 / (1 + Math.exp(-z));
      bias += RATE * g;
      for (const f of u.features) {
        const v = w.get(f) ?? 0;
        w.set(f, v + RATE * (g * u.scale - L2 * v));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const r = Math.round(v * 100) / 100;
    if (Math.abs(r) >= PRUNE) weights[f] = r;
  }
  return { bias: Math.round(bias * 1000) / 1000, weights, ...(scaled && { scaled: true as const }) };
}

const score = (m: Omit<LinearModel, 'threshold'>, features: readonly string[]) => probability({ ...m, threshold: 1 }, features);

/** The score a draft's flagged sentence reaches: its best sentence, if another one gives the support asked for. */
function draftScore(scores: readonly number[], support: number | undefined): number {
  if (support === undefined) return Math.max(0, ...scores);
  let best = 0;
  for (const [i, s] of scores.entries()) if (s > best && supportedBy(scores, i, support)) best = s;
  return best;
}

export function train(drafts: readonly Draft[]): ModelFile {
  const out = {} as ModelFile;
  for (const lang of LANGS) {
    const byDraft = drafts.filter((d) => d.lang === lang).map(units);
    const data = byDraft.flat();
    out[lang] = {};
    for (const category of Object.keys(MODELLED) as ModelCategory[]) {
      const { support } = MODELLED[category];
      // Held-back clean drafts, scored as the analyzer would flag them (with support where asked).
      const cleanScores: number[] = [];
      for (let k = 0; k < FOLDS; k++) {
        const m = fit(byDraft.filter((_, i) => i % FOLDS !== k).flat(), category);
        for (const d of byDraft.filter((_, i) => i % FOLDS === k)) {
          if (d[0]?.clean) cleanScores.push(draftScore(d.map((u) => score(m, u.features)), support));
        }
      }
      // Above all but 1 in 500 held-back clean drafts (a checker that cries wolf gets switched
      // off), yet not above all of them: one genuine "Seht ihr das auch so …?" must not veto the model.
      cleanScores.sort((a, b) => b - a);
      const highest = cleanScores[Math.floor(cleanScores.length * CLEAN_SHARE)] ?? 0;
      const threshold = Math.max(MIN_THRESHOLD, Math.ceil(highest * 1000 + 1e-6) / 1000);
      out[lang][category] = { ...fit(data, category), threshold, ...(support !== undefined && { support }) };
    }
  }
  return out;
}

export const devDrafts = (): Draft[] =>
  LANGS.flatMap((lang) => readFileSync(`tests/corpus/lead-${lang}.dev.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Draft));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const model = train(devDrafts());
  writeFileSync('lib/analysis/model.json', `${JSON.stringify(model)}\n`);
  for (const lang of LANGS) {
    for (const [cat, m] of Object.entries(model[lang])) console.log(lang, cat, 'threshold', m.threshold, 'weights', Object.keys(m.weights).length);
  }
}
