/** The pattern language itself, on one sentence each: what a rule author can rely on. */
import { describe, expect, it } from 'vitest';
import { compilePatterns, matchPattern, type MatchContext } from '../../lib/analysis/pattern';
import { tokenize } from '../../lib/analysis/tokens';

/** The text of the first match of `source` anywhere in `sentence`, or undefined. */
function firstMatch(source: string, sentence: string): string | undefined {
  const tokens = tokenize(sentence);
  const ctx: MatchContext = { tokens, first: 0, last: tokens.length, tagsAt: () => new Set() };
  for (const p of compilePatterns(source, 'de')) {
    for (let at = 0; at < tokens.length; at++) {
      const m = matchPattern(p, ctx, at);
      if (m) return sentence.slice(tokens[m.first]!.start, tokens[m.last - 1]!.end);
    }
  }
  return undefined;
}

describe('token patterns', () => {
  it.each([
    // a gap before "$" stretches to the sentence's end instead of failing on its shortest try
    ['^ bestellt ~6 $', 'Bestellt bis zum 28. November!', 'Bestellt bis zum 28. November'],
    ['^ bestellt ~6 $', 'Bestellt bis zum 28. November, dann ist euer Kranz pünktlich zum Advent da.', undefined],
    ['^ bestellt [euch] _ $', 'Bestellt euch welche 🎄', 'Bestellt euch welche'],
    ['^ ~6 bestellen $', 'Einfach online bestellen.', 'Einfach online bestellen'],
    ['jetzt bestellen', 'Die Kollektion ist da – jetzt bestellen!', 'jetzt bestellen'],
    ['^ jetzt bestellen', 'Die Kollektion ist da – jetzt bestellen!', undefined],
    ['(ab sofort)|jetzt erhältlich', 'Ab sofort erhältlich.', 'Ab sofort erhältlich'],
    ['gönn dir', 'Gönn dir was!', 'Gönn dir'],
    // "|" binds single tokens: a phrase among alternatives needs parentheses
    ['einzigartig in deutschland|der region', 'Einzigartig in Deutschland.', undefined],
    ['einzigartig in deutschland|(der region)', 'Einzigartig in Deutschland.', 'Einzigartig in Deutschland'],
    ['einzigartig in deutschland|(der region)', 'Einzigartig in der Region.', 'Einzigartig in der Region'],
  ])('%s in "%s" → %s', (source, sentence, expected) => {
    expect(firstMatch(source, sentence)).toBe(expected);
  });
});
