/** `phrase`: banned words and phrases, on word boundaries, with inflections and German compounds. */
import type { PhraseRule } from '../../profile/types';
import { teamFinding, type TeamKind } from './index';
import { cached, PhraseIndex } from './phrase-index';

const index = cached((rule: PhraseRule, lang) => new PhraseIndex(rule.phrases.map((p) => ({ phrase: p, value: p })), lang));

export const phrase: TeamKind<PhraseRule> = (text, rule, ctx) =>
  index(rule, ctx.lang)
    .find(ctx.tokens)
    .map((h) => {
      const start = ctx.tokens[h.first]!.start;
      const end = ctx.tokens[h.last - 1]!.end;
      const message =
        ctx.ui === 'de' ? `Euer Team verwendet „${h.value}“ nicht.` : `Your team avoids “${h.value}”.`;
      return teamFinding(text, rule, start, end, message);
    });
