/**
 * The pre-post check: a modal `role="alertdialog"` listing the phrases that hold the post, by
 * category, with "Edit draft" and "Post anyway" (DESIGN.md page contract). Plain DOM inside Echt's
 * shadow root; every page or rule text goes in through textContent, never as HTML.
 */
import { CATEGORIES, type Finding, type Lang } from '../analysis/types';
import { t, type MessageKey } from '../i18n';
import { categoryKey } from '../report-text';

export interface PrepostChoice {
  ui: Lang;
  findings: readonly Finding[];
  /** Set when the team profile holds this post: no "Post anyway", and the dialog says who holds it. */
  held?: { profile?: string };
  /** The user chose to post the draft as it is. */
  onPost(): void;
  /** The user chose to go back (button, Escape): focus returns to the composer at `first`. */
  onEdit(first: Finding | undefined): void;
}

export const PREPOST_CSS = `
.echt-backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.45); display: grid; place-items: center; z-index: 2147483647; pointer-events: auto; }
.echt-dialog { max-width: min(480px, 92vw); max-height: 80vh; overflow: auto; background: var(--echt-bg); color: var(--echt-fg);
  border-radius: 10px; padding: 18px 20px; box-shadow: 0 12px 40px rgb(0 0 0 / 0.35); font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.echt-dialog h2 { font-size: 17px; margin: 0 0 6px; }
.echt-dialog h3 { font-size: 14px; margin: 12px 0 4px; color: var(--cat); }
.echt-dialog ul { margin: 0; padding-left: 18px; }
.echt-dialog li { margin: 2px 0; }
.echt-dialog .phrase { font-weight: 600; }
.echt-dialog .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
.echt-dialog button { font: inherit; border-radius: 6px; padding: 6px 14px; cursor: pointer; border: 1px solid var(--echt-border); background: transparent; color: var(--echt-fg); }
.echt-dialog button.primary { background: var(--echt-focus); border-color: var(--echt-focus); color: var(--echt-bg); }
.echt-dialog :focus-visible { outline: 2px solid var(--echt-focus); outline-offset: 2px; }
.echt-dialog .sales-pitch { --cat: var(--echt-sales-pitch); }
.echt-dialog .engagement-bait { --cat: var(--echt-engagement-bait); }
.echt-dialog .off-brand { --cat: var(--echt-off-brand); }
`;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: Node[]) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...kids);
  return node;
};

/** Opens the dialog inside `host` (a node in Echt's shadow root); returns a function that closes it. */
export function openPrepostDialog(host: Node, choice: PrepostChoice): () => void {
  const { ui, findings } = choice;
  const title = el('h2', { id: 'echt-gate-title', textContent: t(ui, 'gate_title') });
  const intro = el('p', { id: 'echt-gate-intro', textContent: t(ui, 'gate_intro') });
  const dialog = el('div', { className: 'echt-dialog' }, title, intro);
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', title.id);
  dialog.setAttribute('aria-describedby', intro.id);

  for (const category of CATEGORIES) {
    const found = findings.filter((f) => f.category === category);
    if (found.length === 0) continue;
    const list = el('ul');
    for (const f of found) list.append(el('li', {}, el('span', { className: 'phrase', textContent: `“${f.text}”` }), document.createTextNode(` – ${f.message}`)));
    dialog.append(el('section', { className: category }, el('h3', { textContent: t(ui, categoryKey(category) as MessageKey) }), list));
  }

  const edit = el('button', { type: 'button', className: 'primary', textContent: t(ui, 'gate_edit') });
  const post = el('button', { type: 'button', textContent: t(ui, 'gate_post_anyway') });
  if (choice.held) {
    const rules = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].join(', ');
    dialog.append(el('p', { className: 'held', textContent: t(ui, 'gate_held', choice.held.profile ?? t(ui, 'gate_held_unnamed'), rules) }));
  }
  dialog.append(el('div', { className: 'actions' }, ...(choice.held ? [edit] : [post, edit])));
  const backdrop = el('div', { className: 'echt-backdrop' }, dialog);

  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    backdrop.remove();
  };
  // A double click must not post twice.
  const choose = (fn: () => void) => () => {
    if (!open) return;
    close();
    fn();
  };
  edit.addEventListener('click', choose(() => choice.onEdit(findings[0])));
  post.addEventListener('click', choose(() => choice.onPost()));
  // Keyboard: Escape goes back to the draft; Tab stays inside the dialog (it is modal).
  backdrop.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      choose(() => choice.onEdit(findings[0]))();
    } else if (e.key === 'Tab') {
      const order = choice.held ? [edit] : [post, edit];
      const at = order.indexOf(e.composedPath()[0] as HTMLButtonElement);
      e.preventDefault();
      order[(at + (e.shiftKey ? order.length - 1 : 1)) % order.length]!.focus();
    }
  });
  host.appendChild(backdrop);
  edit.focus(); // the safe choice is the default
  return close;
}
