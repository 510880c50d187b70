/**
 * One element per finding inside Echt's shadow root, carrying `data-echt-finding`,
 * `data-echt-category` and `data-echt-severity` (page contract), with one underline box per
 * client rect of the phrase's Range (a phrase that wraps has several). The element covers the
 * phrase's bounding box and is click-through: clicks and the caret belong to the composer.
 */
import type { Finding } from '../analysis/types';

export interface Placed {
  finding: Finding;
  /** Viewport rects of the phrase (already shifted for an iframe). */
  rects: DOMRect[];
}

export function highlightElement(doc: Document, finding: Finding): HTMLElement {
  const el = doc.createElement('div');
  el.className = 'hl';
  el.dataset.echtFinding = finding.ruleId;
  el.dataset.echtCategory = finding.category;
  el.dataset.echtSeverity = finding.severity;
  // The phrase's offsets in the draft text, for the popup's "show in composer" and for tests.
  el.dataset.echtStart = String(finding.start);
  el.dataset.echtEnd = String(finding.end);
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', `${finding.text}: ${finding.message}`);
  const sr = doc.createElement('span');
  sr.className = 'sr';
  sr.textContent = finding.text;
  el.append(sr);
  return el;
}

/** Positions `el` over `rects`; hidden when the phrase is out of view (no rects). */
export function placeHighlight(el: HTMLElement, rects: readonly DOMRect[]): void {
  for (const old of Array.from(el.querySelectorAll('.box'))) old.remove();
  const visible = rects.filter((r) => r.width > 0 && r.height > 0);
  el.hidden = visible.length === 0;
  if (el.hidden) return;
  const left = Math.min(...visible.map((r) => r.left));
  const top = Math.min(...visible.map((r) => r.top));
  const right = Math.max(...visible.map((r) => r.right));
  const bottom = Math.max(...visible.map((r) => r.bottom));
  Object.assign(el.style, { left: `${left}px`, top: `${top}px`, width: `${right - left}px`, height: `${bottom - top}px` });
  for (const r of visible) {
    const box = el.ownerDocument.createElement('div');
    box.className = 'box';
    Object.assign(box.style, { left: `${r.left - left}px`, top: `${r.top - top}px`, width: `${r.width}px`, height: `${r.height}px` });
    el.append(box);
  }
}

/** Whether a viewport point lies on one of the rects (hover detection: the highlights let the pointer through). */
export const hits = (rects: readonly DOMRect[], x: number, y: number): boolean =>
  rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 2);
