/**
 * The explanation card for one finding: category, message, explanation, one button per
 * suggestion, "Ignore here" and "Ignore this rule". Plain DOM (a framework would add weight to a
 * script that loads on every page); every text goes in through textContent, never as HTML.
 */
import type { Finding, Lang } from '../analysis/types';
import { t } from '../i18n';
import { categoryKey } from '../report-text';
import { cardText } from './strings';

export interface CardActions {
  onApply(replacement: string): void;
  onIgnoreHere(): void;
  onIgnoreRule(): void;
  onClose(): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string) => {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export function cardElement(doc: Document, ui: Lang, finding: Finding, actions: CardActions): HTMLElement {
  const card = el(doc, 'div', `card ${finding.category}`);
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', `${t(ui, categoryKey(finding.category))}: ${finding.text}`);
  card.dataset.echtCard = finding.ruleId;
  card.append(el(doc, 'p', 'cat', t(ui, categoryKey(finding.category))), el(doc, 'p', 'message', finding.message));
  if (finding.explanation) card.append(el(doc, 'p', 'explanation', finding.explanation));

  const buttons = el(doc, 'div', 'actions');
  const button = (className: string, label: string, run: () => void, title?: string) => {
    const b = el(doc, 'button', className, label);
    b.type = 'button';
    if (title) b.title = title;
    // Keep the composer's selection and focus until the action decides what to do with them.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', run);
    buttons.append(b);
  };
  for (const s of finding.suggestions ?? []) {
    if (s === '') button('fix', cardText(ui, 'remove'), () => actions.onApply(s));
    else button('fix', s, () => actions.onApply(s), `${cardText(ui, 'replaceWith')} “${s}”`);
  }
  button('ignore-here', cardText(ui, 'ignoreHere'), actions.onIgnoreHere);
  button('ignore-rule', cardText(ui, 'ignoreRule'), actions.onIgnoreRule);
  card.append(buttons, el(doc, 'p', 'hint', cardText(ui, 'shortcut')));

  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      actions.onClose();
    }
  });
  return card;
}

/** Below the phrase's last line, or above it when there is no room, kept inside the viewport. */
export function placeCard(card: HTMLElement, anchor: DOMRect, viewport: { width: number; height: number }): void {
  const w = card.offsetWidth || 340;
  const h = card.offsetHeight || 160;
  const below = anchor.bottom + 6;
  const top = below + h > viewport.height && anchor.top - 6 - h > 0 ? anchor.top - 6 - h : below;
  const left = Math.max(4, Math.min(anchor.left, viewport.width - w - 4));
  Object.assign(card.style, { left: `${left}px`, top: `${top}px` });
}
