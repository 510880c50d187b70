/**
 * The per-composer badge: `role="status"` with the accessible name "Echt: 2 warnings" /
 * "Echt: no issues" (page contract). It sits just inside the composer's bottom-right corner,
 * where the editable text area has no site controls; activating it opens the first finding.
 */
import { rankOf, type Finding, type Lang } from '../analysis/types';
import { SEVERITY_BADGE } from '../theme';
import { badgeLabel } from './strings';

export function badgeElement(doc: Document, onActivate: () => void): HTMLElement {
  // A live region, not a button (a status is not interactive for assistive technology); the click
  // is a mouse convenience, keyboard users jump to findings with Alt+Shift+E.
  const el = doc.createElement('div');
  el.className = 'badge';
  el.setAttribute('role', 'status');
  el.addEventListener('click', onActivate);
  return el;
}

export function updateBadge(el: HTMLElement, ui: Lang, findings: readonly Finding[]): void {
  const label = badgeLabel(ui, findings);
  const worst = findings.reduce((w, f) => Math.max(w, rankOf(f.severity)), -1);
  const state = `${findings.length}:${worst}:${label}`;
  // Called on every frame while typing: unchanged, it writes nothing (no style or layout work).
  if (el.dataset.state === state) return;
  el.dataset.state = state;
  el.setAttribute('aria-label', label);
  el.title = label;
  el.textContent = findings.length === 0 ? '✓' : String(findings.length);
  el.style.background = worst < 0 ? '' : SEVERITY_BADGE[(['suggestion', 'warning', 'error'] as const)[worst]!];
}

/**
 * Inside the composer's bottom-right corner; beside its right edge when the editor is a single
 * line (no room inside without covering text); hidden when the composer is not rendered.
 */
export function placeBadge(el: HTMLElement, composer: DOMRect, size = 20, inset = 4): void {
  el.hidden = composer.width === 0 || composer.height === 0;
  const roomy = composer.height >= size + 2 * inset + 16;
  const left = roomy ? composer.right - size - inset : composer.right + inset;
  const top = roomy ? composer.bottom - size - inset : composer.top + (composer.height - size) / 2;
  Object.assign(el.style, { left: `${left}px`, top: `${top}px` });
}
