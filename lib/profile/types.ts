/** The team profile as the analyzer consumes it: the output of the schema in ./schema.ts. */
import type { Severity } from '../analysis/types';
import type { ParsedProfile, TeamRule } from './schema';

/** A severity, or `off` to switch a check off. */
export type Level = Severity | 'off';

export type TeamProfile = ParsedProfile;
export type { TeamRule };
export type { AddressRule, DisclosureRule, LimitRule, PhraseRule, SubstitutionRule, Count } from './schema';
