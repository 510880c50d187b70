/**
 * Background service worker: runs the analyzer for the content scripts, keeps the latest report
 * per tab and composer for the popup, and sets the toolbar badge.
 *
 * The analyzer (compromise, eld, rule packs) is imported on the first `analyze` message, so a
 * browser session that never opens a composer never evaluates it.
 */
import { score } from '../lib/analysis/score';
import { isFlagging, rankOf, type Report } from '../lib/analysis/types';
import { injectFault, watchFaults } from '../lib/fault';
import { DEFAULT_GATE } from '../lib/gate';
import { uiLangOf } from '../lib/i18n';
import { onMessage, sendMessage, type AnalyzeRequest } from '../lib/messaging';
import { adapterFor } from '../lib/platforms';
import { personalItem, type PersonalSettings } from '../lib/profile/personal';
import { getEffectiveProfile, readManagedPolicy, watchEffectiveProfile, type ManagedPolicy } from '../lib/profile/store';
import type { TeamProfile } from '../lib/profile/types';
import { primaryComposer, type TabState } from '../lib/tab-state';
import { SEVERITY_BADGE } from '../lib/theme';

export default defineBackground(() => {
  let analysis: Promise<typeof import('../lib/analysis')> | undefined;
  const analyzer = () =>
    (analysis ??= import('../lib/analysis').then((m) => {
      // The first analysis per language builds the rule packs and warms the tagger (hundreds of ms
      // on a slow machine); do it now, on the composer's first (empty) message, not on the first words.
      m.analyze('Warm up the tagger, please.', { lang: 'en' });
      m.analyze('Bitte einmal aufwärmen.', { lang: 'de' });
      return m;
    }));

  // The first read of managed storage in a browser session takes ≈ 2.3 s in Chromium (its policy
  // service starting), later ones 1 ms. Analyses do not wait for it: until it answers they use the
  // team profile and personal settings alone, and if a policy turns up, every draft is checked again.
  let managedKnown = false;
  const managedFirst = readManagedPolicy().finally(() => (managedKnown = true));
  const NO_POLICY: ManagedPolicy = { errors: [] };

  // Settings are cached and refreshed on change: storage reads on every keystroke's analysis would add latency.
  let settings: Promise<{ profile: TeamProfile | undefined; personal: PersonalSettings }> | undefined;
  const loadSettings = () =>
    (settings ??= Promise.all([getEffectiveProfile(managedKnown ? undefined : NO_POLICY), personalItem.getValue()]).then(([profile, personal]) => ({ profile, personal })));
  watchEffectiveProfile(() => (settings = undefined));
  personalItem.watch(() => (settings = undefined));
  void managedFirst.then((policy) => {
    settings = undefined;
    if (!policy.profile && !policy.locked?.length && !policy.errors.length) return;
    for (const tabId of tabs.keys()) sendMessage('recheck', undefined, tabId).catch(() => {});
  });

  watchFaults();

  const tabs = new Map<number, TabState>();
  const tab = (tabId: number): TabState => {
    let state = tabs.get(tabId);
    if (!state) tabs.set(tabId, (state = { supported: true, composers: [], errors: [] }));
    return state;
  };
  // The browser stops an idle worker after 30 s and this map with it; a popup opened later must
  // still find the tab's report. Session storage lives in memory only, for this browser session,
  // and is closed to content scripts and pages.
  const restored = browser.storage.session
    .get('tabs')
    .then((v) => {
      for (const [id, state] of Object.entries((v.tabs ?? {}) as Record<string, TabState>)) if (!tabs.has(Number(id))) tabs.set(Number(id), state);
    })
    .catch(() => {});
  // Written at once (in memory, after a typing pause): a write still pending when the worker stops is lost.
  const save = () => void browser.storage.session.set({ tabs: Object.fromEntries(tabs) }).catch(() => {});

  async function analyze(req: AnalyzeRequest): Promise<Report> {
    const [{ analyze }, { profile, personal }] = await Promise.all([analyzer(), loadSettings()]);
    injectFault('analyzer');
    const uiLang = personal.uiLang ?? uiLangOf(navigator.language);
    const report = analyze(req.text, { platform: req.platform, profile, uiLang });
    const ignored = new Set(personal.ignoredRules);
    if (!report.findings.some((f) => ignored.has(f.ruleId))) return report;
    const findings = report.findings.filter((f) => !ignored.has(f.ruleId));
    return { ...report, findings, score: score(findings, req.text) };
  }

  function updateBadge(tabId: number) {
    const state = tabs.get(tabId);
    const shown = state && primaryComposer(state);
    // Warnings and errors only: suggestions are hints, not something to count on the toolbar.
    const findings = (shown?.report.findings ?? []).filter(isFlagging);
    const worst = findings.reduce((w, f) => Math.max(w, rankOf(f.severity)), -1);
    browser.action.setBadgeText({ tabId, text: findings.length ? String(findings.length) : '' }).catch(() => {});
    if (worst >= 0) {
      const severity = (['suggestion', 'warning', 'error'] as const)[worst]!;
      browser.action.setBadgeBackgroundColor({ tabId, color: SEVERITY_BADGE[severity] }).catch(() => {});
    }
  }

  onMessage('analyze', async ({ data, sender }) => {
    const [report] = await Promise.all([analyze(data), restored]);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const state = tab(tabId);
      state.platform = data.platform;
      if (data.focused) for (const c of state.composers) c.focused = false;
      const entry = { key: data.key, kind: data.kind, detection: data.detection, text: data.text, report, focused: data.focused };
      const i = state.composers.findIndex((c) => c.key === data.key);
      if (i >= 0) state.composers[i] = { ...entry, focused: data.focused || state.composers[i]!.focused };
      else state.composers.push(entry);
      updateBadge(tabId);
      save();
    }
    return report;
  });

  onMessage('composerGone', async ({ data, sender }) => {
    await restored;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const state = tab(tabId);
    state.composers = state.composers.filter((c) => c.key !== data.key);
    updateBadge(tabId);
    save();
  });

  onMessage('reportError', async ({ data, sender }) => {
    await restored;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    const errors = tab(tabId).errors;
    // The popup lists them; a broken page could otherwise grow this without bound.
    if (!errors.includes(data.message)) errors.push(data.message);
    if (errors.length > 20) errors.shift();
    save();
  });

  onMessage('getTabReports', async ({ data }) => {
    await restored;
    const known = tabs.get(data.tabId);
    if (known) return known;
    const url = (await browser.tabs.get(data.tabId).catch(() => undefined))?.url;
    const platform = url ? adapterFor(new URL(url).hostname)?.platform : undefined;
    return { supported: platform !== undefined, platform, composers: [], errors: [] };
  });
  onMessage('gatePolicy', async () => {
    const { profile } = await loadSettings();
    return { gate: profile?.gate ?? DEFAULT_GATE, holdErrors: profile?.holdErrors === true, profile: profile?.name };
  });
  onMessage('focusedReport', async ({ data }) => {
    await restored;
    const state = tabs.get(data.tabId);
    return state && primaryComposer(state);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    if (tabs.delete(tabId)) save();
  });
  // A new page in the tab starts a new content script with new composer keys.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url && tabs.delete(tabId)) save();
  });
});
