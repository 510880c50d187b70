/**
 * Real-browser harness (see ../shared/E2E.md): Debian's Chromium with the built extension, the
 * three fixture composers served at the sites' real addresses by request interception, and a
 * record of every request the browser makes — nothing may leave for any other host.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { EDITOR, fixtureHtml, URLS, type Platform } from './fixtures/pages';
import { CACHE, EXT_DIR } from './global-setup';

export interface Echt {
  ctx: BrowserContext;
  /** undefined when launched without the extension */
  extensionId: string | undefined;
  /** Every http(s) URL the browser asked for, page and extension alike. */
  requests: string[];
  /** The extension's service worker, started if it is not running (MV3 stops it when idle). */
  worker(): Promise<Worker>;
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
  // The id follows from the path, so no test waits for the worker to start: on a loaded 2-core
  // machine its first start has taken longer than 30 s while another browser was busy typing.
  const extensionId = withExt ? unpackedId(ext) : undefined;
  const worker = async (): Promise<Worker> => {
    const running = ctx.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    if (running) return running;
    const waiting = ctx.waitForEvent('serviceworker', { timeout: 90_000 });
    // Any extension page wakes the worker (the popup asks it for the active tab's report).
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`).catch(() => {});
    const sw = await waiting;
    await page.close();
    return sw;
  };
  return {
    ctx,
    extensionId,
    requests,
    worker,
    close: async () => {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits as a–p. */
export const unpackedId = (path: string): string =>
  [...createHash('sha256').update(resolve(path)).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

/** Opens a fixture composer at its real address and waits until its editor is ready. */
export async function openFixture(echt: Echt, platform: Platform, opts: { variant?: 'drift'; path?: string } = {}): Promise<Page> {
  const page = await echt.ctx.newPage();
  const url = new URL(opts.path ?? '', URLS[platform]);
  if (opts.variant === 'drift') url.searchParams.set('drift', '');
  await page.goto(url.href);
  await page.waitForFunction(() => !!(window as unknown as { __fixture?: unknown }).__fixture);
  return page;
}

/** Clicks the fixture's main composer and types `text` with real key events. */
export async function typeDraft(page: Page, platform: Platform, text: string): Promise<void> {
  await page.click(EDITOR[platform]);
  await page.keyboard.type(text);
}

/** Waits until the label of Echt's badge in the page matches `label`. */
export async function waitForBadge(page: Page, label: RegExp, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ([source, flags]) => new RegExp(source!, flags).test(document.querySelector('echt-ui')?.shadowRoot?.querySelector('[role=status]')?.getAttribute('aria-label') ?? ''),
    [label.source, label.flags],
    { timeout },
  );
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
