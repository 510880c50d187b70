/** `limit`: counts per draft and per platform, with the platforms' own character limits as defaults. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { Platform } from '../../lib/analysis/types';
import type { Count, TeamProfile } from '../../lib/profile/types';
import { PLATFORM_CHARACTERS } from '../../lib/rules/kinds/limit';

const run = (text: string, count: Count, max?: number, platform?: Platform, platforms?: Platform[]) => {
  const profile: TeamProfile = { rules: [{ id: 'lim', kind: 'limit', count, max, platforms }] };
  return analyze(text, { lang: 'en', platform, profile }).findings.filter((f) => f.ruleId === 'team/lim');
};

describe('limit', () => {
  it.each([
    ['emoji', 'Fresh bread 🥖🥐👨‍👩‍👧 today', 2, ['👨‍👩‍👧']],
    ['hashtags', 'New #bread #bakery #fresh #local', 2, ['#fresh', '#local']],
    ['exclamations', 'Open! Fresh!! Bread', 1, ['!', '!']],
    ['caps-words', 'FRESH bread, BIG news, HUGE day', 2, ['HUGE']],
    ['mentions', 'Thanks @anna @tom @lea', 2, ['@lea']],
    ['links', 'See https://a.de and www.b.com and c.org', 1, ['www.b.com', 'c.org']],
  ] as const)('%s: marks what is past the limit', (count, text, max, expected) => {
    const found = run(text, count, max);
    expect(found.map((f) => f.text)).toEqual(expected);
    expect(found[0]!.message).toMatch(new RegExp(`At most ${max} .* \\(this draft has ${max + expected.length}\\)`));
  });

  it('stays quiet at the limit', () => expect(run('#a #b', 'hashtags', 2)).toEqual([]));

  it('characters: platform defaults X 280, LinkedIn 3000, Facebook 63206; graphemes count once', () => {
    expect(PLATFORM_CHARACTERS).toEqual({ x: 280, linkedin: 3000, facebook: 63206 });
    const text = 'a'.repeat(279) + '👨‍👩‍👧';
    expect(run(text, 'characters', undefined, 'x')).toEqual([]);
    const [f] = run(`${text}bc`, 'characters', undefined, 'x');
    expect(f!.text).toBe('bc');
    expect(run('a'.repeat(2000), 'characters', undefined, 'linkedin')).toEqual([]);
    expect(run('a'.repeat(3001), 'characters', undefined, 'linkedin')).toHaveLength(1);
    expect(run('a'.repeat(3001), 'characters')).toEqual([]);
  });

  it('applies only on the platforms it names', () => {
    expect(run('#a #b #c', 'hashtags', 1, 'linkedin', ['linkedin'])).toHaveLength(2);
    expect(run('#a #b #c', 'hashtags', 1, 'x', ['linkedin'])).toEqual([]);
    expect(run('#a #b #c', 'hashtags', 1, undefined, ['linkedin'])).toEqual([]);
  });
});
