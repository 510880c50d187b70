/** lib/analysis and lib/rules are pure: they run in Node for the CLI, tests and benchmarks. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const PURE = ['lib/analysis', 'lib/rules'];
const FORBIDDEN_IMPORTS = [/^wxt/, /^#imports$/, /^@wxt-dev\//, /webextension-polyfill/, /^preact/, /platforms/, /overlay/, /^node:/];
const FORBIDDEN_GLOBALS = /\b(?:document|window|browser|chrome|navigator|localStorage|HTMLElement)\s*[.[]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const sources = PURE.flatMap(files);

describe('pure analysis layer', () => {
  it('has sources to check', () => expect(sources.length).toBeGreaterThan(10));

  it.each(sources)('%s imports nothing from the DOM, browser, WXT or platform adapters', (file) => {
    const src = readFileSync(file, 'utf8');
    const imports = [...src.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
      (m) => m[1] ?? m[2]!,
    );
    for (const spec of imports) {
      for (const bad of FORBIDDEN_IMPORTS) expect(spec, `${file} imports ${spec}`).not.toMatch(bad);
    }
    const code = src.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code, `${file} uses a browser global`).not.toMatch(FORBIDDEN_GLOBALS);
  });
});
