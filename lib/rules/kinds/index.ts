/**
 * Team rule kinds (see DESIGN.md "Team tone rules"): each kind is one file that turns a rule of
 * the team profile into findings of category `off-brand`.
 */
import type { Finding, Lang, Platform } from '../../analysis/types';
import type { TeamProfile, TeamRuleBase } from '../../profile/types';

export interface TeamContext {
  lang: Lang;
  /** Language of messages. */
  ui: Lang;
  platform?: Platform;
  profile: TeamProfile;
  /** Findings of the built-in packs so far (a disclosure rule asks whether the draft reads as a pitch). */
  builtin: readonly Finding[];
}

export type TeamKind = (text: string, rule: TeamRuleBase, ctx: TeamContext) => Finding[];

const KINDS: Record<string, TeamKind> = {};

export function runTeamRules(text: string, ctx: TeamContext): Finding[] {
  const level = ctx.profile.severity?.['off-brand'];
  if (level === 'off') return [];
  const out: Finding[] = [];
  for (const rule of ctx.profile.rules ?? []) {
    if (rule.platforms && (!ctx.platform || !rule.platforms.includes(ctx.platform))) continue;
    const kind = KINDS[rule.kind];
    if (!kind) continue;
    for (const f of kind(text, rule, ctx)) out.push(rule.severity || !level ? f : { ...f, severity: level });
  }
  return out;
}
