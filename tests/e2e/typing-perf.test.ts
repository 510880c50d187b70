/**
 * Typing stays smooth: in each fixture editor, 1000 typed characters with Echt active against the
 * same run without the extension. Measured in the page: for every keystroke, the time from the
 * keydown to the frame after it (what the user feels as input delay, like INP), and long tasks.
 * Asserted: the median with Echt is within 10 % of the median without it. The two browsers run side
 * by side and take turns every 50 characters, so a burst of load from the other test worker on this
 * 2-core machine does not land on one side only, and `npm test` runs this file alone, after the rest
 * (vitest.config.ts): with the other test worker busy beside it, the extension's service worker
 * competed with two browsers for two cores and the comparison measured the machine, not Echt.
 * Long tasks are printed; the composer specs assert that none over 50 ms comes from Echt's scripts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launch, openFixture } from './harness';
import { EDITOR, type Platform } from './fixtures/pages';

const SENTENCE = 'Like if you agree! Our new rye loaf is out on Saturday, tag a friend who needs it. ';
// 1000 characters, typed twice over: more keys make a steadier median.
const TEXT = SENTENCE.repeat(Math.ceil(2000 / SENTENCE.length)).slice(0, 2000);

/** Starts recording keydown→next-frame delays and long tasks in the page. */
async function record(page: Page, platform: Platform) {
  await page.evaluate(() => {
    const w = window as unknown as { __delays: number[]; __long: number[] };
    w.__delays = [];
    w.__long = [];
    new PerformanceObserver((l) => w.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    window.addEventListener(
      'keydown',
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => w.__delays.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  await page.click(EDITOR[platform]);
}

async function results(page: Page) {
  await page.waitForTimeout(800);
  return page.evaluate(() => {
    const w = window as unknown as { __delays: number[]; __long: number[] };
    const d = [...w.__delays].sort((a, b) => a - b);
    return { median: d[Math.floor(d.length / 2)]!, p95: d[Math.floor(d.length * 0.95)]!, n: d.length, long: w.__long };
  });
}

describe.each(['facebook', 'linkedin', 'x'] as Platform[])('typing 2000 characters in %s', (platform) => {
  // A 2-core machine has bad seconds; a regression fails every attempt, a noisy one not all three.
  it('is as smooth with Echt as without it', { retry: 2, timeout: 180_000 }, async () => {
    // Both browsers at once, typing in turns, 50 characters at a time: whatever else the machine
    // is doing (the other test worker) falls on both sides alike.
    const without = await launch({ extension: false });
    const withEcht = await launch();
    const basePage = await openFixture(without, platform);
    const page = await openFixture(withEcht, platform);
    await record(basePage, platform);
    await record(page, platform);
    for (let i = 0; i < TEXT.length; i += 50) {
      // who goes first alternates too, so neither side always types right after a pause
      for (const p of i % 100 ? [page, basePage] : [basePage, page]) {
        await p.bringToFront();
        await p.keyboard.type(TEXT.slice(i, i + 50), { delay: 5 });
      }
    }
    const base = await results(basePage);
    const echt = await results(page);
    // Echt did its job meanwhile: the draft is marked.
    await expect.poll(() => page.locator('echt-ui [data-echt-finding]').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    await without.close();
    await withEcht.close();
    console.log(
      `${platform}: keydown→next frame median ${base.median.toFixed(2)} ms without Echt, ${echt.median.toFixed(2)} ms with (${((echt.median / base.median - 1) * 100).toFixed(1)} %; ` +
        `p95 ${base.p95.toFixed(1)} / ${echt.p95.toFixed(1)} ms, ${echt.n} keys); long tasks without ${JSON.stringify(base.long.map(Math.round))}, with ${JSON.stringify(echt.long.map(Math.round))}`,
    );
    expect(base.n).toBeGreaterThanOrEqual(1980);
    expect(echt.n).toBeGreaterThanOrEqual(1980);
    expect(echt.median).toBeLessThanOrEqual(base.median * 1.1);
  });
});
