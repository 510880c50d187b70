/** The tokenizer around links: trailing punctuation, and no state carried from one call to the next. */
import { describe, expect, it } from 'vitest';
import { analyze, clearAnalysisCache } from '../../lib/analysis';
import { sentences, tokenize } from '../../lib/analysis/tokens';

const norms = (text: string) => tokenize(text).map((t) => t.norm);

describe('tokenize', () => {
  it.each([
    ['Docs: https://example.com/a). More text', ['docs', ':', 'https://example.com/a', ')', '.', 'more', 'text']],
    ['See www.example.com, then stop.', ['see', 'www.example.com', ',', 'then', 'stop', '.']],
    ['Order at shop.example.de! Thanks', ['order', 'at', 'shop.example.de', '!', 'thanks']],
  ])('keeps the punctuation after a link: %s', (text, expected) => {
    expect(norms(text)).toEqual(expected);
  });

  it('ends the sentence at the punctuation after a link', () => {
    const text = 'Order at shop.example.de! Thanks for reading.';
    expect(sentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end))).toEqual(['Order at shop.example.de!', 'Thanks for reading.']);
  });

  it('reads each text from its first character, whatever the text before it held', () => {
    const next = 'with support for 256 colors and more words in this long sentence';
    const fresh = norms(next);
    for (const before of ['Docs: https://example.com/a). More', 'see www.example.com, and', 'x.io!']) {
      tokenize(before);
      expect(norms(next)).toEqual(fresh);
    }
  });

  it('gives the same findings after a draft with a link as on its own', () => {
    // before the fix the second draft was read from the wrong offset: "…suppo|rt for" became share bait
    const draft = 'X uses the X package to allow for converting between various colors and ANSI escapes, with support for 256 and 16 million colors.';
    clearAnalysisCache();
    const alone = analyze(draft, { lang: 'en' }).findings;
    clearAnalysisCache();
    analyze('New drop is live: shop.example.com/winter. Go have a look!', { lang: 'en' });
    expect(analyze(draft, { lang: 'en' }).findings).toEqual(alone);
  });
});
