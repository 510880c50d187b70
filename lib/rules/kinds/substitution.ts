/** `substitution`: the team's preferred wording, offered as a one-click fix in the original's capitalisation. */
import type { SubstitutionRule } from '../../profile/types';
import { teamFinding, type TeamKind } from './index';
import { cached, PhraseIndex } from './phrase-index';
import { fold } from '../../analysis/tokens';

const index = cached(
  (rule: SubstitutionRule, lang) =>
    new PhraseIndex(Object.entries(rule.swap).map(([from, to]) => ({ phrase: from, value: { from, to } })), lang, { compounds: false }),
);

/** "Customers" → "Clients", "CUSTOMERS" → "CLIENTS"; a lower-case original keeps the replacement as written (German nouns). */
export function matchCase(original: string, replacement: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** Carries a plain English plural over: "customers" matched by "customer" → "clients". */
function carryPlural(matched: string, from: string, to: string): string {
  const m = fold(matched);
  const f = fold(from);
  if (m === `${f}s` && !/s$/i.test(to)) return `${to}s`;
  return to;
}

export const substitution: TeamKind<SubstitutionRule> = (text, rule, ctx) =>
  index(rule, ctx.lang)
    .find(ctx.tokens)
    .map((h) => {
      const start = ctx.tokens[h.first]!.start;
      const end = ctx.tokens[h.last - 1]!.end;
      const matched = text.slice(start, end);
      const { from, to } = h.value;
      const suggestion = matchCase(matched, ctx.lang === 'en' ? carryPlural(matched, from, to) : to);
      const message = ctx.ui === 'de' ? `Euer Team schreibt „${to}“ statt „${from}“.` : `Your team writes “${to}” instead of “${from}”.`;
      return teamFinding(text, rule, start, end, message, [suggestion]);
    });
