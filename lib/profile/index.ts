/**
 * Team profiles: parsing and validation. `parseProfile` accepts YAML or JSON and throws a
 * ProfileError naming the line and field at fault.
 */
import { parseDocument } from 'yaml';
import type { TeamProfile } from './types';

export type { TeamProfile } from './types';

export class ProfileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

export function parseProfile(source: string): TeamProfile {
  const doc = parseDocument(source, { prettyErrors: true });
  const err = doc.errors[0];
  if (err) {
    const line = err.linePos?.[0]?.line;
    throw new ProfileError(`line ${line ?? '?'}: ${err.message.split('\n')[0]}`, line);
  }
  const value = doc.toJS() as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ProfileError('line 1: a profile must be a mapping of keys (name, address, severity, rules, …)', 1);
  }
  return value as TeamProfile;
}
