/**
 * Trains lib/analysis/model.json from the dev corpus only (never the held-out split):
 * `npx tsx scripts/train-model.ts`. Deterministic: same corpus, same file — a unit test checks it.
 *
 * Two logistic regressions per language and category (L2, fixed epochs and order):
 * - the sentence's reading. Positive: a sentence of a draft with that label that holds a gold span;
 *   negative: every other sentence.
 * - the draft's reading. Unit: a whole draft, as the bag of its sentences' features; positive: a
 *   draft with that label.
 * The analyzer combines them (model.ts, `combined`). Pitch words are shop words: alone, a pitch
 * sentence model flagged 5 % of clean drafts in cross-validation at 0.9; read with its draft, a
 * venue's news with one shop word stays below the threshold while an ad's sentences do not. In
 * 5-fold cross-validation on dev this found about twice the pitches and half again the bait of a
 * sentence model with a second-sentence check, at the same share of clean drafts flagged.
 *
 * Threshold: 5-fold cross-validation by draft over dev; each held-back clean draft is scored as the
 * analyzer would flag it, and the threshold lies above all but 0.5 % of them (never below the floor
 * of `MODELLED`).
 * At 0.2 % the threshold was set by the second-highest of about 600 clean drafts per language, and
 * model-alone pitch recall in an outer cross-validation was 30 % (en) and 41 % (de); at 0.5 %, 55 %
 * and 49 %, with 2 and 3 clean drafts of 600 flagged by the model (`L2` 1e-3; 1e-4 was a little worse).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { asksModel, combined, draftLogit, lengthScale, MIN_LOGIT, sentenceFeatures, sentenceLogit, weightSum, type LinearModel, type ModelCategory, type ModelFile, type Weights } from '../lib/analysis/model';
import { sentences, tokenize } from '../lib/analysis/tokens';
import { LANGS, type Lang } from '../lib/analysis/types';

interface Draft { text: string; lang: Lang; label: 'sales_pitch' | 'engagement_bait' | 'clean'; spans: string[] }
interface Sentence { features: string[]; gold: ModelCategory | 'none'; asked: Record<ModelCategory, boolean> }
interface DraftUnits { label: ModelCategory | 'clean'; sentences: Sentence[] }
interface Example { features: string[]; positive: boolean; scale: number }

const LABEL = { sales_pitch: 'sales-pitch', engagement_bait: 'engagement-bait', clean: 'clean' } as const;
/**
 * How the categories' models differ. `scaled`: the sentence's sum of weights is damped by its
 * length (model.ts, `lengthScale`); README prose showed the pitch model needs it. `floor`: the
 * lowest threshold; for pitches 0.95, chosen on the README and man-page paragraphs of
 * `scripts/scan-prose.ts` (at 0.927 the German model read six man-page sentences such as "Diese
 * Version von ps basiert auf …" as ad copy, at 0.95 three); it cost no recall in an outer
 * cross-validation. Bait sentences must turn to the reader (model.ts, `asksModel`), which keeps
 * prose out, so its floor is even odds.
 */
const MODELLED: Record<ModelCategory, { scaled: boolean; floor: number }> = {
  'sales-pitch': { scaled: true, floor: 0.95 },
  'engagement-bait': { scaled: false, floor: 0.5 },
};
const EPOCHS = 25;
const RATE = 0.3;
const L2 = 1e-3;
const FOLDS = 5;
/** Share of held-back clean drafts the model may flag in cross-validation. */
const CLEAN_SHARE = 0.005;
// Weights this small change no decision that matters and would only bloat the shipped file.
const PRUNE = 0.1;
const MIN_COUNT = 2;

function units(d: Draft): DraftUnits {
  const tokens = tokenize(d.text);
  return {
    label: LABEL[d.label],
    sentences: sentences(d.text, tokens).map((s) => {
      const gold = d.label !== 'clean' && d.spans.some((span) => {
        const i = d.text.indexOf(span);
        return i < s.end && s.start < i + span.length;
      });
      const asked = { 'sales-pitch': asksModel('sales-pitch', tokens, s.first, s.last, d.lang), 'engagement-bait': asksModel('engagement-bait', tokens, s.first, s.last, d.lang) };
      return { features: sentenceFeatures(tokens, s.first, s.last), gold: gold ? LABEL[d.label] as ModelCategory : 'none', asked };
    }),
  };
}

function fit(examples: readonly Example[]): Weights {
  // A feature seen once is a fact about one draft, not about how pitches or bait are written.
  const seen = new Map<string, number>();
  for (const u of examples) for (const f of u.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const data = examples.map((u) => ({ ...u, features: u.features.filter((f) => seen.get(f)! >= MIN_COUNT) }));
  const w = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const u of data) {
      let z = bias;
      for (const f of u.features) z += (w.get(f) ?? 0) * u.scale;
      const g = (u.positive ? 1 : 0) - 1 / (1 + Math.exp(-z));
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
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

const bag = (d: DraftUnits): string[] => d.sentences.flatMap((s) => s.features);

/** Both readings of one category, without a threshold yet. */
function fitModel(drafts: readonly DraftUnits[], category: ModelCategory): Omit<LinearModel, 'threshold'> {
  const { scaled } = MODELLED[category];
  const sentenceModel = fit(drafts.flatMap((d) => d.sentences.map((s) => ({ features: s.features, positive: s.gold === category, scale: scaled ? lengthScale(s.features.length) : 1 }))));
  const draft = fit(drafts.map((d) => {
    const features = bag(d);
    return { features, positive: d.label === category, scale: lengthScale(features.length) };
  }));
  return { ...sentenceModel, draft, ...(scaled && { scaled: true as const }) };
}

/** What the analyzer would flag a draft with: its best sentence that is asked and leans to the category, read with the draft. */
function draftScore(model: Omit<LinearModel, 'threshold'>, d: DraftUnits, category: ModelCategory): number {
  const features = bag(d);
  const z = draftLogit(model, weightSum(model.draft.weights, features), features.length);
  let best = 0;
  for (const s of d.sentences) {
    if (!s.asked[category]) continue;
    const logit = sentenceLogit(model, s.features);
    if (logit >= MIN_LOGIT) best = Math.max(best, combined(z, logit));
  }
  return best;
}

export function train(drafts: readonly Draft[]): ModelFile {
  const out = {} as ModelFile;
  for (const lang of LANGS) {
    const byDraft = drafts.filter((d) => d.lang === lang).map(units);
    out[lang] = {};
    for (const category of Object.keys(MODELLED) as ModelCategory[]) {
      // Held-back clean drafts, scored as the analyzer would flag them.
      const cleanScores: number[] = [];
      for (let k = 0; k < FOLDS; k++) {
        const m = fitModel(byDraft.filter((_, i) => i % FOLDS !== k), category);
        for (const d of byDraft.filter((_, i) => i % FOLDS === k)) if (d.label === 'clean') cleanScores.push(draftScore(m, d, category));
      }
      // Above all but 1 in 200 held-back clean drafts (a checker that cries wolf gets switched
      // off), yet not above all of them: one genuine "Seht ihr das auch so …?" must not veto the model.
      cleanScores.sort((a, b) => b - a);
      const highest = cleanScores[Math.floor(cleanScores.length * CLEAN_SHARE)] ?? 0;
      const threshold = Math.max(MODELLED[category].floor, Math.ceil(highest * 1000 + 1e-6) / 1000);
      out[lang][category] = { ...fitModel(byDraft, category), threshold };
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
    for (const [cat, m] of Object.entries(model[lang])) console.log(lang, cat, 'threshold', m.threshold, 'weights', Object.keys(m.weights).length, 'draft weights', Object.keys(m.draft.weights).length);
  }
}
