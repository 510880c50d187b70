/**
 * Properties of `analyze` for arbitrary drafts (fast-check): it never throws, its offsets are exact,
 * it is deterministic, and a draft reached by incremental edits gives the findings a fresh analysis gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clearAnalysisCache } from '../../lib/analysis';

const pieces = fc.constantFrom(
  'Like if you agree! ', 'Tag a friend who needs this 👇', 'Jetzt zugreifen! ', 'Nur heute 30 % Rabatt. ', 'Agree?',
  'Wie war euer Wochenende?', 'Use code SAVE20 ', 'Link in Bio', 'The bus leaves at 9:15. ', '👩🏽‍💻', '🇩🇪', '\u200d', '\u200b',
  'e\u0301', 'שלום ', 'مرحبا ', '\r\n', '\n\n', 'Supercalifragilisticexpialidocious'.repeat(3), '#Gewinnspiel ', '@echt ', 'https://example.com/x?y=1 ',
);
const draft = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme-composite', maxLength: 12 })), { maxLength: 25 }).map((a) => a.join('')),
);
const lang = fc.constantFrom<'en' | 'de' | undefined>('en', 'de', undefined);

function checkOffsets(text: string, l: 'en' | 'de' | undefined) {
  const r = analyze(text, { lang: l });
  for (const f of r.findings) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeLessThan(f.end);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(100);
  return r;
}

describe('analyze properties', () => {
  it('never throws and keeps exact offsets on arbitrary Unicode', () => {
    fc.assert(fc.property(draft, lang, (text, l) => void checkOffsets(text, l)), { numRuns: 400 });
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(draft, lang, (text, l) => {
        expect(analyze(text, { lang: l })).toEqual(analyze(text, { lang: l }));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same findings after incremental edits as from scratch', () => {
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 5 }), ins: fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 3 })) });
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 15 }), lang, (start, edits, l) => {
        let text = start;
        for (const e of edits) {
          const at = text.length ? e.at % (text.length + 1) : 0;
          text = text.slice(0, at) + e.ins + text.slice(at + e.del);
          checkOffsets(text, l);
        }
        const incremental = analyze(text, { lang: l });
        clearAnalysisCache();
        expect(incremental).toEqual(analyze(text, { lang: l }));
      }),
      { numRuns: 150 },
    );
  });

  it('handles a 100 000-character draft, an empty draft and an emoji-only draft', () => {
    const long = 'Like if you agree! Our bakery opens at 7. '.repeat(2400).slice(0, 100_000);
    const r = checkOffsets(long, undefined);
    expect(r.findings.length).toBeGreaterThan(1000);
    expect(analyze('').findings).toEqual([]);
    expect(analyze('').score).toBe(100);
    expect(analyze('🎉🎉👩‍👩‍👧‍👦🇩🇪').findings).toEqual([]);
  });
});
