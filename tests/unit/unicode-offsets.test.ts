/**
 * Findings carry exact UTF-16 offsets whatever surrounds them: emoji with skin tones and ZWJ,
 * flags, combining marks, right-to-left text, CRLF line ends.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';

/** Small seeded PRNG (mulberry32) so the drafts are the same on every run. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = ['👩🏽‍💻', '👨‍👩‍👧‍👦', '🇩🇪', '🏳️‍🌈', '❤️', '👍🏿', 'e\u0301', 'Cafe\u0301', 'שלום', 'مرحبا', '\u200b', '\u200d', '\r\n', '\n', '  ', '…', '«»', '1️⃣', '🎉🎉', 'Ａ', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'];
const PHRASES = {
  en: ['Like if you agree!', 'Tag a friend who needs this 👇', 'Buy now before it’s gone!', 'Only 3 left', 'Use code SAVE20 at checkout.', 'How was your weekend?', 'Agree?', 'Our bakery opens at 7.', 'Which CRM do you use?', 'Comment "GUIDE" and I’ll send it'],
  de: ['Jetzt zugreifen!', 'Markiere einen Freund, der das sehen muss 👇', 'Nur heute 30 % Rabatt', 'Wie war euer Wochenende?', 'Gewinnspiel!', 'Stimmt’s?', 'Der Bus fährt um 9:15.', 'Teile diesen Beitrag mit 5 Freunden', 'Link in Bio', 'Folgt uns für mehr'],
} as const;

function draft(r: () => number, lang: 'en' | 'de'): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const list = PHRASES[lang];
    parts.push(list[Math.floor(r() * list.length)]!);
    const k = Math.floor(r() * 3);
    for (let j = 0; j < k; j++) parts.push(NOISE[Math.floor(r() * NOISE.length)]!);
  }
  return parts.join(r() < 0.5 ? ' ' : '');
}

const r = rng(20261124);
const drafts = Array.from({ length: 240 }, (_, i) => ({ i, lang: i % 2 ? ('de' as const) : ('en' as const) })).map(
  ({ i, lang }) => ({ i, lang, text: draft(r, lang) }),
);

describe('offsets in messy Unicode', () => {
  it.each(drafts)('draft $i ($lang)', ({ text, lang }) => {
    for (const opts of [{ lang }, {}]) {
      const report = analyze(text, opts);
      expect(report.score).toBeGreaterThanOrEqual(0);
      expect(report.score).toBeLessThanOrEqual(100);
      for (const f of report.findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.text);
        // never splits a surrogate pair
        expect(f.text.charCodeAt(0) >= 0xdc00 && f.text.charCodeAt(0) <= 0xdfff).toBe(false);
        const last = f.text.charCodeAt(f.text.length - 1);
        expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
      }
    }
  });

  it('finds the bait in most generated drafts (the generator is not vacuous)', () => {
    const flagged = drafts.filter(({ text, lang }) => analyze(text, { lang }).findings.length > 0).length;
    expect(flagged).toBeGreaterThan(drafts.length / 2);
  });
});
