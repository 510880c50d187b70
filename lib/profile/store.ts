/**
 * Where the extension keeps the team profile, and the profile in force.
 * Precedence (DESIGN.md): managed policy > imported team profile > personal settings.
 */
import { storage } from '#imports';
import type { TeamProfile } from './types';

/** The imported team profile; a failed import never overwrites it. */
export const teamProfileItem = storage.defineItem<TeamProfile | null>('local:teamProfile', {
  fallback: null,
  version: 1,
});

/** The profile the analyzer applies now. */
export async function getEffectiveProfile(): Promise<TeamProfile | undefined> {
  return (await teamProfileItem.getValue()) ?? undefined;
}

/** Calls `cb` with the new effective profile whenever any source of it changes. */
export function watchEffectiveProfile(cb: (profile: TeamProfile | undefined) => void): () => void {
  return teamProfileItem.watch(async () => cb(await getEffectiveProfile()));
}
