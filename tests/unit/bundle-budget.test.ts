/**
 * Machine-independent speed facts about the built extension (the global setup builds it): the
 * content script that loads on every Facebook, LinkedIn and X page stays small, and the heavy
 * analysis code (compromise, eld, the rule packs) lives only in the background, loaded when a
 * composer is first used. Timings are for `npm run bench`, not for tests.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const OUT = '.output/chrome-mv3';
const contentScripts = () => readdirSync(join(OUT, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => join(OUT, 'content-scripts', f));
// Strings that only the heavy libraries carry: compromise's tag names, eld's result API, a rule pack's pattern.
const HEAVY = { compromise: 'Superlative', eld: 'isReliable', rulePacks: 'who would you tag' };

describe('bundle budget', () => {
  it('the content script is under 400 KB minified', () => {
    const files = contentScripts();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(statSync(f).size, f).toBeLessThan(400 * 1024);
  });

  it.each(Object.entries(HEAVY))('the content script carries no %s code; the background does', (_lib, marker) => {
    for (const f of contentScripts()) expect(readFileSync(f, 'utf8').includes(marker), f).toBe(false);
    expect(readFileSync(join(OUT, 'background.js'), 'utf8').includes(marker)).toBe(true);
  });
});
