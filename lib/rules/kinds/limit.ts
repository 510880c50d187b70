/**
 * `limit`: at most `max` emoji, hashtags, exclamation marks, all-caps words, mentions, links or
 * characters. Each item past the limit is marked, so the writer sees what to cut; for characters,
 * the text past the limit is marked. Without `max`, `characters` uses the platform's own limit.
 */
import type { Platform } from '../../analysis/types';
import type { Count, LimitRule } from '../../profile/types';
import { teamFinding, type TeamKind } from './index';

/** Post length limits of the platforms (X without a subscription; LinkedIn posts; Facebook posts). */
export const PLATFORM_CHARACTERS: Record<Platform, number> = { x: 280, linkedin: 3000, facebook: 63206 };

/** Marked items per rule: enough to show the problem without flooding a long draft. */
const MAX_MARKS = 20;

const NAMES: Record<Count, { en: string; de: string }> = {
  emoji: { en: 'emoji', de: 'Emojis' },
  hashtags: { en: 'hashtags', de: 'Hashtags' },
  exclamations: { en: 'exclamation marks', de: 'Ausrufezeichen' },
  'caps-words': { en: 'words in capitals', de: 'Wörter in Großbuchstaben' },
  mentions: { en: 'mentions', de: 'Erwähnungen' },
  links: { en: 'links', de: 'Links' },
  characters: { en: 'characters', de: 'Zeichen' },
};

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** Offsets where each user-perceived character starts (emoji with modifiers count once). */
function graphemeStarts(text: string): number[] {
  if (segmenter) return Array.from(segmenter.segment(text), (s) => s.index);
  const out: number[] = [];
  for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) out.push(i);
  return out;
}

export const limit: TeamKind<LimitRule> = (text, rule, ctx) => {
  const max = rule.max ?? (ctx.platform ? PLATFORM_CHARACTERS[ctx.platform] : undefined);
  if (max === undefined) return [];
  const name = NAMES[rule.count][ctx.ui];
  const message = (n: number) =>
    ctx.ui === 'de' ? `Höchstens ${max} ${name} pro Beitrag (hier: ${n}).` : `At most ${max} ${name} per post (this draft has ${n}).`;

  if (rule.count === 'characters') {
    const starts = graphemeStarts(text);
    if (starts.length <= max) return [];
    return [teamFinding(text, rule, starts[max]!, text.length, message(starts.length))];
  }
  const items: [number, number][] = [];
  for (const t of ctx.tokens) {
    if (rule.count === 'exclamations') {
      if (t.kind !== 'punct') continue;
      for (let i = t.start; i < t.end; i++) if (text[i] === '!' || text[i] === '¡') items.push([i, i + 1]);
      continue;
    }
    const hit =
      rule.count === 'emoji' ? t.kind === 'emoji'
      : rule.count === 'hashtags' ? t.kind === 'hashtag'
      : rule.count === 'mentions' ? t.kind === 'mention'
      : rule.count === 'links' ? t.kind === 'url'
      : t.caps;
    if (hit) items.push([t.start, t.end]);
  }
  if (items.length <= max) return [];
  return items.slice(max, max + MAX_MARKS).map(([s, e]) => teamFinding(text, rule, s, e, message(items.length)));
};
