/**
 * Real-browser harness (see ../shared/E2E.md): Debian's Chromium with the built extension, the
 * three fixture composers served at the sites' real addresses by request interception, and a
 * record of every request the browser makes — nothing may leave for any other host.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { fixtureHtml, URLS, type Platform } from './fixtures/pages';
import { CACHE, EXT_DIR } from './global-setup';

export interface Echt {
  ctx: BrowserContext;
  /** undefined when launched without the extension */
  extensionId: string | undefined;
  /** Every http(s) URL the browser asked for, page and extension alike. */
  requests: string[];
  close(): Promise<void>;
}

export async function launch(opts: { extension?: boolean; ext?: string; headless?: boolean } = {}): Promise<Echt> {
  const withExt = opts.extension ?? true;
  const ext = resolve(opts.ext ?? EXT_DIR);
  const dir = mkdtempSync(join(tmpdir(), 'echt-e2e-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    viewport: { width: 1000, height: 760 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ...(withExt ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
    ],
  });
  const requests: string[] = [];
  const bundles = new Map<string, string>();
  const bundle = (name: string) => {
    if (!bundles.has(name)) bundles.set(name, readFileSync(join(CACHE, name), 'utf8'));
    return bundles.get(name)!;
  };
  // Only http(s): a catch-all would also catch chrome-extension:// and break the popup (E2E.md).
  await ctx.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    requests.push(url.href);
    const platform = (Object.keys(URLS) as Platform[]).find((p) => new URL(URLS[p]).hostname === url.hostname);
    if (platform && url.pathname.startsWith('/__fixture/')) {
      return route.fulfill({ contentType: 'text/javascript', body: bundle(url.pathname.slice('/__fixture/'.length)) });
    }
    if (platform && route.request().resourceType() === 'document') {
      return route.fulfill({ contentType: 'text/html', body: fixtureHtml(platform, url.searchParams.has('drift')) });
    }
    return route.abort();
  });
  // Service-worker requests bypass page routes; record them too.
  ctx.on('request', (req) => {
    if (/^https?:/.test(req.url()) && !requests.includes(req.url())) requests.push(req.url());
  });
  let extensionId: string | undefined;
  if (withExt) {
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
    extensionId = new URL(sw.url()).host;
  }
  return {
    ctx,
    extensionId,
    requests,
    close: async () => {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens a fixture composer at its real address and waits until its editor is ready. */
export async function openFixture(echt: Echt, platform: Platform, opts: { variant?: 'drift'; path?: string } = {}): Promise<Page> {
  const page = await echt.ctx.newPage();
  const url = new URL(opts.path ?? '', URLS[platform]);
  if (opts.variant === 'drift') url.searchParams.set('drift', '');
  await page.goto(url.href);
  await page.waitForFunction(() => !!(window as unknown as { __fixture?: unknown }).__fixture);
  return page;
}

/** The editor's own model text (Lexical state, Quill getText(), Draft.js plain text). */
export const modelText = (page: Page): Promise<string> => page.evaluate(() => (window as unknown as { __fixture: { getText(): string } }).__fixture.getText());
/** Texts the fixture's post button / Ctrl+Enter posted. */
export const posted = (page: Page): Promise<string[]> => page.evaluate(() => [...(window as unknown as { __fixture: { posted: string[] } }).__fixture.posted]);

/** Saves a screenshot for the README (docs/screenshots), taken by the test run itself. */
export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}
