/**
 * `disclosure`: a required advertising label ("Werbung", "Anzeige", "#ad") — always, or when the
 * built-in checks read the draft as a sales pitch. German media-authority guidance asks for the
 * label before the content, so `position: start` (the default) wants it on the first line and
 * within the first 15 words.
 */
import { isFlagging } from '../../analysis/types';
import type { DisclosureRule } from '../../profile/types';
import { teamFinding, type TeamKind } from './index';
import { cached, PhraseIndex } from './phrase-index';

/** How far into the draft a label still counts as "at the start", in words. */
export const START_WORDS = 15;

const index = cached(
  (rule: DisclosureRule, lang) => new PhraseIndex(rule.labels.map((l) => ({ phrase: l, value: l })), lang, { inflect: false, compounds: false }),
);

export const disclosure: TeamKind<DisclosureRule> = (text, rule, ctx) => {
  const { tokens } = ctx;
  if (!tokens.length) return [];
  if ((rule.when ?? 'sales-pitch') === 'sales-pitch' && !ctx.builtin.some((f) => f.category === 'sales-pitch' && isFlagging(f))) return [];
  const hits = index(rule, ctx.lang).find(tokens);
  const label = rule.labels[0]!;
  if ((rule.position ?? 'start') === 'anywhere') {
    if (hits.length) return [];
  } else {
    // the start: tokens of the first line, up to START_WORDS words
    let end = 0;
    for (let words = 0; end < tokens.length && !(end > 0 && tokens[end]!.newline); end++) {
      if (tokens[end]!.kind !== 'punct' && ++words > START_WORDS) break;
    }
    if (hits.some((h) => h.first < end)) return [];
    const late = hits[0];
    if (late) {
      const t = tokens[late.first]!;
      const message = ctx.ui === 'de' ? `Die Kennzeichnung „${label}“ gehört an den Anfang des Beitrags.` : `Put the label “${label}” at the start of the post.`;
      return [teamFinding(text, rule, t.start, tokens[late.last - 1]!.end, message)];
    }
  }
  const first = tokens[0]!;
  const message = ctx.ui === 'de' ? `Werbung muss gekennzeichnet sein: „${label}“ fehlt.` : `Advertising must be labelled: “${label}” is missing.`;
  const opening = text.slice(first.start, first.end);
  return [teamFinding(text, rule, first.start, first.end, message, [`${label}: ${opening}`])];
};
