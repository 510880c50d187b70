/** The built extension asks for `storage` and the four sites, nothing else. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXT_DIR as DIR } from '../e2e/global-setup';
const ALLOWED_HOSTS = /^\*:\/\/(\*\.)?(facebook\.com|linkedin\.com|x\.com|twitter\.com)\/\*$/;

describe('built manifest', () => {
  let manifest: Record<string, unknown>;
  // Built once per run by the global setup (tests/e2e/global-setup.ts).
  beforeAll(() => {
    manifest = JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8')) as Record<string, unknown>;
  });

  it('is MV3 with only the storage permission', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('has host access only to facebook.com, linkedin.com, x.com and twitter.com', () => {
    const hosts = manifest.host_permissions as string[];
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(h).toMatch(ALLOWED_HOSTS);
    const scripts = (manifest.content_scripts ?? []) as Array<{ matches: string[] }>;
    for (const m of scripts.flatMap((s) => s.matches)) expect(m).toMatch(ALLOWED_HOSTS);
    const war = (manifest.web_accessible_resources ?? []) as Array<{ matches?: string[] }>;
    for (const m of war.flatMap((w) => w.matches ?? [])) expect(m).toMatch(ALLOWED_HOSTS);
  });

  it('has a strict CSP: own scripts only, no eval, no remote sources, no network', () => {
    const csp = (manifest.content_security_policy as { extension_pages?: string } | undefined)?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });
});
