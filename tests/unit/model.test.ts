/** The shipped sentence model is exactly what the training script makes from the dev corpus, and stays conservative. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devDrafts, train } from '../../scripts/train-model';
import { LANGS } from '../../lib/analysis/types';
import { addressesReader, modelFor, probability } from '../../lib/analysis/model';
import { tokenize } from '../../lib/analysis/tokens';
import { analyze } from '../../lib/analysis';

describe('trained sentence model', () => {
  const shipped = JSON.parse(readFileSync('lib/analysis/model.json', 'utf8'));

  it('is reproducible from the dev corpus (run `npx tsx scripts/train-model.ts` after editing it)', () => {
    expect(train(devDrafts())).toEqual(shipped);
  });

  it.each(LANGS)('%s: speaks only with high confidence, and a pitch sentence only with support', (lang) => {
    for (const category of ['engagement-bait', 'sales-pitch']) {
      const m = shipped[lang][category];
      expect(m.threshold).toBeGreaterThanOrEqual(0.95);
      expect(Object.keys(m.weights).length).toBeGreaterThan(100);
    }
    expect(shipped[lang]['engagement-bait'].support).toBeUndefined();
    expect(shipped[lang]['sales-pitch'].support).toBeGreaterThanOrEqual(0.5);
  });

  // Found in the dev corpus rather than written here, so that retraining cannot make the test vacuous:
  // pitch-tone sentences, each read alone (no other sentence to support it) and beside a plain one.
  it.each(LANGS)('%s: a pitch-tone sentence stands only with another sentence that reads like a pitch', (lang) => {
    const plain = lang === 'en' ? 'The shop is on Mill Lane.' : 'Der Laden ist in der Mühlgasse.';
    const pitchTone = devDrafts()
      .filter((d) => d.lang === lang)
      .flatMap((d) => analyze(d.text, { lang }).findings.filter((f) => f.ruleId === 'sales-pitch/pitch-tone'))
      .slice(0, 20);
    expect(pitchTone.length).toBe(20);
    for (const f of pitchTone) {
      expect(analyze(f.text, { lang }).findings.map((x) => x.ruleId)).not.toContain('sales-pitch/pitch-tone');
      expect(analyze(`${plain} ${f.text}`, { lang }).findings.map((x) => x.ruleId)).not.toContain('sales-pitch/pitch-tone');
    }
  });

  // a word that is also a property of every JavaScript object once made the score NaN, and NaN is
  // never below the threshold: every sentence with "constructor" was reported as bait
  it.each(['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf'])('"%s" is an ordinary word to the model', (word) => {
    for (const lang of LANGS) expect(Number.isFinite(probability(modelFor(lang, 'engagement-bait')!, [word, `${word} x`]))).toBe(true);
    const findings = analyze(`As an alternative to the ${word}, you can use a factory function.`, { lang: 'en' }).findings;
    expect(findings.map((f) => f.ruleId)).toEqual([]);
  });

  // bait turns to its readers; a manual's sentence does not, and is never asked of the model
  it.each([
    ['en', 'Who is with me on this one', true],
    ['en', 'Share it below, I will read every one.', true],
    ['en', 'Reply with your pick', true],
    ['en', 'The program runs when a new shell starts.', false],
    ['de', 'Lächeln, wenn ihr den Herbst liebt', true],
    ['de', 'Wer freut sich auch', true],
    ['de', 'Schönen Sommer!', false],
    ['de', 'Das Programm, das dpkg ausführen wird, wenn es eine neue Shell startet.', false],
  ] as const)('%s: "%s" addresses readers: %s', (lang, text, expected) => {
    const tokens = tokenize(text);
    expect(addressesReader(tokens, 0, tokens.length, lang)).toBe(expected);
  });
});
