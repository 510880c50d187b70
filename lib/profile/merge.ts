/**
 * Precedence of the three sources of settings (DESIGN.md): managed policy > imported team
 * profile > personal settings. Pure, so the options page, background and tests share it.
 */
import type { TeamProfile } from './types';

/** Top-level profile keys a policy can set and lock. */
export const PROFILE_KEYS = ['name', 'address', 'severity', 'gate', 'holdErrors', 'builtins', 'platforms', 'rules'] as const;
export type ProfileKey = (typeof PROFILE_KEYS)[number];

export interface PersonalLayer {
  /** Rule ids the user chose to ignore (built-in "engagement-bait/tag-bait" or team "team/no-synergy"). */
  ignoredRules?: readonly string[];
}

export interface Merged {
  profile: TeamProfile;
  /** Keys the policy fixes: the options page shows them locked, and personal choices do not touch them. */
  locked: ProfileKey[];
}

type Table = Record<string, unknown>;
const isTable = (v: unknown): v is Table => !!v && typeof v === 'object' && !Array.isArray(v);

/** Per-key merge of tables (severity, builtins, platforms): `over` wins key by key. */
function mergeTables(under: unknown, over: unknown): unknown {
  if (!isTable(under) || !isTable(over)) return over ?? under;
  const out: Table = { ...under };
  for (const [k, v] of Object.entries(over)) out[k] = mergeTables(under[k], v);
  return out;
}

/** Team rules and policy rules together; a policy rule replaces a team rule of the same id. */
function mergeRules(team: TeamProfile['rules'], managed: TeamProfile['rules']): TeamProfile['rules'] {
  if (!managed) return team;
  const ids = new Set(managed.map((r) => r.id));
  return [...managed, ...(team ?? []).filter((r) => !ids.has(r.id))];
}

/**
 * Merges the layers. The policy's values win key by key (inside tables, too) and the keys it
 * sets are shown locked. An explicit `locked` list goes further: for those keys the policy's
 * value is the whole value, the team profile's is ignored, and personal choices do not apply.
 */
export function mergeProfiles(
  managed: TeamProfile | undefined,
  team: TeamProfile | undefined,
  personal: PersonalLayer = {},
  lockedKeys?: readonly string[],
): Merged {
  const locked = PROFILE_KEYS.filter((k) => (lockedKeys ? lockedKeys.includes(k) : managed?.[k] !== undefined));
  const profile: TeamProfile = {};
  const set = <K extends ProfileKey>(k: K, v: TeamProfile[K] | undefined) => {
    if (v !== undefined) profile[k] = v;
  };
  for (const k of PROFILE_KEYS) {
    const m = managed?.[k];
    if (lockedKeys?.includes(k)) set(k, m);
    else if (k === 'rules') set(k, mergeRules(team?.rules, managed?.rules));
    else set(k, mergeTables(team?.[k], m) as TeamProfile[typeof k]);
  }

  const ignored = personal.ignoredRules ?? [];
  const builtinsOff = ignored.filter((id) => !id.startsWith('team/'));
  if (builtinsOff.length && !lockedKeys?.includes('builtins')) {
    profile.builtins = { ...Object.fromEntries(builtinsOff.map((id) => [id, 'off' as const])), ...profile.builtins };
  }
  const teamOff = new Set(ignored.filter((id) => id.startsWith('team/')).map((id) => id.slice(5)));
  if (teamOff.size && profile.rules && !lockedKeys?.includes('rules')) {
    // a rule the policy sets stays in force even when the rules key is not locked as a whole
    const policyIds = new Set(managed?.rules?.map((r) => r.id));
    profile.rules = profile.rules.filter((r) => !teamOff.has(r.id) || policyIds.has(r.id));
  }
  return { profile, locked };
}
