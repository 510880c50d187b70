/**
 * Team rule kinds (see DESIGN.md "Team tone rules"): each kind is one file that turns a rule of
 * the team profile into findings of category `off-brand`.
 */
import { tokenize, type Token } from '../../analysis/tokens';
import type { Finding, Lang, Platform, Severity } from '../../analysis/types';
import type { TeamProfile, TeamRule } from '../../profile/types';
import { address } from './address';
import { disclosure } from './disclosure';
import { limit } from './limit';
import { phrase } from './phrase';
import { substitution } from './substitution';

export interface TeamContext {
  lang: Lang;
  /** Language of messages. */
  ui: Lang;
  platform?: Platform;
  profile: TeamProfile;
  /** Findings of the built-in packs so far (a disclosure rule asks whether the draft reads as a pitch). */
  builtin: readonly Finding[];
  /** The draft's tokens, read once for all rules. */
  tokens: readonly Token[];
}

export type TeamKind<R extends TeamRule = TeamRule> = (text: string, rule: R, ctx: TeamContext) => Finding[];

type KindTable = { [K in TeamRule['kind']]: TeamKind<Extract<TeamRule, { kind: K }>> };

export const KINDS: KindTable = { phrase, substitution, limit, address, disclosure };

/** Severity of a team rule's findings when the rule names none. */
export const DEFAULT_SEVERITY: Severity = 'warning';

/** A finding of a team rule over [start, end). */
export function teamFinding(text: string, rule: TeamRule, start: number, end: number, message: string, suggestions?: string[]): Finding {
  const f: Finding = {
    ruleId: `team/${rule.id}`,
    category: 'off-brand',
    subtype: rule.kind === 'address' ? 'address-form' : rule.kind,
    severity: rule.severity ?? DEFAULT_SEVERITY,
    start,
    end,
    text: text.slice(start, end),
    message: rule.message ?? message,
  };
  if (suggestions?.length) f.suggestions = suggestions;
  return f;
}

/**
 * The profile's top-level `address` is a rule of its own when no `address` rule refines it:
 * a team that writes `address: formal` expects "du" to be flagged without writing a rule.
 */
export const IMPLICIT_ADDRESS: TeamRule = { id: 'address', kind: 'address' };

function rulesOf(profile: TeamProfile): readonly TeamRule[] {
  const rules = profile.rules ?? [];
  if (!profile.address || rules.some((r) => r.kind === 'address' || r.id === IMPLICIT_ADDRESS.id)) return rules;
  return [...rules, IMPLICIT_ADDRESS];
}

export function runTeamRules(text: string, base: Omit<TeamContext, 'tokens'>): Finding[] {
  const level = base.profile.severity?.['off-brand'];
  const rules = rulesOf(base.profile);
  if (level === 'off' || !rules.length) return [];
  const ctx: TeamContext = { ...base, tokens: tokenize(text) };
  const out: Finding[] = [];
  for (const rule of rules) {
    if (rule.platforms && (!ctx.platform || !rule.platforms.includes(ctx.platform))) continue;
    const kind = KINDS[rule.kind] as TeamKind;
    for (const f of kind(text, rule, ctx)) out.push(rule.severity || !level ? f : { ...f, severity: level });
  }
  return out;
}
