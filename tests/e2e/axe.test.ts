/**
 * Accessibility: axe-core on the popup (with a report), the options page, and a composer with an
 * open Echt card, in light and dark — no serious or critical violations.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, type Echt } from './harness';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown }>;
}

/** axe through CDP evaluation, which extension pages' strict CSP does not block. */
async function serious(page: Page, include?: string): Promise<Violation[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, include);
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) console.log(JSON.stringify(bad, null, 1));
  return bad;
}

describe.each(['light', 'dark'] as const)('accessibility (%s)', (scheme) => {
  let echt: Echt;
  let page: Page;
  beforeAll(async () => {
    echt = await launch();
    page = await openFixture(echt, 'linkedin');
    await page.emulateMedia({ colorScheme: scheme });
    await page.click('.share-box .ql-editor');
    await page.keyboard.type('Like if you agree! We offer best-in-class solutions. Comment YES below.');
    await page.waitForFunction(() => !!document.querySelector('echt-ui')?.shadowRoot?.querySelector('[data-echt-finding]'), undefined, { timeout: 20_000 });
  }, 90_000);
  afterAll(() => echt?.close());

  it('the composer with an open card', async () => {
    await page.keyboard.press('Alt+Shift+E');
    await page.waitForFunction(() => !!document.querySelector('echt-ui')?.shadowRoot?.querySelector('.card'), undefined, { timeout: 5000 });
    expect(await serious(page, 'echt-ui')).toEqual([]);
  });

  it('the popup with a report, every control reachable by Tab with a visible focus ring', async () => {
    const popup = await echt.ctx.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${echt.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    await popup.locator('button.phrase').first().waitFor({ timeout: 10_000 });
    expect(await serious(popup)).toEqual([]);
    const controls = await popup.locator('button, input, select').count();
    for (let i = 0; i < controls; i++) {
      await popup.keyboard.press('Tab');
      const ring = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const st = getComputedStyle(el);
        return { tag: el.tagName, outline: st.outlineStyle !== 'none' && st.outlineWidth !== '0px' };
      });
      expect(['BUTTON', 'INPUT', 'SELECT']).toContain(ring.tag);
      expect(ring.outline).toBe(true);
    }
    await popup.close();
  });

  it('the options page', async () => {
    const options = await echt.ctx.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${echt.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    expect(await serious(options)).toEqual([]);
    if (scheme === 'light') {
      const { snap } = await import('./harness');
      await options.setViewportSize({ width: 1000, height: 1400 });
      await snap(options, 'options');
    }
    await options.close();
  });
});
