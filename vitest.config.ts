import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // The typing comparison measures Echt against no Echt and needs a machine that is doing nothing
    // else: `npm test` runs it alone, after everything else (ECHT_TYPING=1).
    include: process.env.ECHT_TYPING ? ['tests/e2e/typing-perf.test.ts'] : ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: process.env.ECHT_TYPING ? [] : ['tests/e2e/typing-perf.test.ts', '**/node_modules/**'],
    // Builds the extension and bundles the fixture editors once for the real-browser tests.
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Two cores: two test files at a time, so two Chromiums at most.
    maxWorkers: 2,
  },
});
