/**
 * Everything the extension ships (production dependencies and theirs, from package-lock.json) is
 * under a licence that allows distribution in a store, and the README lists each one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ALLOWED = new Set(['MIT', 'ISC', 'Apache-2.0', 'MPL-2.0', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD']);
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; license?: string; dev?: boolean; devOptional?: boolean }>;
};
const shipped = Object.entries(lock.packages)
  .filter(([path, p]) => path && !p.dev && !p.devOptional)
  .map(([path, p]) => ({ name: path.replace(/^.*node_modules\//, ''), license: p.license ?? 'UNKNOWN' }));
const readme = readFileSync('README.md', 'utf8');

describe('shipped dependencies', () => {
  it('exist (the lock file lists production packages)', () => expect(shipped.length).toBeGreaterThan(5));
  it.each(shipped)('$name is under an allowed licence ($license) and named in the README', ({ name, license }) => {
    expect(ALLOWED.has(license), license).toBe(true);
    expect(readme).toContain(`\`${name}\``);
  });
});
