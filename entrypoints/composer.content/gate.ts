/**
 * The pre-post check: when the user posts (a post button, Ctrl/Cmd+Enter, or Enter in a comment
 * box) and the draft has findings that reach the gate policy, the post is held and the dialog
 * asks. It fails open: if anything here throws, or the analysis of the current text is not ready
 * within the budget, the post goes through as if Echt were not there, and the popup gets the error.
 *
 * Holding a post = preventDefault + stopImmediatePropagation on the user's own event in the
 * capture phase, before the site's handlers see it. Letting it go later = replaying the site's own
 * action: a click on the same post button (or the key on the editor), while the gate stands aside.
 */
import type { Finding, Lang } from '../../lib/analysis/types';
import { heldFindings, type GateSettings } from '../../lib/gate';
import { openPrepostDialog } from '../../lib/overlay/prepost-dialog';
import type { PostKnowledge } from '../../lib/platforms';

export const GATE_BUDGET_MS = 300;

export interface GateTarget {
  editor: HTMLElement;
  /** The site's post buttons and keys for this composer, looked up when the user posts. */
  post(): PostKnowledge;
  /** Findings of the draft as it is now, or undefined when the last analysis is of older text. */
  currentFindings(): readonly Finding[] | undefined;
  /** Analyses the draft as it is now. */
  analyzeFresh(): Promise<readonly Finding[]>;
  /** "Edit draft": back to the composer, at the finding. */
  focusFinding(finding: Finding | undefined): void;
}

export interface GateEnv {
  doc: Document;
  targets(): Iterable<GateTarget>;
  policy(): GateSettings;
  ui(): Lang;
  /** Where the dialog goes: a node inside Echt's shadow root. */
  dialogHost(): Node;
  reportError(where: string, e: unknown): void;
}

type Attempt = { target: GateTarget; replay: () => void };

/** Installs the capture-phase listeners; returns a function that removes them. */
export function installGate(env: GateEnv, budgetMs = GATE_BUDGET_MS): () => void {
  let standAside = false;
  let dialogOpen = false;

  const replay = (fn: () => void) => {
    standAside = true;
    try {
      fn();
    } finally {
      standAside = false;
    }
  };

  /** Which composer this event posts, and how to replay it; undefined if it posts nothing. */
  const attemptOf = (e: Event): Attempt | undefined => {
    const path = e.composedPath();
    for (const target of env.targets()) {
      const post = target.post();
      if (e.type === 'click') {
        const button = post.buttons.find((b) => path.includes(b));
        if (button && button.getAttribute('aria-disabled') !== 'true' && !(button as HTMLButtonElement).disabled) {
          return { target, replay: () => button.click() };
        }
        continue;
      }
      const k = e as KeyboardEvent;
      if (k.key !== 'Enter' || k.isComposing || !path.includes(target.editor)) continue;
      const mod = k.ctrlKey || k.metaKey;
      const posts = (mod && post.keys.includes('mod-enter')) || (!mod && !k.shiftKey && !k.altKey && post.keys.includes('enter'));
      if (!posts) continue;
      const init: KeyboardEventInit = { key: 'Enter', code: 'Enter', ctrlKey: k.ctrlKey, metaKey: k.metaKey, bubbles: true, cancelable: true, composed: true };
      // A button click is the most reliable replay of a posting shortcut; comment boxes have none.
      const button = mod ? post.buttons[0] : undefined;
      return { target, replay: () => (button ? button.click() : target.editor.dispatchEvent(new KeyboardEvent('keydown', init))) };
    }
    return undefined;
  };

  const ask = (attempt: Attempt, held: readonly Finding[]) => {
    dialogOpen = true;
    openPrepostDialog(env.dialogHost(), {
      ui: env.ui(),
      findings: held,
      // A team profile may refuse "Post anyway" when an error-level finding is among them.
      held: env.policy().holdErrors && held.some((f) => f.severity === 'error') ? { profile: env.policy().profile } : undefined,
      onPost: () => {
        dialogOpen = false;
        replay(attempt.replay);
      },
      onEdit: (first) => {
        dialogOpen = false;
        attempt.target.focusFinding(first);
      },
    });
  };

  const decideLater = async (attempt: Attempt) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      env.reportError('pre-post check', new Error(`analysis not ready within ${budgetMs} ms; posted unchecked`));
      replay(attempt.replay);
    }, budgetMs);
    try {
      const findings = await attempt.target.analyzeFresh();
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      const held = heldFindings(findings, env.policy().gate);
      if (held.length) ask(attempt, held);
      else replay(attempt.replay);
    } catch (e) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      env.reportError('pre-post check', e);
      replay(attempt.replay);
    }
  };

  const onPostEvent = (e: Event) => {
    if (standAside) return;
    let attempt: Attempt | undefined;
    let held: Finding[] = [];
    let known: readonly Finding[] | undefined;
    try {
      if (env.policy().gate === 'off') return;
      attempt = attemptOf(e);
      if (!attempt) return;
      if (dialogOpen) {
        // One question at a time; a second post attempt while it is open waits for the answer.
        e.preventDefault();
        e.stopImmediatePropagation();
        return;
      }
      known = attempt.target.currentFindings();
      if (known) {
        held = heldFindings(known, env.policy().gate);
        if (held.length === 0) return; // clean and up to date: the site posts at once
      }
    } catch (err) {
      env.reportError('pre-post check', err);
      return; // nothing held yet: the event carries on to the site
    }
    e.preventDefault();
    e.stopImmediatePropagation();
    try {
      if (known) ask(attempt, held);
      else void decideLater(attempt);
    } catch (err) {
      env.reportError('pre-post check', err);
      replay(attempt.replay);
    }
  };

  // The window's capture phase runs before any handler the site registers on the document or its roots.
  const at: EventTarget = env.doc.defaultView ?? env.doc;
  const opts = { capture: true };
  at.addEventListener('click', onPostEvent, opts);
  at.addEventListener('keydown', onPostEvent, opts);
  return () => {
    at.removeEventListener('click', onPostEvent, opts);
    at.removeEventListener('keydown', onPostEvent, opts);
  };
}
