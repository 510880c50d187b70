// @vitest-environment happy-dom
/** The pre-post check holds flagged posts, lets clean ones through at once, and fails open. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { Finding } from '../../lib/analysis/types';
import type { GatePolicy } from '../../lib/gate';
import { installGate, type GateTarget } from '../../entrypoints/composer.content/gate';

let posted: string[];
let editor: HTMLElement;
let button: HTMLButtonElement;
let host: HTMLElement;
let errors: string[];
let uninstall: () => void;

function setup(opts: { text: string; fresh?: boolean; analyzeFresh?: () => Promise<readonly Finding[]>; policy?: GatePolicy; keys?: Array<'mod-enter' | 'enter'>; holdErrors?: boolean }) {
  document.body.innerHTML = '<div contenteditable role="textbox"></div><button>Post</button><div id="host"></div>';
  editor = document.querySelector('[role=textbox]')!;
  editor.textContent = opts.text;
  button = document.querySelector('button')!;
  host = document.querySelector('#host')!;
  posted = [];
  errors = [];
  // the site's own handlers
  button.addEventListener('click', () => posted.push(editor.textContent!));
  editor.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || !opts.keys?.includes('mod-enter'))) posted.push(editor.textContent!);
  });
  // With holdErrors the team profile also grades engagement bait as an error.
  const findings = analyze(opts.text, { lang: 'en', profile: opts.holdErrors ? { severity: { 'engagement-bait': 'error' } } : undefined }).findings;
  const focusFinding = vi.fn();
  const target: GateTarget = {
    editor,
    post: () => ({ buttons: [button], keys: opts.keys ?? ['mod-enter'] }),
    currentFindings: () => (opts.fresh === false ? undefined : findings),
    analyzeFresh: opts.analyzeFresh ?? (async () => findings),
    focusFinding,
  };
  uninstall = installGate(
    {
      doc: document,
      targets: () => [target],
      policy: () => ({ gate: opts.policy ?? 'warning', holdErrors: opts.holdErrors ?? false, profile: 'Bäckerei Müller' }),
      ui: () => 'en',
      dialogHost: () => host,
      reportError: (where, e) => errors.push(`${where}: ${e instanceof Error ? e.message : e}`),
    },
    50,
  );
  return { findings, focusFinding };
}

const dialog = () => host.querySelector('[role=alertdialog]');
const choose = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!.click();
const ctrlEnter = () => editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));

afterEach(() => uninstall());

describe('pre-post check', () => {
  const bait = 'Tag a friend who needs this!';
  const clean = 'Our shop opens at 9 on Saturday.';

  it('lets a clean draft post at once', () => {
    setup({ text: clean });
    button.click();
    expect(posted).toEqual([clean]);
    expect(dialog()).toBeNull();
  });

  it('holds a flagged draft and asks; "Post anyway" posts exactly once with the exact text', () => {
    setup({ text: bait });
    button.click();
    expect(posted).toEqual([]);
    expect(dialog()?.textContent).toContain('Tag a friend who needs this');
    choose('Post anyway');
    expect(posted).toEqual([bait]);
    expect(dialog()).toBeNull();
  });

  it('a team profile that holds errors offers no "Post anyway" and says who holds the post', () => {
    setup({ text: bait, holdErrors: true });
    button.click();
    expect(dialog()?.textContent).toContain('The team profile “Bäckerei Müller” holds posts with errors (engagement-bait/tag-bait)');
    expect([...host.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Edit draft']);
    expect(posted).toEqual([]);
  });

  it('"Edit draft" posts nothing and returns to the first finding', () => {
    const { findings, focusFinding } = setup({ text: bait });
    button.click();
    choose('Edit draft');
    expect(posted).toEqual([]);
    expect(focusFinding).toHaveBeenCalledWith(findings[0]);
  });

  it('holds Ctrl+Enter the same way and replays it as the post', () => {
    setup({ text: bait });
    ctrlEnter();
    expect(posted).toEqual([]);
    expect(dialog()).not.toBeNull();
    choose('Post anyway');
    expect(posted).toEqual([bait]);
  });

  it('holds Enter in a comment box, not Shift+Enter', () => {
    setup({ text: bait, keys: ['enter'] });
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    expect(dialog()).toBeNull();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(dialog()).not.toBeNull();
  });

  it.each([
    ['gate off', { policy: 'off' as GatePolicy }],
    ['gate at error, only warnings found', { policy: 'error' as GatePolicy }],
  ])('does not hold with %s', (_name, opts) => {
    setup({ text: bait, ...opts });
    button.click();
    expect(posted).toEqual([bait]);
  });

  it('analyses a changed draft before deciding', async () => {
    setup({ text: bait, fresh: false });
    button.click();
    expect(posted).toEqual([]);
    await vi.waitFor(() => expect(dialog()).not.toBeNull());
  });

  it('fails open when the analysis is late: posts and reports', async () => {
    setup({ text: bait, fresh: false, analyzeFresh: () => new Promise(() => {}) });
    button.click();
    await vi.waitFor(() => expect(posted).toEqual([bait]));
    expect(dialog()).toBeNull();
    expect(errors.join()).toContain('not ready within 50 ms');
  });

  it('fails open when the analysis throws: posts and reports', async () => {
    setup({ text: bait, fresh: false, analyzeFresh: async () => Promise.reject(new Error('analyzer exploded')) });
    button.click();
    await vi.waitFor(() => expect(posted).toEqual([bait]));
    expect(errors.join()).toContain('analyzer exploded');
  });

  it('fails open when the gate itself throws before holding', () => {
    setup({ text: bait });
    uninstall();
    uninstall = installGate({
      doc: document,
      targets: () => {
        throw new Error('adapter broke');
      },
      policy: () => ({ gate: 'warning', holdErrors: false }),
      ui: () => 'en',
      dialogHost: () => host,
      reportError: (where, e) => errors.push(`${where}: ${(e as Error).message}`),
    });
    button.click();
    expect(posted).toEqual([bait]);
    expect(errors).toEqual(['pre-post check: adapter broke']);
  });
});
