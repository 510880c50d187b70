// @vitest-environment happy-dom
/** The popup view renders a tab's state: notices, findings by category, reveal and copy. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { Lang } from '../../lib/analysis/types';
import type { ComposerState, TabState } from '../../lib/tab-state';
import { Popup } from '../../entrypoints/popup/App';

const composer = (key: string, text: string, focused = false, ui: Lang = 'en'): ComposerState => ({
  key,
  kind: 'post',
  detection: 'adapter',
  text,
  report: analyze(text, { uiLang: ui }),
  focused,
});

function mount(state: TabState | undefined, ui: Lang = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  const props = { onReveal: vi.fn(), onCopy: vi.fn(async () => {}), onOptions: vi.fn() };
  act(() => render(<Popup ui={ui} state={state} {...props} />, root));
  return { root, ...props };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Popup', () => {
  it.each([
    [undefined, 'No active tab.'],
    [{ supported: false, composers: [], errors: [] }, 'This site is not supported.'],
    [{ supported: true, platform: 'x', composers: [], errors: [] }, 'No composer on this page yet.'],
  ] as Array<[TabState | undefined, string]>)('says where it stands: %#', (state, text) => {
    const { root } = mount(state);
    expect(root.textContent).toContain(text);
  });

  it('groups every flagged phrase by category with message and explanation, and reveals on click', () => {
    const c = composer('a', 'Tag a friend who needs this 👇 Only 3 left – order now!', true);
    const { root, onReveal } = mount({ supported: true, platform: 'facebook', composers: [c], errors: [] });
    expect(root.textContent).toContain('Facebook · 1 composer');
    expect(root.textContent).toContain(`Score ${c.report.score} of 100`);
    const phrases = [...root.querySelectorAll('button.phrase')];
    expect(phrases.map((b) => b.textContent).sort()).toEqual(c.report.findings.map((f) => f.text).sort());
    expect(root.querySelector('section.engagement-bait h2')?.textContent).toContain('Engagement bait');
    expect(root.querySelector('section.sales-pitch h2')?.textContent).toContain('Sales pitch');
    for (const f of c.report.findings) expect(root.textContent).toContain(f.message);
    act(() => (phrases[0] as HTMLButtonElement).click());
    expect(onReveal).toHaveBeenCalledWith(c, c.report.findings.find((f) => f.text === phrases[0]!.textContent));
  });

  it('shows the focused composer first and lets the user switch', () => {
    const a = composer('a', 'Like if you agree!');
    const b = composer('b', 'Thanks for the quick reply, we will check it.', true);
    const { root } = mount({ supported: true, platform: 'linkedin', composers: [a, b], errors: [] });
    expect(root.textContent).toContain('No issues in this draft.');
    const select = root.querySelector('select')!;
    act(() => {
      select.value = 'a';
      select.dispatchEvent(new Event('change'));
    });
    expect(root.querySelector('button.phrase')?.textContent).toBe(a.report.findings[0]!.text);
  });

  it('copies the report and confirms, or says why not', async () => {
    const c = composer('a', 'Comment YES below!', true);
    const ok = mount({ supported: true, platform: 'x', composers: [c], errors: [] });
    await act(async () => (ok.root.querySelector('footer button') as HTMLButtonElement).click());
    expect(ok.onCopy).toHaveBeenCalledWith(c);
    expect(ok.root.querySelector('[role=status]')?.textContent).toBe('Report copied to the clipboard.');
  });

  it('shows errors caught on the page, and speaks German', () => {
    const c = composer('a', 'Markiere eine Freundin, die das braucht!', true, 'de');
    const { root } = mount({ supported: true, platform: 'facebook', composers: [c], errors: ['TypeError: x is undefined'] }, 'de');
    expect(root.querySelector('[role=alert]')?.textContent).toContain('TypeError: x is undefined');
    expect(root.textContent).toContain('Engagement-Bait');
    expect(root.textContent).toContain('Bericht kopieren');
  });

  it('switches Echt off for this site and reply boxes off, through the personal settings', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onPersonal = vi.fn();
    const c = composer('a', 'Like if you agree!', true);
    const personal = { ignoredRules: [], replyBoxes: true };
    act(() =>
      render(
        <Popup ui="en" state={{ supported: true, platform: 'facebook', composers: [c], errors: [] }} onReveal={vi.fn()} onCopy={vi.fn()} onOptions={vi.fn()} personal={personal} onPersonal={onPersonal} />,
        root,
      ),
    );
    const [site, replies] = [...root.querySelectorAll<HTMLInputElement>('.switches input[type=checkbox]')];
    expect(site!.closest('label')?.textContent).toContain('Check drafts on Facebook');
    expect(site!.checked).toBe(true);
    act(() => site!.click());
    expect(onPersonal).toHaveBeenLastCalledWith({ ...personal, disabledPlatforms: ['facebook'] });
    act(() => replies!.click());
    expect(onPersonal).toHaveBeenLastCalledWith({ ...personal, replyBoxes: false });
  });

  it('renders page text as text, never as HTML', () => {
    const c = composer('a', '<img src=x onerror=alert(1)> Tag a friend who needs this', true);
    const { root } = mount({ supported: true, platform: 'x', composers: [c], errors: ['<b>boom</b>'] });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<b>boom</b>');
  });
});
