/** Popup: the report of the active tab, from the background's latest analysis of each composer. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { uiLangOf } from '../../lib/i18n';
import { sendMessage } from '../../lib/messaging';
import { personalItem, type PersonalSettings } from '../../lib/profile/personal';
import { reportMarkdown } from '../../lib/report-text';
import type { TabState } from '../../lib/tab-state';
import { cssVariables } from '../../lib/theme';
import type { Lang } from '../../lib/analysis/types';
import { Popup } from './App';
import './style.css';

const dark = matchMedia('(prefers-color-scheme: dark)');
const applyTheme = () => document.documentElement.setAttribute('style', cssVariables(dark.matches ? 'dark' : 'light'));
applyTheme();
dark.addEventListener('change', applyTheme);

function Root() {
  const [ui, setUi] = useState<Lang>(uiLangOf(browser.i18n.getUILanguage()));
  const [tabId, setTabId] = useState<number | undefined>();
  const [state, setState] = useState<TabState | undefined>();
  const [personal, setPersonal] = useState<PersonalSettings | undefined>();

  useEffect(() => {
    personalItem.getValue().then((p) => {
      setPersonal(p);
      if (p.uiLang) setUi(p.uiLang);
    });
    browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
  }, []);

  useEffect(() => {
    if (tabId === undefined) return;
    // The draft changes while the popup is open (it can stay open beside the composer): refresh.
    const load = () => sendMessage('getTabReports', { tabId }).then(setState, () => setState(undefined));
    load();
    const timer = setInterval(load, 1000);
    return () => clearInterval(timer);
  }, [tabId]);

  useEffect(() => {
    document.documentElement.lang = ui;
  }, [ui]);

  return (
    <Popup
      ui={ui}
      state={state}
      onReveal={(composer, f) => {
        if (tabId !== undefined) sendMessage('revealFinding', { key: composer.key, start: f.start, end: f.end }, tabId).catch(() => {});
      }}
      onCopy={(composer) => navigator.clipboard.writeText(reportMarkdown(ui, state?.platform ?? 'facebook', composer.text, composer.report))}
      onOptions={() => browser.runtime.openOptionsPage()}
      personal={personal}
      onPersonal={(p) => {
        setPersonal(p);
        void personalItem.setValue(p);
      }}
    />
  );
}

render(<Root />, document.getElementById('app')!);
