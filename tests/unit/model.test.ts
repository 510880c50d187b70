/** The shipped model is exactly what the training script makes from the dev corpus, and stays conservative. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { devDrafts, train } from '../../scripts/train-model';
import { LANGS } from '../../lib/analysis/types';
import { addressesReader, combined, draftLogit, modelFor, sentenceLogit, weightSum } from '../../lib/analysis/model';
import { tokenize } from '../../lib/analysis/tokens';
import { analyze } from '../../lib/analysis';

describe('trained model', () => {
  const shipped = JSON.parse(readFileSync('lib/analysis/model.json', 'utf8'));

  // training runs 5-fold cross-validation for each of four models: about 20 s on two cores
  it('is reproducible from the dev corpus (run `npx tsx scripts/train-model.ts` after editing it)', { timeout: 120_000 }, () => {
    expect(train(devDrafts())).toEqual(shipped);
  });

  // half of a surrogate pair is valid to JSON.parse but not to the build's JSON parser
  it('has only well-formed Unicode features', () => {
    for (const lang of LANGS) {
      for (const m of Object.values(shipped[lang]) as Array<{ weights: object; draft: { weights: object } }>) {
        for (const f of [...Object.keys(m.weights), ...Object.keys(m.draft.weights)]) expect(f.isWellFormed(), JSON.stringify(f)).toBe(true);
      }
    }
  });

  it.each(LANGS)('%s: speaks only above even odds, with both readings trained', (lang) => {
    for (const category of ['engagement-bait', 'sales-pitch']) {
      const m = shipped[lang][category];
      expect(m.threshold).toBeGreaterThanOrEqual(0.5);
      expect(Object.keys(m.weights).length).toBeGreaterThan(100);
      expect(Object.keys(m.draft.weights).length).toBeGreaterThan(100);
    }
  });

  // Found in the dev corpus rather than written here, so that retraining cannot make the test vacuous:
  // every sentence the model flags in its own draft, set into a plain notice of opening hours: all
  // but a few (at most 2 %) must fall silent there.
  const notice = {
    en: 'Our opening hours change on 1 March. We open at 9 and close at 18 on weekdays. On Saturdays we close at 14.',
    de: 'Ab dem 1. März ändern sich unsere Öffnungszeiten. Werktags öffnen wir um 9 und schließen um 18 Uhr. Samstags schließen wir um 14 Uhr.',
  };
  it.each(LANGS)('%s: a pitch-tone sentence stands only in a draft that reads like a pitch', (lang) => {
    const pitchTone = devDrafts()
      .filter((d) => d.lang === lang)
      .flatMap((d) => analyze(d.text, { lang }).findings.filter((f) => f.ruleId === 'sales-pitch/pitch-tone'));
    expect(pitchTone.length).toBeGreaterThan(100);
    const inNotice = pitchTone.filter((f) => analyze(`${notice[lang]} ${f.text}`, { lang }).findings.some((x) => x.ruleId === 'sales-pitch/pitch-tone'));
    // a few are ad copy wherever they stand ("Introducing the most comfortable running shoe we've ever made.")
    expect(inNotice.length, inNotice.map((f) => f.text).join('\n')).toBeLessThanOrEqual(pitchTone.length * 0.02);
  });

  // a word that is also a property of every JavaScript object once made the score NaN, and NaN is
  // never below the threshold: every sentence with "constructor" was reported as bait
  it.each(['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf'])('"%s" is an ordinary word to the model', (word) => {
    for (const lang of LANGS) {
      const m = modelFor(lang, 'engagement-bait')!;
      const features = [word, `${word} x`];
      expect(Number.isFinite(combined(draftLogit(m, weightSum(m.draft.weights, features), 2), sentenceLogit(m, features)))).toBe(true);
    }
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
