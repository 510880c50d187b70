/**
 * Content script on Facebook, LinkedIn and X: finds composers as they appear and gives each a
 * ComposerSession. Kept small on purpose (it loads on every page of these sites): the analyzer
 * runs in the background service worker (lib/messaging.ts explains why).
 *
 * Keyboard: Alt+Shift+E jumps from the composer (or a highlighted phrase) to the next highlighted
 * phrase and opens its card; Tab/Enter move into the card, Escape closes it and returns to the draft.
 */
import type { Lang } from '../../lib/analysis/types';
import { injectFault, watchFaults } from '../../lib/fault';
import { uiLangOf } from '../../lib/i18n';
import { onMessage, sendMessage, type AnalyzeRequest } from '../../lib/messaging';
import { applyScheme, group, schemeOf, ui } from '../../lib/overlay/host';
import { adapterFor, findComposers, type Adapter } from '../../lib/platforms';
import { DEFAULT_PERSONAL, personalItem, type PersonalSettings } from '../../lib/profile/personal';
import { installGate } from './gate';
import { ComposerSession } from './session';
import type { GateSettings } from '../../lib/gate';

export default defineContentScript({
  matches: ['*://*.facebook.com/*', '*://*.linkedin.com/*', '*://x.com/*', '*://*.x.com/*', '*://twitter.com/*', '*://*.twitter.com/*'],
  main(ctx) {
    const adapter = adapterFor(location.hostname);
    if (adapter) start(adapter, ctx.signal);
  },
});

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

function start(adapter: Adapter, signal: AbortSignal): void {
  let personal: PersonalSettings = DEFAULT_PERSONAL;
  let ignored: ReadonlySet<string> = new Set();
  const sessions = new Map<HTMLElement, ComposerSession>();
  let counter = 0;
  signal.addEventListener('abort', watchFaults());

  const reportError = (where: string, e: unknown) => {
    // The popup shows these; the page and the composer carry on (fail open).
    sendMessage('reportError', { message: `${where}: ${describe(e)}` }).catch(() => {});
  };

  const uiLang = (): Lang => personal.uiLang ?? uiLangOf(navigator.language);

  const envFor = (frame: HTMLIFrameElement | undefined) => ({
    platform: adapter.platform,
    doc: document,
    ui: uiLang,
    ignoredRules: () => ignored,
    analyze: (req: AnalyzeRequest) => sendMessage('analyze', req),
    reportError,
    ignoreRule: (ruleId: string) => {
      personal = { ...personal, ignoredRules: [...new Set([...personal.ignoredRules, ruleId])] };
      ignored = new Set(personal.ignoredRules);
      for (const s of sessions.values()) s.render();
      personalItem.setValue(personal).catch((e) => reportError('settings', e));
    },
    offset: () => {
      if (!frame) return { x: 0, y: 0 };
      const r = frame.getBoundingClientRect();
      return { x: r.left + frame.clientLeft, y: r.top + frame.clientTop };
    },
  });

  /** Documents to search: this one and same-origin iframes (cross-origin ones are not readable, and need not be). */
  const documents = (): Array<{ doc: Document; frame?: HTMLIFrameElement }> => {
    const out: Array<{ doc: Document; frame?: HTMLIFrameElement }> = [{ doc: document }];
    for (const frame of Array.from(document.querySelectorAll('iframe'))) {
      try {
        const doc = frame.contentDocument;
        if (doc?.documentElement) out.push({ doc, frame });
      } catch {
        // cross-origin
      }
    }
    return out;
  };

  const observed = new WeakSet<Document>();
  const scan = () => {
    try {
      const seen = new Set<HTMLElement>();
      for (const { doc, frame } of documents()) {
        if (!observed.has(doc)) {
          observed.add(doc);
          if (doc !== document) {
            pageObserver.observe(doc.documentElement, { childList: true, subtree: true });
            doc.addEventListener('scroll', repositionAll, { capture: true, passive: true, signal });
          }
        }
        // Switched off for this site in the popup: no composer is watched (the loop below forgets them).
        if (personal.disabledPlatforms?.includes(adapter.platform)) continue;
        for (const composer of findComposers(adapter, doc, doc.defaultView?.location ?? location, personal)) {
          seen.add(composer.editor);
          if (!sessions.has(composer.editor)) {
            const key = `${composer.kind}-${++counter}`;
            sessions.set(composer.editor, new ComposerSession(key, composer, envFor(frame)));
          }
        }
      }
      // Gone: dialog closed, navigated away, or reply boxes switched off.
      for (const [editor, session] of sessions) {
        if (seen.has(editor)) continue;
        session.destroy();
        sessions.delete(editor);
        sendMessage('composerGone', { key: session.key }).catch(() => {});
      }
      ui(); // re-attach the layer if the page replaced <html>'s children
    } catch (e) {
      reportError('detect', e);
    }
  };

  // Composers appear with navigation and dialogs; the sites mutate constantly, so scans are coalesced.
  let scanTimer: ReturnType<typeof setTimeout> | undefined;
  const queueScan = () => {
    scanTimer ??= setTimeout(() => {
      scanTimer = undefined;
      scan();
    }, 100);
  };
  const pageObserver = new MutationObserver(queueScan);
  pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  // An iframe's document is replaced when it loads (no mutation in ours), and focus is a cheap
  // last chance to notice an editor that appeared without a mutation we observe.
  document.addEventListener('load', queueScan, { capture: true, passive: true, signal });
  document.addEventListener('focusin', queueScan, { capture: true, passive: true, signal });
  signal.addEventListener('abort', () => {
    pageObserver.disconnect();
    for (const s of sessions.values()) s.destroy();
    sessions.clear();
  });

  let frameQueued = false;
  function repositionAll() {
    if (frameQueued) return;
    frameQueued = true;
    requestAnimationFrame(() => {
      frameQueued = false;
      for (const s of sessions.values()) s.reposition();
    });
  }
  const opts = { capture: true, passive: true, signal };
  window.addEventListener('scroll', repositionAll, opts);
  window.addEventListener('resize', repositionAll, opts);
  document.fonts?.ready.then(repositionAll, () => {});

  // Hover cards: the marks let the pointer through (clicks belong to the composer), so hits are computed.
  let pointer: { x: number; y: number; target: EventTarget | null } | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const hover = () => {
    pointer && hoverAt(pointer.x, pointer.y, pointer.target);
  };
  function hoverAt(x: number, y: number, target: EventTarget | null) {
    try {
      clearTimeout(hoverTimer);
      // On the card: keep it, even where it lies over another phrase.
      if ([...sessions.values()].some((s) => s.overCard(target))) return;
      for (const s of sessions.values()) {
        const mark = s.markAt(x, y);
        if (mark) {
          s.openCard(mark, 'hover');
          return;
        }
      }
      hoverTimer = setTimeout(() => {
        for (const s of sessions.values()) if (s.cardOrigin === 'hover') s.closeCard(false);
      }, 300);
    } catch (e) {
      reportError('hover', e);
    }
  }
  let hoverQueued = false;
  window.addEventListener(
    'mousemove',
    (e) => {
      pointer = { x: e.clientX, y: e.clientY, target: e.composedPath()[0] ?? null };
      if (hoverQueued) return;
      hoverQueued = true;
      requestAnimationFrame(() => {
        hoverQueued = false;
        hover();
      });
    },
    opts,
  );

  window.addEventListener(
    'keydown',
    (e) => {
      if (!(e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyE')) return;
      try {
        const path = e.composedPath();
        const here =
          [...sessions.values()].find((s) => path.includes(s.editor) || s.focused) ??
          [...sessions.values()].find((s) => path.some((n) => n instanceof Node && s.owns(n))) ??
          [...sessions.values()][0];
        if (here?.focusNext()) {
          e.preventDefault();
          e.stopPropagation();
        }
      } catch (err) {
        reportError('shortcut', err);
      }
    },
    { capture: true, signal },
  );

  onMessage('recheck', () => {
    void refreshGate();
    for (const s of sessions.values()) void s.analyzeNow(true);
  });

  onMessage('revealFinding', ({ data }) => {
    const session = [...sessions.values()].find((s) => s.key === data.key);
    return session?.reveal(data.start, data.end) ?? false;
  });

  // The pre-post check. Its policy comes from the background (profile `gate`); until it answers,
  // the default applies. Posting is held only in the user's own post action, and fails open.
  let gate: GateSettings = { gate: 'warning', holdErrors: false };
  const refreshGate = () =>
    sendMessage('gatePolicy', undefined).then(
      (g) => (gate = g),
      (e) => reportError('settings', e),
    );
  void refreshGate();
  const removeGate = installGate({
    doc: document,
    targets: () =>
      [...sessions.values()].map((s) => ({
        editor: s.editor,
        post: () => {
          injectFault('adapter');
          return adapter.post(s.editor);
        },
        currentFindings: () => s.currentFindings(),
        analyzeFresh: () => s.analyzeFresh(),
        focusFinding: (f) => s.focusFinding(f),
      })),
    policy: () => gate,
    ui: uiLang,
    // A themed layer of its own, so the dialog matches the site's light or dark look.
    dialogHost: () => {
      injectFault('overlay');
      const layer = group();
      const editor = [...sessions.values()].find((s) => s.focused)?.editor ?? document.body;
      applyScheme(layer, schemeOf(editor));
      // The dialog removes itself; its emptied layer goes with the next one.
      for (const old of Array.from(ui().root.querySelectorAll('.gate'))) if (!old.firstChild) old.remove();
      layer.classList.add('gate');
      return layer;
    },
    reportError,
  });
  signal.addEventListener('abort', removeGate);

  // A team profile or policy change applies live: re-check every open draft (issue: within a second).
  const onStorage = () => {
    void refreshGate();
    for (const s of sessions.values()) void s.analyzeNow(true);
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));

  const applyPersonal = (p: PersonalSettings | null) => {
    personal = { ...DEFAULT_PERSONAL, ...p };
    ignored = new Set(personal.ignoredRules);
    scan();
    for (const s of sessions.values()) void s.analyzeNow(true);
  };
  personalItem.getValue().then(applyPersonal, (e) => {
    reportError('settings', e);
    scan();
  });
  const unwatch = personalItem.watch(applyPersonal);
  signal.addEventListener('abort', unwatch);
}
