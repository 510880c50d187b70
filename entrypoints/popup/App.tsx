/** The popup's view: a pure function of the tab state, so tests render it without a browser. */
import { useState } from 'preact/hooks';
import { CATEGORIES, rankOf, type Finding, type Lang } from '../../lib/analysis/types';
import { t, tn, type MessageKey } from '../../lib/i18n';
import { categoryKey } from '../../lib/report-text';
import type { PersonalSettings } from '../../lib/profile/personal';
import { primaryComposer, type ComposerState, type TabState } from '../../lib/tab-state';

export interface PopupProps {
  ui: Lang;
  /** undefined while loading or when there is no active tab. */
  state: TabState | undefined;
  onReveal(composer: ComposerState, finding: Finding): void;
  onCopy(composer: ComposerState): Promise<void>;
  onOptions(): void;
  /** The user's switches; absent while loading. */
  personal?: PersonalSettings;
  onPersonal?(p: PersonalSettings): void;
}

export function Popup({ ui, state, onReveal, onCopy, onOptions, personal, onPersonal }: PopupProps) {
  const [chosen, setChosen] = useState<string | undefined>();
  const [copyStatus, setCopyStatus] = useState('');
  const composer = state?.composers.find((c) => c.key === chosen) ?? (state && primaryComposer(state));

  const copy = async () => {
    if (!composer) return;
    try {
      await onCopy(composer);
      setCopyStatus(t(ui, 'popup_copied'));
    } catch (e) {
      setCopyStatus(t(ui, 'popup_copy_failed', e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <main lang={ui}>
      <header>
        <h1>{t(ui, 'popup_title')}</h1>
        {state?.platform && state.composers.length > 0 && (
          <p class="where">
            {state.composers.length === 1
              ? t(ui, 'popup_composers_one', t(ui, `platform_${state.platform}` as MessageKey))
              : t(ui, 'popup_composers_other', t(ui, `platform_${state.platform}` as MessageKey), state.composers.length)}
          </p>
        )}
      </header>

      {!state && <p class="notice">{t(ui, 'popup_no_tab')}</p>}
      {state && !state.supported && <p class="notice">{t(ui, 'popup_unsupported')}</p>}
      {state?.supported && state.composers.length === 0 && <p class="notice">{t(ui, 'popup_no_composer')}</p>}
      {state && state.errors.length > 0 && (
        <section class="errors" role="alert">
          <p>{t(ui, 'popup_errors')}</p>
          <ul>{state.errors.map((e, i) => <li key={i}>{e}</li>)}</ul>
        </section>
      )}

      {state && state.composers.length > 1 && (
        <label class="choice">
          {t(ui, 'popup_composer_choice')}{' '}
          <select value={composer?.key} onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}>
            {state.composers.map((c, i) => (
              <option key={c.key} value={c.key}>
                {t(ui, 'popup_composer_label', i + 1)} · {tn(ui, 'badge_issues', c.report.findings.length).replace(/^Echt: /, '')}
              </option>
            ))}
          </select>
        </label>
      )}

      {composer && <ComposerReport ui={ui} composer={composer} onReveal={onReveal} />}

      {personal && onPersonal && state?.platform && (
        <fieldset class="switches">
          <label>
            <input
              type="checkbox"
              checked={!personal.disabledPlatforms?.includes(state.platform)}
              onChange={(e) => {
                const on = (e.currentTarget as HTMLInputElement).checked;
                const others = (personal.disabledPlatforms ?? []).filter((p) => p !== state.platform);
                onPersonal({ ...personal, disabledPlatforms: on ? others : [...others, state.platform!] });
              }}
            />{' '}
            {t(ui, 'popup_switch_site', t(ui, `platform_${state.platform}` as MessageKey))}
          </label>
          <label>
            <input type="checkbox" checked={personal.replyBoxes} onChange={(e) => onPersonal({ ...personal, replyBoxes: (e.currentTarget as HTMLInputElement).checked })} />{' '}
            {t(ui, 'popup_switch_replies')}
          </label>
        </fieldset>
      )}

      <footer>
        {composer && (
          <button type="button" onClick={copy}>
            {t(ui, 'popup_copy')}
          </button>
        )}
        <button type="button" class="link" onClick={onOptions}>
          {t(ui, 'popup_options')}
        </button>
        <p class="status" role="status" aria-live="polite">{copyStatus}</p>
      </footer>
    </main>
  );
}

function ComposerReport({ ui, composer, onReveal }: { ui: Lang; composer: ComposerState; onReveal: PopupProps['onReveal'] }) {
  const { report } = composer;
  const worst = report.findings.reduce<Finding['severity'] | undefined>(
    (w, f) => (!w || rankOf(f.severity) > rankOf(w) ? f.severity : w),
    undefined,
  );
  return (
    <>
      {composer.detection === 'generic' && <p class="notice">{t(ui, 'popup_generic')}</p>}
      <p class={`score ${worst ?? 'clean'}`}>
        <meter min={0} max={100} low={60} high={85} optimum={100} value={report.score} aria-hidden="true" />
        <span>{t(ui, 'popup_score', report.score)}</span>
      </p>
      {!composer.text.trim() ? (
        <p class="notice">{t(ui, 'popup_empty_draft')}</p>
      ) : report.findings.length === 0 ? (
        <p class="notice ok">{t(ui, 'popup_clean')}</p>
      ) : (
        CATEGORIES.map((category) => {
          const found = report.findings.filter((f) => f.category === category);
          if (found.length === 0) return null;
          return (
            <section key={category} class={`category ${category}`} aria-labelledby={`h-${category}`}>
              <h2 id={`h-${category}`}>
                {t(ui, categoryKey(category))} <span class="count">{found.length}</span>
              </h2>
              <ul>
                {found.map((f) => (
                  <li key={`${f.ruleId}@${f.start}`} class={f.severity}>
                    <button type="button" class="phrase" onClick={() => onReveal(composer, f)} title={t(ui, 'popup_show_phrase', f.text)}>
                      {f.text}
                    </button>
                    <span class="severity">{t(ui, `severity_${f.severity}` as MessageKey)}</span>
                    <p class="message">{f.message}</p>
                    {f.explanation && <p class="explanation">{f.explanation}</p>}
                    {f.suggestions?.[0] !== undefined && (
                      <p class="suggestion">
                        {f.suggestions[0] ? t(ui, 'popup_suggestion', f.suggestions[0]) : t(ui, 'popup_suggestion_remove')}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}
