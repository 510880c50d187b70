/**
 * Where the extension keeps the team profile, and the profile in force.
 * Precedence (DESIGN.md): managed policy > imported team profile > personal settings.
 *
 * An import is validated first; an invalid profile is returned as errors and never replaces the
 * last good one. A managed policy (`storage.managed`, set by an administrator) holds `profile`
 * (YAML/JSON text or an object) and optionally `locked` (profile keys the user may not change).
 */
import { storage } from '#imports';
import { stringify } from 'yaml';
import { validateProfile, type ProfileIssue } from './index';
import { mergeProfiles, type ProfileKey } from './merge';
import { personalItem } from './personal';
import type { TeamProfile } from './types';

export interface StoredProfile {
  /** The text as the team lead wrote it, so the editor shows their comments and layout. */
  source: string;
  profile: TeamProfile;
}

/** The imported team profile; a failed import never overwrites it. */
export const teamProfileItem = storage.defineItem<StoredProfile | null>('local:teamProfile', {
  fallback: null,
  version: 2,
  migrations: {
    // version 1 stored the parsed profile only
    2: (old: TeamProfile | null): StoredProfile | null => (old ? { source: stringify(old), profile: old } : null),
  },
});

export type ImportResult = { ok: true; profile: TeamProfile } | { ok: false; errors: ProfileIssue[] };

/** Validates and, only when valid, stores `source` as the team profile. */
export async function importProfile(source: string): Promise<ImportResult> {
  const res = validateProfile(source);
  if (!res.ok) return res;
  await teamProfileItem.setValue({ source, profile: res.profile });
  return res;
}

/** Removes the team profile (back to the built-in defaults). */
export async function resetProfile(): Promise<void> {
  await teamProfileItem.setValue(null);
}

export interface ManagedPolicy {
  profile?: TeamProfile;
  locked?: string[];
  /** Problems with the policy itself; an invalid policy profile is not applied. */
  errors: ProfileIssue[];
}

/** Reads the administrator's policy; browsers without one (or without managed storage) give none. */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  let locked: unknown;
  try {
    [raw, locked] = await Promise.all([storage.getItem<unknown>('managed:profile'), storage.getItem<unknown>('managed:locked')]);
  } catch {
    return { errors: [] };
  }
  const policy: ManagedPolicy = { errors: [] };
  if (Array.isArray(locked)) policy.locked = locked.filter((k): k is string => typeof k === 'string');
  if (raw === null || raw === undefined) return policy;
  const res = validateProfile(typeof raw === 'string' ? raw : JSON.stringify(raw, null, 1));
  if (res.ok) policy.profile = res.profile;
  else policy.errors = res.errors;
  return policy;
}

export interface EffectiveState {
  profile: TeamProfile | undefined;
  locked: ProfileKey[];
  policyErrors: ProfileIssue[];
}

/** The merged profile and the keys the policy locks; `policy` given, managed storage is not read. */
export async function getEffectiveState(known?: ManagedPolicy): Promise<EffectiveState> {
  const [policy, team, personal] = await Promise.all([known ?? readManagedPolicy(), teamProfileItem.getValue(), personalItem.getValue()]);
  if (!policy.profile && !team && !personal.ignoredRules.length) return { profile: undefined, locked: [], policyErrors: policy.errors };
  const merged = mergeProfiles(policy.profile, team?.profile, personal, policy.locked);
  return { profile: merged.profile, locked: merged.locked, policyErrors: policy.errors };
}

/** The profile the analyzer applies now. */
export async function getEffectiveProfile(known?: ManagedPolicy): Promise<TeamProfile | undefined> {
  return (await getEffectiveState(known)).profile;
}

/** Calls `cb` with the new effective profile whenever any source of it changes. */
export function watchEffectiveProfile(cb: (profile: TeamProfile | undefined) => void): () => void {
  const changed = async () => cb(await getEffectiveProfile());
  const unwatch = [
    teamProfileItem.watch(changed),
    personalItem.watch(changed),
    storage.watch('managed:profile', changed),
    storage.watch('managed:locked', changed),
  ];
  return () => unwatch.forEach((u) => u());
}
