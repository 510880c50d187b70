/** The authenticity score (lib/analysis/score.ts): what 100, 90, 70 and 40 mean, pinned on drafts. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analysis';

const longClean = 'We spent the morning at the market talking to the farmers who grow our rye. '.repeat(16);

describe('score', () => {
  it('is 100 when nothing is flagged', () => {
    expect(analyze('Our bakery opens at 7 on Monday.', { lang: 'en' }).score).toBe(100);
  });

  it('stays in the 90s for a buzzword hint alone', () => {
    const s = analyze('We create synergy between our teams.', { lang: 'en' }).score;
    expect(s).toBeGreaterThanOrEqual(90);
    expect(s).toBeLessThan(100);
  });

  it('drops to the 70s/80s for one warning in a short post', () => {
    const s = analyze('Like if you agree!', { lang: 'en' }).score;
    expect(s).toBeGreaterThanOrEqual(70);
    expect(s).toBeLessThan(90);
  });

  it('weighs the same warning less in a long post', () => {
    const short = analyze('Like if you agree!', { lang: 'en' }).score;
    const long = analyze(`${longClean} Like if you agree!`, { lang: 'en' }).score;
    expect(long).toBeGreaterThan(short);
    expect(long).toBeGreaterThanOrEqual(90);
  });

  it('falls below 40 for a draft built of bait and hard sell', () => {
    const s = analyze(
      'GIVEAWAY 🎉 Like and share this post! Tag 3 friends! Only 3 left, buy now! Use code SAVE20.',
      { lang: 'en' },
    ).score;
    expect(s).toBeLessThan(40);
  });

  it('an error costs more than a warning', () => {
    const warn = analyze('Like if you agree!', { lang: 'en' }).score;
    const err = analyze('Like if you agree!', { lang: 'en', profile: { severity: { 'engagement-bait': 'error' } } }).score;
    expect(err).toBeLessThan(warn);
  });
});
