// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { Report } from '../../lib/analysis/types';
import type { AnalyzeRequest } from '../../lib/messaging';
import { ANALYSIS_BUDGET_MS, ComposerSession, type SessionEnv } from '../../entrypoints/composer.content/session';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const draft = 'Tag a friend who needs this! Only 3 left.';

function setup(analyzeImpl: (req: AnalyzeRequest) => Promise<Report>) {
  document.body.innerHTML = `<div contenteditable="true" role="textbox" data-lexical-editor="true"><p><span data-lexical-text="true">${draft}</span></p></div>`;
  const editor = document.body.firstElementChild as HTMLElement;
  const requests: AnalyzeRequest[] = [];
  const env: SessionEnv & { errors: string[] } = {
    platform: 'facebook',
    doc: document,
    ui: () => 'en',
    ignoredRules: () => new Set(),
    analyze: (req) => {
      requests.push(req);
      return analyzeImpl(req);
    },
    errors: [],
    reportError: (where, e) => env.errors.push(`${where}: ${e instanceof Error ? e.message : String(e)}`),
    ignoreRule: () => {},
    offset: () => ({ x: 0, y: 0 }),
  };
  const session = new ComposerSession('post-1', { editor, kind: 'post', detection: 'adapter' }, env);
  const shadow = () => document.querySelector('echt-ui')!.shadowRoot!;
  const marks = () => [...shadow().querySelectorAll<HTMLElement>('[data-echt-finding]')].map((m) => [m.dataset.echtFinding, m.textContent]);
  const badge = () => shadow().querySelector('[role=status]')!.getAttribute('aria-label');
  return { editor, env, session, requests, marks, badge };
}

let current: ComposerSession | undefined;
afterEach(() => {
  current?.destroy();
  document.body.innerHTML = '';
});

describe('composer session', () => {
  it('sends the draft once typing pauses and draws a mark per finding, outside the composer', async () => {
    const s = setup(async (req) => analyze(req.text, { lang: 'en' }));
    current = s.session;
    await sleep(400);
    expect(s.requests.map((r) => [r.text, r.key, r.platform, r.kind])).toEqual([[draft, 'post-1', 'facebook', 'post']]);
    expect(s.marks()).toEqual([
      ['engagement-bait/tag-bait', 'Tag a friend who needs this'],
      ['sales-pitch/urgency', 'Only 3 left'],
    ]);
    expect(s.badge()).toBe('Echt: 2 warnings');
    expect(s.editor.outerHTML).not.toMatch(/echt/i);
  });

  it('coalesces a burst of edits into one request and skips unchanged text', async () => {
    const s = setup(async (req) => analyze(req.text, { lang: 'en' }));
    current = s.session;
    await sleep(400);
    const text = s.editor.querySelector('span')!.firstChild as Text;
    for (const ch of ' Buy now') {
      text.appendData(ch);
      await sleep(20);
    }
    await sleep(400);
    expect(s.requests.map((r) => r.text)).toEqual([draft, `${draft} Buy now`]);
    await s.session.analyzeNow();
    expect(s.requests).toHaveLength(2);
    expect(s.marks().map((m) => m[0])).toContain('sales-pitch/hard-sell');
  });

  it('fails open when the background is slow: no marks, badge says no issues', async () => {
    const s = setup(() => new Promise<Report>(() => {}));
    current = s.session;
    // the request goes out once typing is idle (timing-based: waited for, not assumed, on a busy machine)
    await vi.waitFor(() => expect(s.requests).toHaveLength(1), { timeout: 5000 });
    await sleep(ANALYSIS_BUDGET_MS + 150);
    expect(s.requests).toHaveLength(1);
    expect(s.marks()).toEqual([]);
    expect(s.badge()).toBe('Echt: no issues');
  });

  it('fails open and records the error when the message fails', async () => {
    const s = setup(() => Promise.reject(new Error('Could not establish connection')));
    current = s.session;
    await sleep(400);
    expect(s.marks()).toEqual([]);
    expect(s.badge()).toBe('Echt: no issues');
    expect(s.env.errors).toEqual(['analyze: Could not establish connection']);
  });

  it('keeps marks on their phrases while the text before them changes, until the next analysis', async () => {
    const answer = vi.fn(async (req: AnalyzeRequest) => analyze(req.text, { lang: 'en' }));
    const s = setup(answer);
    current = s.session;
    await sleep(400);
    answer.mockImplementation(() => new Promise<Report>(() => {}));
    (s.editor.querySelector('span')!.firstChild as Text).insertData(0, 'Hi! ');
    await sleep(60);
    const shadow = document.querySelector('echt-ui')!.shadowRoot!;
    expect([...shadow.querySelectorAll<HTMLElement>('[data-echt-finding]')].map((m) => m.dataset.echtStart)).toEqual(['4', '33']);
  });
});
