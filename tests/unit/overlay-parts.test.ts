// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import type { Finding } from '../../lib/analysis/types';
import { badgeElement, placeBadge, updateBadge } from '../../lib/overlay/badge';
import { cardElement } from '../../lib/overlay/card';
import { highlightElement, hits, placeHighlight } from '../../lib/overlay/highlights';
import { luminance } from '../../lib/overlay/host';
import { debounceIdle, type ScheduleEnv } from '../../lib/overlay/schedule';
import { shiftFindings } from '../../lib/overlay/shift';
import { badgeLabel } from '../../lib/overlay/strings';

const finding = (over: Partial<Finding> = {}): Finding => ({
  ruleId: 'engagement-bait/tag-bait',
  category: 'engagement-bait',
  severity: 'warning',
  start: 0,
  end: 12,
  text: 'Tag a friend',
  message: 'Asks readers to tag people.',
  explanation: 'Platforms demote tag bait.',
  suggestions: ['Who would enjoy this?', ''],
  ...over,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('badge label', () => {
  it.each([
    ['en', 0, 'Echt: no issues'],
    ['en', 1, 'Echt: 1 warning'],
    ['en', 2, 'Echt: 2 warnings'],
    ['de', 0, 'Echt: keine Probleme'],
    ['de', 1, 'Echt: 1 Warnung'],
    ['de', 2, 'Echt: 2 Warnungen'],
  ] as const)('%s, %i findings → %s', (ui, n, label) => {
    const findings = Array.from({ length: n }, (_, i) => finding({ start: i * 20, end: i * 20 + 12 }));
    expect(badgeLabel(ui, findings)).toBe(label);
    const el = badgeElement(document, () => {});
    updateBadge(el, ui, findings);
    expect(el.getAttribute('role')).toBe('status');
    expect(el.getAttribute('aria-label')).toBe(label);
  });

  it('sits inside the composer bottom-right corner', () => {
    const el = badgeElement(document, () => {});
    placeBadge(el, new DOMRect(100, 50, 400, 120));
    expect(el.style.left).toBe('476px');
    expect(el.style.top).toBe('146px');
    expect(el.hidden).toBe(false);
    // A one-line editor: beside it, vertically centred.
    placeBadge(el, new DOMRect(100, 50, 400, 20));
    expect(el.style.left).toBe('504px');
    expect(el.style.top).toBe('50px');
    placeBadge(el, new DOMRect(0, 0, 0, 0));
    expect(el.hidden).toBe(true);
  });
});

describe('highlight element', () => {
  it('carries the page-contract attributes and the phrase as text', () => {
    const el = highlightElement(document, finding());
    expect(el.dataset).toMatchObject({ echtFinding: 'engagement-bait/tag-bait', echtCategory: 'engagement-bait', echtSeverity: 'warning', echtStart: '0', echtEnd: '12' });
    expect(el.textContent).toBe('Tag a friend');
  });

  it('draws one box per rect and hit-tests them', () => {
    const el = highlightElement(document, finding());
    const rects = [new DOMRect(10, 10, 100, 18), new DOMRect(0, 30, 40, 18)];
    placeHighlight(el, rects);
    expect(el.querySelectorAll('.box')).toHaveLength(2);
    expect(el.style.left).toBe('0px');
    expect(el.style.width).toBe('110px');
    expect(hits(rects, 50, 20)).toBe(true);
    expect(hits(rects, 80, 40)).toBe(false);
    placeHighlight(el, []);
    expect(el.hidden).toBe(true);
  });
});

describe('card', () => {
  it('renders page and rule text as text, never as HTML', () => {
    const f = finding({ message: '<img src=x onerror=alert(1)>', text: '<b>x</b>', suggestions: ['<i>y</i>'] });
    const card = cardElement(document, 'en', f, { onApply() {}, onIgnoreHere() {}, onIgnoreRule() {}, onClose() {} });
    expect(card.querySelector('img, b, i')).toBeNull();
    expect(card.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it.each([
    ['en', 'Ignore here', 'Ignore this rule', 'Remove'],
    ['de', 'Hier ignorieren', 'Diese Regel ignorieren', 'Entfernen'],
  ] as const)('offers suggestions and both ignores (%s)', (ui, here, rule, remove) => {
    const actions = { onApply: vi.fn(), onIgnoreHere: vi.fn(), onIgnoreRule: vi.fn(), onClose: vi.fn() };
    const card = cardElement(document, ui, finding(), actions);
    const button = (label: string) => [...card.querySelectorAll('button')].find((b) => b.textContent === label)!;
    button('Who would enjoy this?').click();
    button(remove).click();
    button(here).click();
    button(rule).click();
    expect(actions.onApply.mock.calls).toEqual([['Who would enjoy this?'], ['']]);
    expect(actions.onIgnoreHere).toHaveBeenCalledOnce();
    expect(actions.onIgnoreRule).toHaveBeenCalledOnce();
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(actions.onClose).toHaveBeenCalledOnce();
    expect(card.querySelector('.message')?.textContent).toBe('Asks readers to tag people.');
  });
});

describe('debounceIdle', () => {
  const fakeEnv = (withIdle: boolean) => {
    vi.useFakeTimers();
    const idle = vi.fn((fn: () => void) => setTimeout(fn, 5));
    const env: ScheduleEnv = {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as number),
      idle: withIdle ? idle : undefined,
    };
    return { env, idle };
  };
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([true, false])('runs once after a burst of requests (idle callback available: %s)', (withIdle) => {
    const { env, idle } = fakeEnv(withIdle);
    const run = vi.fn();
    const s = debounceIdle(run, 150, env);
    for (let i = 0; i < 10; i++) {
      s.request();
      vi.advanceTimersByTime(50);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    vi.advanceTimersByTime(10);
    expect(run).toHaveBeenCalledOnce();
    expect(idle).toHaveBeenCalledTimes(withIdle ? 1 : 0);
  });

  it('cancel drops a pending run', () => {
    const { env } = fakeEnv(true);
    const run = vi.fn();
    const s = debounceIdle(run, 150, env);
    s.request();
    vi.advanceTimersByTime(100);
    s.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('shiftFindings keeps marks on their phrases between edits', () => {
  const before = 'Tag a friend. Nice day. Only 3 left!';
  const found = analyze(before, { lang: 'en' }).findings;
  it.each([
    ['typing between the phrases', before.replace('Nice', 'Very nice')],
    ['typing at the start', `Hey! ${before}`],
    ['typing at the end', `${before} Bye`],
    ['deleting inside a phrase', before.replace('friend', 'fr')],
  ])('%s', (_, after) => {
    expect(found.map((f) => f.text)).toEqual(expect.arrayContaining(['Tag a friend']));
    expect(found.length).toBeGreaterThan(1);
    const shifted = shiftFindings(found, before, after);
    for (const f of shifted) expect(after.slice(f.start, f.end)).toBe(f.text);
    // Findings the edit did not touch survive.
    expect(shifted.length).toBeGreaterThanOrEqual(found.length - 1);
  });
});

describe('luminance', () => {
  it.each([
    ['rgb(255, 255, 255)', 1],
    ['rgb(0, 0, 0)', 0],
    ['rgba(0, 0, 0, 0)', undefined],
    ['rgb(24 25 26 / 100%)', 0.01],
  ])('%s', (colour, l) => {
    const v = luminance(colour);
    if (l === undefined) expect(v).toBeUndefined();
    else expect(v).toBeCloseTo(l, 1);
  });
});
