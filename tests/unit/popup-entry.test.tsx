// @vitest-environment happy-dom
/**
 * The real popup entry (entrypoints/popup/main.tsx) in WXT's fakeBrowser: it asks the background
 * (a handler on the same fake runtime) for the active tab's report, shows it, writes its switches
 * to personal settings in storage, shows content-script errors, and honours the UI-language setting.
 */
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { TabState } from '../../lib/tab-state';

const DRAFT = 'Tag a friend who needs this! Only 3 left, order now.';

async function openPopup(url: string, state: TabState | undefined, personal?: object) {
  fakeBrowser.reset();
  // not implemented by the fake; the browser here speaks English
  (fakeBrowser.i18n as { getUILanguage(): string }).getUILanguage = () => 'en-US';
  if (personal) await fakeBrowser.storage.sync.set({ personal });
  const win = await fakeBrowser.windows.create({ focused: true });
  const tab = await fakeBrowser.tabs.create({ url, active: true, windowId: win!.id });
  vi.resetModules();
  const { onMessage } = await import('../../lib/messaging');
  const asked: number[] = [];
  onMessage('getTabReports', ({ data }) => {
    asked.push(data.tabId);
    if (!state) throw new Error('no record');
    return state;
  });
  document.body.innerHTML = '<div id="app"></div>';
  await act(async () => {
    await import('../../entrypoints/popup/main');
  });
  const text = () => document.getElementById('app')!.textContent ?? '';
  await vi.waitFor(() => expect(asked).toContain(tab.id));
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
  return { text, tab };
}

const facebookState = (over: Partial<TabState> = {}): TabState => ({
  supported: true,
  platform: 'facebook',
  composers: [{ key: 'post-1', kind: 'post', detection: 'adapter', text: DRAFT, report: analyze(DRAFT, { uiLang: 'en' }), focused: true }],
  errors: [],
  ...over,
});

describe('popup entry with fakeBrowser', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('says when the active tab is not a supported site', async () => {
    const { text } = await openPopup('https://example.com/', { supported: false, composers: [], errors: [] });
    expect(text()).toContain('not supported');
  });

  it('lists the flagged phrases of the active tab by category', async () => {
    const { text } = await openPopup('https://www.facebook.com/', facebookState());
    const phrases = [...document.querySelectorAll('button.phrase')].map((b) => b.textContent);
    expect(phrases.sort()).toEqual(analyze(DRAFT, { uiLang: 'en' }).findings.map((f) => f.text).sort());
    expect(document.querySelector('section.engagement-bait h2')!.textContent).toContain('Engagement bait');
    expect(text()).toContain('Facebook · 1 composer');
  });

  it('writes its switches to personal settings in sync storage', async () => {
    await openPopup('https://www.facebook.com/', facebookState());
    const switches = () => [...document.querySelectorAll<HTMLInputElement>('fieldset.switches input')];
    await act(async () => switches()[0]!.click());
    await act(async () => switches()[1]!.click());
    await vi.waitFor(async () => {
      const { personal } = await fakeBrowser.storage.sync.get('personal');
      expect(personal).toMatchObject({ disabledPlatforms: ['facebook'], replyBoxes: false });
    });
  });

  it('shows the errors the content script reported', async () => {
    await openPopup('https://www.facebook.com/', facebookState({ errors: ['render: Error: injected overlay fault'] }));
    expect(document.querySelector('section.errors[role=alert]')!.textContent).toContain('render: Error: injected overlay fault');
  });

  it('follows the UI-language setting over the browser language', async () => {
    const { text } = await openPopup('https://www.facebook.com/', facebookState(), { ignoredRules: [], replyBoxes: true, uiLang: 'de' });
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(text()).toContain('Facebook · 1 Eingabefeld');
  });
});
