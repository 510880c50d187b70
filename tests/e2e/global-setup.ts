/**
 * Once per `npm test`: build the extension (what users load) and bundle the three fixture editors
 * (Lexical, Quill, Draft.js) with esbuild. ECHT_SKIP_BUILD=1 reuses an existing build while
 * developing.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

export const EXT_DIR = '.output/chrome-mv3';
export const CACHE = 'tests/e2e/.cache';

export default async function setup(): Promise<void> {
  if (!(process.env.ECHT_SKIP_BUILD && existsSync(`${EXT_DIR}/manifest.json`))) {
    execSync('npx wxt build', { stdio: 'inherit' });
  }
  mkdirSync(CACHE, { recursive: true });
  await build({
    entryPoints: ['facebook.ts', 'linkedin.ts', 'x.ts'].map((f) => `tests/e2e/fixtures/${f}`),
    outdir: CACHE,
    bundle: true,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    logLevel: 'warning',
  });
}
