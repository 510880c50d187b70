/**
 * The one place Echt draws in a page: an open shadow root on `<echt-ui>`, appended to the
 * document element, never inside a composer (DESIGN.md page contract). The host is a fixed,
 * zero-size, click-through layer; children position themselves in viewport coordinates.
 */
import type { Scheme } from '../theme';
import { cssVariables } from '../theme';
import { PREPOST_CSS } from './prepost-dialog';

const CSS = `
:host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646; pointer-events: none; }
.group { position: absolute; left: 0; top: 0; width: 0; height: 0; }
.hl { position: absolute; pointer-events: none; outline: none; border-radius: 2px; }
.hl .box { position: absolute; border-bottom: 2px solid var(--c); background: color-mix(in srgb, var(--c) 10%, transparent); }
.hl[data-echt-severity="suggestion"] .box { border-bottom-style: dotted; background: transparent; }
.hl[data-echt-severity="error"] .box { border-bottom-width: 3px; }
.hl:focus-visible .box, .hl.active .box { background: color-mix(in srgb, var(--c) 22%, transparent); }
.hl:focus-visible { outline: 2px solid var(--echt-focus); outline-offset: 1px; }
.hl[data-echt-category="sales-pitch"], .card.sales-pitch { --c: var(--echt-sales-pitch); }
.hl[data-echt-category="engagement-bait"], .card.engagement-bait { --c: var(--echt-engagement-bait); }
.hl[data-echt-category="off-brand"], .card.off-brand { --c: var(--echt-off-brand); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.badge { position: absolute; pointer-events: auto; min-width: 20px; height: 20px; padding: 0 5px; box-sizing: border-box; border-radius: 10px;
  font: 600 12px/20px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; text-align: center; cursor: pointer;
  color: #fff; background: #15803d; border: none; opacity: 0.92; }
.badge:focus-visible { outline: 2px solid var(--echt-focus); outline-offset: 2px; }
.card { position: absolute; pointer-events: auto; width: min(340px, 90vw); box-sizing: border-box; padding: 12px 14px; border-radius: 8px;
  background: var(--echt-bg); color: var(--echt-fg); border: 1px solid var(--echt-border); box-shadow: 0 6px 24px rgb(0 0 0 / 0.25);
  font: 14px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.card .cat { font-size: 12px; font-weight: 600; color: var(--c); margin: 0 0 4px; }
.card .message { font-weight: 600; margin: 0 0 4px; }
.card .explanation { color: var(--echt-muted); margin: 0 0 8px; }
.card .actions { display: flex; flex-wrap: wrap; gap: 6px; }
.card button { font: inherit; font-size: 13px; border-radius: 6px; padding: 4px 10px; cursor: pointer; border: 1px solid var(--echt-border); background: transparent; color: var(--echt-fg); }
.card button.fix { border-color: var(--c); color: var(--echt-fg); background: color-mix(in srgb, var(--c) 14%, transparent); }
.card button:focus-visible { outline: 2px solid var(--echt-focus); outline-offset: 2px; }
.card .hint { margin: 8px 0 0; font-size: 12px; color: var(--echt-muted); }
${PREPOST_CSS}
`;

export interface Ui {
  host: HTMLElement;
  root: ShadowRoot;
}

const mounted = new WeakMap<Document, Ui>();

/** Echt's layer in `doc`, created on first use and re-attached if the page removed it. */
export function ui(doc: Document = document): Ui {
  let u = mounted.get(doc);
  if (!u) {
    const host = doc.createElement('echt-ui');
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CSS;
    root.append(style);
    u = { host, root };
    mounted.set(doc, u);
  }
  if (!u.host.isConnected) doc.documentElement.append(u.host);
  return u;
}

/** A layer for one composer, themed to match it. */
export function group(doc: Document = document): HTMLElement {
  const g = doc.createElement('div');
  g.className = 'group';
  ui(doc).root.append(g);
  return g;
}

export function applyScheme(g: HTMLElement, scheme: Scheme): void {
  g.setAttribute('style', cssVariables(scheme));
}

/** Relative luminance of a CSS rgb()/rgba() colour; undefined when transparent or unparsable. */
export function luminance(colour: string): number | undefined {
  const m = colour.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return undefined;
  const lin = (v: string) => {
    const c = parseFloat(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/**
 * The composer's scheme: from the first opaque background up its ancestors (the sites have their
 * own dark mode switch, not always tied to the OS), else the OS preference.
 */
export function schemeOf(el: Element): Scheme {
  const view = el.ownerDocument.defaultView;
  for (let e: Element | null = el; e && view; e = e.parentElement) {
    const l = luminance(view.getComputedStyle(e).backgroundColor);
    if (l !== undefined) return l < 0.2 ? 'dark' : 'light';
  }
  return view?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
