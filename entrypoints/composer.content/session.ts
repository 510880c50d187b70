/**
 * One watched composer: reads its draft when it changes, gets the analysis from the background,
 * and draws highlights, badge and card in Echt's shadow root. Everything here fails open: an error
 * clears Echt's marks and is reported, the composer itself is never touched except by an explicit
 * "apply suggestion".
 */
import type { Finding, Lang, Platform, Report } from '../../lib/analysis/types';
import { injectFault } from '../../lib/fault';
import type { AnalyzeRequest } from '../../lib/messaging';
import { replaceRange } from '../../lib/overlay/apply-fix';
import { badgeElement, placeBadge, updateBadge } from '../../lib/overlay/badge';
import { cardElement, placeCard } from '../../lib/overlay/card';
import { highlightElement, hits, placeHighlight } from '../../lib/overlay/highlights';
import { applyScheme, group, schemeOf } from '../../lib/overlay/host';
import { debounceIdle } from '../../lib/overlay/schedule';
import { shiftFindings } from '../../lib/overlay/shift';
import type { Composer } from '../../lib/platforms';
import { offsetOf, rangeFor, readDraft, type Draft } from '../../lib/platforms/read';

/** Longer than this and the draft is shown as clean (fail open) until the answer arrives. */
export const ANALYSIS_BUDGET_MS = 300;
/**
 * Editors merge edits that follow each other quickly into one undo step (Quill within 1 s, Lexical
 * and Draft.js within less). A fix waits until the draft has been quiet this long, so it is an undo
 * step of its own: one Ctrl+Z restores the phrase, not the phrase and the words typed before it.
 */
export const UNDO_GAP_MS = 1050;
/** No answer after this long is reported as an error. */
export const ANALYSIS_DEAD_MS = 5000;

export interface SessionEnv {
  platform: Platform;
  /** The document Echt draws in (the top document, also for composers in same-origin iframes). */
  doc: Document;
  ui(): Lang;
  ignoredRules(): ReadonlySet<string>;
  analyze(req: AnalyzeRequest): Promise<Report>;
  reportError(where: string, error: unknown): void;
  ignoreRule(ruleId: string): void;
  /** Shift from the composer's viewport to the top viewport (non-zero inside an iframe). */
  offset(): { x: number; y: number };
}

interface Mark {
  finding: Finding;
  el: HTMLElement;
  rects: DOMRect[];
  /** The rects the element was last placed at, as text: unchanged ones are not written again. */
  placed?: string;
  /** Editor box, scroll and offsets the rects were measured for: text after a phrase cannot move it. */
  measured?: string;
}

const rectsKey = (rects: readonly DOMRect[]) => rects.map((r) => `${r.left},${r.top},${r.width},${r.height}`).join(';');

type CardOrigin = 'hover' | 'focus';

export class ComposerSession {
  private readonly layer: HTMLElement;
  private readonly badge: HTMLElement;
  private readonly observer: MutationObserver;
  private readonly resize: ResizeObserver | undefined;
  private readonly scheduler = debounceIdle(() => void this.analyzeNow());
  private draft: Draft;
  /** The text the current findings' offsets refer to. */
  private analysed = '';
  /** The text the background last answered for (not the fail-open blank shown while it was late). */
  private answered: string | undefined;
  private findings: Finding[] = [];
  private marks: Mark[] = [];
  private sent: string | undefined;
  private sentFocused = false;
  private ignoredHere = new Set<string>();
  private card: { el: HTMLElement; mark: Mark; origin: CardOrigin } | undefined;
  private repositionQueued = false;
  private seq = 0;
  private lastEdit = 0;
  /** The draft text the marks' rects were last measured against. */
  private measuredText: string | undefined;
  /** Set when the editor's box may have changed: the next placement measures everything. */
  private layoutDirty = true;

  constructor(
    readonly key: string,
    readonly composer: Composer,
    private readonly env: SessionEnv,
  ) {
    this.layer = group(env.doc);
    this.badge = badgeElement(env.doc, () => this.focusMark(0));
    this.layer.append(this.badge);
    this.draft = readDraft(composer.editor);
    this.observer = new MutationObserver(() => this.changed());
    this.observer.observe(composer.editor, { characterData: true, childList: true, subtree: true });
    const view = composer.editor.ownerDocument.defaultView;
    this.resize = view?.ResizeObserver
      ? new view.ResizeObserver(() => {
          this.layoutDirty = true;
          this.queueReposition();
        })
      : undefined;
    this.resize?.observe(composer.editor);
    composer.editor.addEventListener('focus', this.onFocus);
    this.layer.addEventListener('focusout', this.onFocusOut);
    this.theme();
    this.render();
    this.scheduler.request();
  }

  get editor(): HTMLElement {
    return this.composer.editor;
  }

  get focused(): boolean {
    const active = this.editor.ownerDocument.activeElement;
    return !!active && this.editor.contains(active);
  }

  /** Visible findings, in draft order. */
  get visible(): readonly Finding[] {
    return this.marks.map((m) => m.finding);
  }

  private readonly onFocus = () => {
    this.theme();
    if (!this.sentFocused) this.scheduler.request();
  };

  /** Follows the site's light or dark theme (read on start and focus, not per keystroke: it forces style). */
  private theme(): void {
    this.guard('theme', () => applyScheme(this.layer, schemeOf(this.editor)));
  }

  private readonly onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (this.card?.origin === 'focus' && !(to && this.layer.contains(to))) this.closeCard();
  };

  /** A mutation in the editor: move the marks now, analyse once typing pauses. */
  private changed(): void {
    this.lastEdit = performance.now();
    this.scheduler.request();
    this.queueReposition();
  }

  private guard<T>(where: string, fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      this.env.reportError(where, e);
      return undefined;
    }
  }

  async analyzeNow(force = false): Promise<void> {
    const text = this.guard('read', () => {
      injectFault('adapter');
      return readDraft(this.editor).text;
    });
    if (text === undefined) return;
    const focused = this.focused;
    if (!force && text === this.sent && focused === this.sentFocused) return;
    this.sent = text;
    this.sentFocused = focused;
    const seq = ++this.seq;
    const { platform } = this.env;
    const request = this.env.analyze({ text, platform, key: this.key, kind: this.composer.kind, detection: this.composer.detection, focused });
    let late = false;
    const timer = setTimeout(() => {
      // Fail open: while the background is slow (first load, busy), show nothing rather than stale marks.
      late = true;
      if (seq === this.seq) this.show([], text);
    }, ANALYSIS_BUDGET_MS);
    // A cold start of the service worker routinely takes longer than the budget; only an answer
    // that never comes is an error worth showing in the popup.
    const dead = setTimeout(() => this.env.reportError('analyze', new Error(`no answer within ${ANALYSIS_DEAD_MS} ms`)), ANALYSIS_DEAD_MS);
    try {
      const report = await request;
      if (seq === this.seq) {
        this.answered = text;
        this.show(report.findings, text);
      }
    } catch (e) {
      if (!late && seq === this.seq) this.show([], text);
      this.sent = undefined;
      this.env.reportError('analyze', e);
    } finally {
      clearTimeout(timer);
      clearTimeout(dead);
    }
  }

  /** Findings of an analysis of `text`; the draft may have moved on since. */
  private show(findings: Finding[], text: string): void {
    this.findings = findings;
    this.analysed = text;
    // each answer is also a moment to catch layout shifts no event reported (an image above loading)
    this.layoutDirty = true;
    this.render();
  }

  private hereKey = (f: Finding) => `${f.ruleId}\u0000${f.text}`;

  /** Rebuilds the marks from the findings, for the current draft. */
  render(): void {
    this.guard('render', () => {
      injectFault('overlay');
      this.draft = readDraft(this.editor);
      const ignored = this.env.ignoredRules();
      const findings = shiftFindings(this.findings, this.analysed, this.draft.text).filter(
        (f) => !ignored.has(f.ruleId) && !this.ignoredHere.has(this.hereKey(f)),
      );
      // Marks of unchanged findings keep their elements, so keyboard focus and an open card survive re-renders.
      const keyOf = (f: Finding) => `${f.ruleId}\u0000${f.severity}\u0000${f.start}\u0000${f.end}\u0000${f.text}\u0000${f.message}`;
      const old = new Map(this.marks.map((m) => [keyOf(m.finding), m]));
      this.marks = findings.map((finding) => {
        const kept = old.get(keyOf(finding));
        if (kept) {
          old.delete(keyOf(finding));
          return kept;
        }
        const el = highlightElement(this.env.doc, finding);
        const mark: Mark = { finding, el, rects: [] };
        el.addEventListener('focus', () => this.openCard(mark, 'focus'));
        el.addEventListener('keydown', (e) => this.onMarkKey(e, mark));
        return mark;
      });
      if (this.card && old.has(keyOf(this.card.mark.finding))) this.closeCard(false);
      for (const m of old.values()) m.el.remove();
      // Insert in draft order without moving kept elements that are in place (moving one drops its focus).
      let ref: ChildNode | null = this.layer.firstChild;
      for (const m of this.marks) {
        if (m.el === ref) ref = ref.nextSibling;
        else this.layer.insertBefore(m.el, ref);
      }
      updateBadge(this.badge, this.env.ui(), findings);
      this.reposition(false);
    });
  }

  queueReposition(): void {
    if (this.repositionQueued) return;
    this.repositionQueued = true;
    requestAnimationFrame(() => {
      this.repositionQueued = false;
      if (this.editor.isConnected) this.render();
    });
  }

  /**
   * Places marks, badge and card from the live layout (scroll, resize, wrapping, fonts). `force`
   * is false only for the per-frame call while typing: if no mark can have moved, it reads no
   * layout at all, which keeps keystrokes as fast as without Echt.
   */
  reposition(force = true): void {
    this.guard('position', () => {
      const text = this.draft.text;
      const before = this.measuredText ?? '';
      let stable = 0;
      while (stable < text.length && stable < before.length && text.charCodeAt(stable) === before.charCodeAt(stable)) stable++;
      this.measuredText = text;
      // Typing after a phrase leaves it where it was: same text up to a word break after it (a word
      // typed onto its last word could wrap it to the next line). Box, scroll and font changes
      // arrive as their own events (ResizeObserver, scroll, fonts) and force a full pass.
      const unmoved = (m: Mark) => m.measured !== undefined && /\s/.test(text.slice(m.finding.end, stable));
      if (!force && !this.layoutDirty && this.marks.every(unmoved)) return;
      this.layoutDirty = false;
      const { x, y } = this.env.offset();
      const moved = (r: DOMRect) => new DOMRect(r.left + x, r.top + y, r.width, r.height);
      const box = moved(this.editor.getBoundingClientRect());
      // All layout reads first, then the writes: interleaving them forced a layout per mark on
      // every frame while the user typed.
      const frame = `${box.left},${box.top},${box.width},${box.height},${this.editor.scrollLeft},${this.editor.scrollTop},${this.editor.ownerDocument.fonts?.status}`;
      for (const m of this.marks) {
        const spot = `${frame}|${m.finding.start},${m.finding.end}`;
        if (m.measured === spot && unmoved(m)) continue;
        const range = rangeFor(this.draft, m.finding.start, m.finding.end, this.editor.ownerDocument);
        // Only what lies inside the composer's visible box (its text scrolls inside it).
        m.rects = range
          ? Array.from(range.getClientRects(), moved).filter((r) => r.bottom > box.top && r.top < box.bottom && r.width > 0)
          : [];
        m.measured = spot;
      }
      for (const m of this.marks) {
        const key = rectsKey(m.rects);
        if (m.placed === key) continue;
        placeHighlight(m.el, m.rects);
        m.placed = key;
      }
      placeBadge(this.badge, box);
      if (this.card) this.placeCardNow();
    });
  }

  /** Whether `node` is one of this session's marks, badge or card. */
  owns(node: Node): boolean {
    return this.layer.contains(node);
  }

  /** The finding under a viewport point, for hover cards (the marks let the pointer through). */
  markAt(px: number, py: number): Mark | undefined {
    return this.marks.find((m) => hits(m.rects, px, py));
  }

  overCard(target: EventTarget | null): boolean {
    return !!this.card && target instanceof Node && this.card.el.contains(target);
  }

  get cardOrigin(): CardOrigin | undefined {
    return this.card?.origin;
  }

  openCard(mark: Mark, origin: CardOrigin): void {
    this.guard('card', () => {
      if (this.card?.mark === mark) {
        if (origin === 'focus') this.card.origin = 'focus';
        return;
      }
      this.closeCard(false);
      const el = cardElement(this.env.doc, this.env.ui(), mark.finding, {
        onApply: (replacement) => void this.apply(mark.finding, replacement),
        onIgnoreHere: () => {
          this.ignoredHere.add(this.hereKey(mark.finding));
          this.closeCard();
          this.render();
        },
        onIgnoreRule: () => {
          this.env.ignoreRule(mark.finding.ruleId);
          this.closeCard();
        },
        onClose: () => this.closeCard(),
      });
      this.card = { el, mark, origin };
      mark.el.classList.add('active');
      this.layer.append(el);
      this.placeCardNow();
    });
  }

  private placeCardNow(): void {
    if (!this.card) return;
    const { el, mark } = this.card;
    const anchor = mark.rects[mark.rects.length - 1];
    el.hidden = !anchor;
    const view = this.env.doc.defaultView!;
    if (anchor) placeCard(el, anchor, { width: view.innerWidth, height: view.innerHeight });
  }

  /** Closes the card; `refocus` returns the keyboard to the composer when the card had it. */
  closeCard(refocus = true): void {
    const card = this.card;
    if (!card) return;
    // Cleared first: removing a focused card fires focusout, which closes the card again.
    this.card = undefined;
    const focused = this.layerFocus();
    const hadFocus = !!focused && (card.el.contains(focused) || focused === card.mark.el);
    card.mark.el.classList.remove('active');
    card.el.remove();
    if (refocus && hadFocus) this.editor.focus({ preventScroll: true });
  }

  private layerFocus(): Element | null {
    return (this.layer.getRootNode() as ShadowRoot).activeElement;
  }

  private onMarkKey(e: KeyboardEvent, mark: Mark): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this.closeCard();
      this.editor.focus({ preventScroll: true });
    } else if ((e.key === 'Tab' && !e.shiftKey) || e.key === 'Enter' || e.key === 'ArrowDown') {
      const first = this.card?.mark === mark ? this.card.el.querySelector('button') : null;
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  }

  /** Keyboard: focus the next mark after `from` (draft offset), wrapping; opens its card. */
  focusMark(from: number): boolean {
    if (this.marks.length === 0) return false;
    const next = this.marks.find((m) => m.finding.start >= from && !m.el.hidden) ?? this.marks.find((m) => !m.el.hidden) ?? this.marks[0]!;
    next.el.scrollIntoView?.({ block: 'nearest' });
    // Editors finish a keyboard selection change asynchronously (Lexical re-applies the DOM
    // selection after Ctrl+Home, which takes the focus back): the mark is focused once the
    // selection has been quiet for a moment — unless the user has pressed a key meanwhile.
    const doc = this.editor.ownerDocument;
    let userActed = false;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const onKey = () => (userActed = true);
    const settle = () => {
      clearTimeout(quiet);
      quiet = setTimeout(done, 80);
    };
    const deadline = setTimeout(() => done(), 600);
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(deadline);
      doc.removeEventListener('keydown', onKey, { capture: true });
      doc.removeEventListener('selectionchange', settle);
      if (!userActed && next.el.isConnected && this.layerFocus() !== next.el && this.marks.includes(next)) next.el.focus();
    };
    doc.addEventListener('keydown', onKey, { capture: true, once: true });
    doc.addEventListener('selectionchange', settle);
    settle();
    return true;
  }

  /** The next mark after the caret, or after the currently focused mark. */
  focusNext(): boolean {
    const focusedMark = this.marks.findIndex((m) => m.el === this.layerFocus());
    if (focusedMark >= 0) {
      const after = this.marks[(focusedMark + 1) % this.marks.length]!;
      after.el.focus();
      return true;
    }
    const sel = this.editor.ownerDocument.getSelection();
    const caret = sel?.anchorNode ? offsetOf(this.draft, sel.anchorNode, sel.anchorOffset) : undefined;
    return this.focusMark(caret ?? 0);
  }

  /** For the pre-post check: the visible findings if they are of the draft as it is now. */
  currentFindings(): readonly Finding[] | undefined {
    return readDraft(this.editor).text === this.answered ? this.visible : undefined;
  }

  /** For the pre-post check: analyses the draft as it is now and returns its visible findings. */
  async analyzeFresh(): Promise<readonly Finding[]> {
    await this.analyzeNow(true);
    const findings = this.currentFindings();
    if (!findings) throw new Error('the draft changed while it was being checked');
    return findings;
  }

  /** "Edit draft": focus the composer with the finding selected (selection only, the text is untouched). */
  focusFinding(finding: Finding | undefined): void {
    this.guard('focus', () => {
      this.editor.focus();
      if (!finding) return;
      const draft = readDraft(this.editor);
      if (draft.text.slice(finding.start, finding.end) !== finding.text) return;
      const range = rangeFor(draft, finding.start, finding.end, this.editor.ownerDocument);
      const sel = this.editor.ownerDocument.getSelection();
      if (range && sel) {
        sel.removeAllRanges();
        sel.addRange(range);
      }
    });
  }

  /** Opens the card of the finding at [start, end) (the popup's "show in composer"). */
  reveal(start: number, end: number): boolean {
    const mark = this.marks.find((m) => m.finding.start === start && m.finding.end === end);
    if (!mark) return false;
    const range = rangeFor(this.draft, start, end, this.editor.ownerDocument);
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.reposition();
    mark.el.focus();
    return true;
  }

  /** "Apply suggestion": the one way Echt changes a draft, through the editor's input path. */
  async apply(finding: Finding, replacement: string): Promise<void> {
    try {
      this.closeCard(false);
      const quiet = this.lastEdit + UNDO_GAP_MS - performance.now();
      if (quiet > 0) await new Promise((r) => setTimeout(r, quiet));
      const draft = readDraft(this.editor);
      // The draft moved on since the card opened: do not guess, re-analyse.
      if (draft.text.slice(finding.start, finding.end) !== finding.text) {
        this.scheduler.request();
        return;
      }
      const range = rangeFor(draft, finding.start, finding.end, this.editor.ownerDocument);
      if (range) await replaceRange(this.editor, range, replacement);
    } catch (e) {
      this.env.reportError('apply', e);
    }
  }

  destroy(): void {
    this.observer.disconnect();
    this.resize?.disconnect();
    this.scheduler.cancel();
    this.editor.removeEventListener('focus', this.onFocus);
    this.layer.remove();
  }
}
