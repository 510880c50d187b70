/** Options page: wires the view to storage (team profile, managed policy, personal settings) and follows their changes. */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { uiLangOf } from '../../lib/i18n';
import { mergeProfiles } from '../../lib/profile/merge';
import { DEFAULT_PERSONAL, personalItem, type PersonalSettings } from '../../lib/profile/personal';
import { importProfile, readManagedPolicy, resetProfile, teamProfileItem, type ManagedPolicy } from '../../lib/profile/store';
import { cssVariables } from '../../lib/theme';
import { Options } from './App';
import './style.css';

const dark = matchMedia('(prefers-color-scheme: dark)');
const applyTheme = () => document.documentElement.setAttribute('style', cssVariables(dark.matches ? 'dark' : 'light'));
applyTheme();
dark.addEventListener('change', applyTheme);

function download(source: string) {
  const json = /^\s*\{/.test(source);
  const url = URL.createObjectURL(new Blob([source], { type: json ? 'application/json' : 'text/yaml' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = json ? 'echt-team.json' : 'echt-team.yaml';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Root() {
  const [loaded, setLoaded] = useState<{ source: string; policy: ManagedPolicy } | undefined>();
  const [personal, setPersonal] = useState<PersonalSettings>(DEFAULT_PERSONAL);

  useEffect(() => {
    const load = () =>
      Promise.all([teamProfileItem.getValue(), readManagedPolicy()]).then(([team, policy]) => setLoaded({ source: team?.source ?? '', policy }));
    load();
    personalItem.getValue().then(setPersonal);
    const unwatch = [personalItem.watch(setPersonal)];
    return () => unwatch.forEach((u) => u());
  }, []);

  const ui = personal.uiLang ?? uiLangOf(browser.i18n.getUILanguage());
  useEffect(() => {
    document.documentElement.lang = ui;
    document.title = ui === 'de' ? 'Echt – Team-Regeln' : 'Echt – team rules';
  }, [ui]);
  if (!loaded) return null;
  const { policy } = loaded;
  const locked = mergeProfiles(policy.profile, undefined, {}, policy.locked).locked;

  return (
    <Options
      ui={ui}
      source={loaded.source}
      policy={{ profile: policy.profile, locked, explicit: policy.locked, errors: policy.errors }}
      personal={personal}
      onSave={importProfile}
      onReset={resetProfile}
      onExport={download}
      onPersonal={(p) => {
        setPersonal(p);
        personalItem.setValue(p);
      }}
    />
  );
}

render(<Root />, document.getElementById('app')!);
