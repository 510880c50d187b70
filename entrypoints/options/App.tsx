/**
 * Options page view: the team profile editor with live validation, import/export, a playground
 * that runs the same analyzer on a sample draft, self-tests of every rule's examples, what the
 * administrator's policy locks, and the user's personal settings. Storage is wired in main.tsx,
 * so the view can be tested with plain callbacks.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { parseDocument } from 'yaml';
import { analyze } from '../../lib/analysis';
import { CATEGORIES, PLATFORMS, type Lang, type Platform } from '../../lib/analysis/types';
import { validateProfile, type ProfileIssue } from '../../lib/profile';
import { issueText } from '../../lib/profile/issue-text';
import { mergeProfiles, type ProfileKey } from '../../lib/profile/merge';
import type { PersonalSettings } from '../../lib/profile/personal';
import { selfTest } from '../../lib/profile/self-test';
import type { ImportResult } from '../../lib/profile/store';
import type { TeamProfile } from '../../lib/profile/types';
import { t, type MessageKey } from '../../lib/i18n';

type OptionsKey = MessageKey extends infer K ? (K extends `options_${infer R}` ? R : never) : never;
/** The options page's texts: the `options_…` entries of public/_locales. */
const s = (ui: Lang, key: OptionsKey, ...subs: Array<string | number>): string => t(ui, `options_${key}` as MessageKey, ...subs);
import { bannedRule, disclosureRule, FORM_IDS, formValues, LIMIT_COUNTS, limitRule, setRule, swapsRule } from './form-rules';

export interface OptionsProps {
  ui: Lang;
  /** The saved team profile's text ("" when none). */
  source: string;
  policy?: { profile?: TeamProfile; locked: ProfileKey[]; explicit?: string[]; errors: ProfileIssue[] };
  personal: PersonalSettings;
  onSave(source: string): Promise<ImportResult>;
  onReset(): Promise<void>;
  onExport(source: string): void;
  onPersonal(p: PersonalSettings): void;
}

const PLATFORM_NAMES: Record<Platform, string> = { facebook: 'Facebook', linkedin: 'LinkedIn', x: 'X' };

/** Offset of the first character of 1-based `line`. */
function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/** Sets a key in the YAML text, keeping the team lead's comments and layout; "" removes it. */
function setKey(text: string, path: string[], value: string): string | undefined {
  const doc = parseDocument(text || '{}');
  if (doc.errors.length) return undefined;
  if (value === '') doc.deleteIn(path);
  else doc.setIn(path, value);
  return doc.toString();
}

export function Options(props: OptionsProps) {
  const { ui, policy, personal } = props;
  const [text, setText] = useState(props.source);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | undefined>();
  const [draft, setDraft] = useState('');
  const [platform, setPlatform] = useState<Platform | ''>('');
  const editor = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);

  const validation = useMemo(() => (text.trim() ? validateProfile(text) : ({ ok: true as const, profile: {} as TeamProfile })), [text]);
  const lastValid = useRef<TeamProfile>({});
  if (validation.ok) lastValid.current = validation.profile;
  const edited = lastValid.current;
  const effective = useMemo(() => mergeProfiles(policy?.profile, edited, {}, policy?.explicit).profile, [policy, edited]);
  const tests = useMemo(() => selfTest(effective).filter((r) => r.total > 0), [effective]);
  const report = useMemo(
    () => (draft.trim() ? analyze(draft, { profile: effective, platform: platform || undefined, uiLang: ui }) : undefined),
    [draft, effective, platform, ui],
  );
  const locked = new Set(policy?.locked ?? []);
  const lines = text.split('\n').length;
  const errors = validation.ok ? [] : validation.errors;

  const goTo = (line: number) => {
    const el = editor.current;
    if (!el) return;
    el.focus();
    const at = lineStart(text, line);
    el.setSelectionRange(at, at);
  };

  const save = async (source: string) => {
    const res = await props.onSave(source);
    setStatus(res.ok ? { ok: true, text: s(ui, 'saved') } : { ok: false, text: s(ui, 'notSaved') });
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const source = await file.text();
    setText(source);
    input.value = '';
    await save(source);
  };

  const common = (path: string[], value: string) => {
    const next = setKey(text, path, value);
    if (next !== undefined) setText(next);
  };
  const formDisabled = (key: ProfileKey) => locked.has(key) || !validation.ok;
  const formRule = (id: string, rule: Parameters<typeof setRule>[2]) => {
    const next = setRule(text, id, rule);
    if (next !== undefined) setText(next);
  };
  const lockNote = (key: ProfileKey) => (locked.has(key) ? <span class="lock" id={`lock-${key}`}>🔒 {s(ui, 'locked')}</span> : null);
  const shown = validation.ok ? validation.profile : edited;

  return (
    <main>
      <h1>{s(ui, 'title')}</h1>
      <p class="intro">{s(ui, 'intro')}</p>

      {policy && policy.locked.length > 0 && (
        <p class="notice" role="note">
          🔒 {s(ui, 'lockedKeys', policy.locked.join(', '))}
        </p>
      )}
      {policy && policy.errors.length > 0 && (
        <div class="problems" role="alert">
          <p>{s(ui, 'policyInvalid')}</p>
          <ul>{policy.errors.map((e) => <li key={`${e.line}${e.field}`}>{`${s(ui, 'line', e.line)}: ${e.field ? `${e.field}: ` : ''}${issueText(e, ui)}`}</li>)}</ul>
        </div>
      )}

      <section aria-labelledby="common-h">
        <h2 id="common-h">{s(ui, 'common')}</h2>
        <div class="fields">
          <label>
            {s(ui, 'name')}
            <input type="text" value={(locked.has('name') ? policy?.profile?.name : shown.name) ?? ''} disabled={formDisabled('name')}
              aria-describedby={locked.has('name') ? 'lock-name' : undefined}
              onChange={(e) => common(['name'], (e.currentTarget as HTMLInputElement).value)} />
            {lockNote('name')}
          </label>
          <label>
            {s(ui, 'address')}
            <select value={(locked.has('address') ? policy?.profile?.address : shown.address) ?? 'any'} disabled={formDisabled('address')}
              aria-describedby={locked.has('address') ? 'lock-address' : undefined}
              onChange={(e) => common(['address'], (e.currentTarget as HTMLSelectElement).value)}>
              <option value="any">{s(ui, 'addressAny')}</option>
              <option value="formal">{s(ui, 'addressFormal')}</option>
              <option value="informal">{s(ui, 'addressInformal')}</option>
            </select>
            {lockNote('address')}
          </label>
          <label>
            {s(ui, 'gate')}
            <select value={(locked.has('gate') ? policy?.profile?.gate : shown.gate) ?? 'warning'} disabled={formDisabled('gate')}
              aria-describedby={locked.has('gate') ? 'lock-gate' : undefined}
              onChange={(e) => common(['gate'], (e.currentTarget as HTMLSelectElement).value)}>
              <option value="warning">{s(ui, 'gateWarning')}</option>
              <option value="error">{s(ui, 'gateError')}</option>
              <option value="off">{s(ui, 'gateOff')}</option>
            </select>
            {lockNote('gate')}
          </label>
          {CATEGORIES.map((cat) => (
            <label key={cat}>
              {t(ui, `category_${cat.replace('-', '_')}` as MessageKey)}
              <select value={(locked.has('severity') ? policy?.profile?.severity?.[cat] : shown.severity?.[cat]) ?? ''} disabled={formDisabled('severity')}
                aria-describedby={locked.has('severity') ? 'lock-severity' : undefined}
                onChange={(e) => common(['severity', cat], (e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{s(ui, 'levelDefault')}</option>
                {(['off', 'suggestion', 'warning', 'error'] as const).map((l) => <option key={l} value={l}>{s(ui, `level_${l}`)}</option>)}
              </select>
            </label>
          ))}
          {lockNote('severity')}
        </div>
      </section>

      <FormRules ui={ui} values={formValues(shown)} disabled={formDisabled('rules')} locked={locked.has('rules')} onRule={formRule} />

      <section aria-labelledby="editor-h">
        <h2 id="editor-h"><label for="profile">{s(ui, 'editor')}</label></h2>
        <p id="editor-help" class="help">{s(ui, 'editorHelp')}</p>
        <div class="editor">
          <pre class="gutter" ref={gutter} aria-hidden="true">{Array.from({ length: lines }, (_, i) => i + 1).join('\n')}</pre>
          <textarea id="profile" ref={editor} value={text} spellcheck={false} rows={18} wrap="off"
            aria-invalid={errors.length > 0} aria-describedby="editor-help profile-status"
            onInput={(e) => { setText((e.currentTarget as HTMLTextAreaElement).value); setStatus(undefined); }}
            onScroll={(e) => { if (gutter.current) gutter.current.scrollTop = (e.currentTarget as HTMLTextAreaElement).scrollTop; }} />
        </div>
        <div id="profile-status" class="status" aria-live="polite">
          {errors.length === 0 ? (
            <p class="ok">✓ {s(ui, 'valid')}</p>
          ) : (
            <div class="problems">
              <p>{errors.length === 1 ? s(ui, 'oneError') : s(ui, 'errors', errors.length)}</p>
              <ul>
                {errors.map((e) => (
                  <li key={`${e.line}:${e.field}:${e.message}`}>
                    <button type="button" class="link" aria-label={s(ui, 'goTo', e.line)} onClick={() => goTo(e.line)}>{s(ui, 'line', e.line)}</button>
                    {`: ${e.field ? `${e.field}: ` : ''}${issueText(e, ui)}`}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <div class="actions">
          <button type="button" class="primary" disabled={errors.length > 0} onClick={() => save(text)}>{s(ui, 'save')}</button>
          <span class="file">
            <input type="file" id="import" accept=".yaml,.yml,.json,application/json,text/yaml" onChange={importFile} />
            <label for="import">{s(ui, 'importFile')}</label>
          </span>
          <button type="button" onClick={() => props.onExport(text)}>{s(ui, 'exportFile')}</button>
          <button type="button" onClick={async () => { await props.onReset(); setText(''); setStatus({ ok: true, text: s(ui, 'resetDone') }); }}>{s(ui, 'reset')}</button>
        </div>
        {status && <p class={status.ok ? 'ok' : 'bad'} role="status">{status.text}</p>}
      </section>

      <section aria-labelledby="play-h">
        <h2 id="play-h">{s(ui, 'playground')}</h2>
        <div class="fields">
          <label>
            {s(ui, 'platform')}
            <select value={platform} onChange={(e) => setPlatform((e.currentTarget as HTMLSelectElement).value as Platform | '')}>
              <option value="">{s(ui, 'anyPlatform')}</option>
              {PLATFORMS.map((p) => <option key={p} value={p}>{PLATFORM_NAMES[p]}</option>)}
            </select>
          </label>
        </div>
        <label for="draft">{s(ui, 'draft')}</label>
        <textarea id="draft" rows={5} value={draft} placeholder={s(ui, 'draftPlaceholder')}
          onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
        <div class="findings" aria-live="polite">
          {report && (report.findings.length === 0 ? <p>{s(ui, 'noFindings')}</p> : (
            <>
              <p>{s(ui, 'findings', report.findings.length)}</p>
              <ul>
                {report.findings.map((f) => (
                  <li key={`${f.ruleId}:${f.start}`} class={f.category}>
                    <strong class="phrase">{f.text}</strong> <span class="severity">{f.severity} · {f.ruleId}</span>
                    <p class="message">{f.message}</p>
                    {f.suggestions?.length ? <p class="suggestion">→ {f.suggestions.map((x) => x || s(ui, 'remove')).join(' / ')}</p> : null}
                  </li>
                ))}
              </ul>
            </>
          ))}
        </div>
        <h3>{s(ui, 'selfTests')}</h3>
        {tests.length === 0 ? <p>{s(ui, 'noExamples')}</p> : (
          <ul class="tests">
            {tests.map((r) => (
              <li key={r.id} class={r.passed ? 'pass' : 'fail'}>
                <span>{r.passed ? '✓' : '✗'} {r.id}: {r.passed ? s(ui, 'passed') : s(ui, 'failed')} ({r.total - r.failures.length}/{r.total})</span>
                {r.failures.length > 0 && (
                  <ul>{r.failures.map((f) => <li key={f.example}>“{f.example}” {s(ui, f.expected === 'flag' ? 'shouldFlag' : 'shouldAllow')}</li>)}</ul>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="personal-h">
        <h2 id="personal-h">{s(ui, 'personal')}</h2>
        <div class="fields">
          <label class="check">
            <input type="checkbox" checked={personal.replyBoxes}
              onChange={(e) => props.onPersonal({ ...personal, replyBoxes: (e.currentTarget as HTMLInputElement).checked })} />
            {s(ui, 'replyBoxes')}
          </label>
          <label>
            {s(ui, 'uiLang')}
            <select value={personal.uiLang ?? ''} onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              const next: PersonalSettings = { ...personal };
              if (v === 'en' || v === 'de') next.uiLang = v;
              else delete next.uiLang;
              props.onPersonal(next);
            }}>
              <option value="">{s(ui, 'uiAuto')}</option>
              <option value="en">English</option>
              <option value="de">Deutsch</option>
            </select>
          </label>
        </div>
        <h3>{s(ui, 'ignored')}</h3>
        {personal.ignoredRules.length === 0 ? <p>{s(ui, 'noIgnored')}</p> : (
          <ul class="ignored">
            {personal.ignoredRules.map((id) => (
              <li key={id}>
                <code>{id}</code>{' '}
                <button type="button" aria-label={s(ui, 'restoreRule', id)}
                  onClick={() => props.onPersonal({ ...personal, ignoredRules: personal.ignoredRules.filter((r) => r !== id) })}>
                  {s(ui, 'restore')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

/** The most common rules as a form: banned phrases, substitutions, limits, the advertising label. */
function FormRules(props: {
  ui: Lang;
  values: ReturnType<typeof formValues>;
  disabled: boolean;
  locked: boolean;
  onRule(id: string, rule: Parameters<typeof setRule>[2]): void;
}) {
  const { ui, values: v, disabled } = props;
  const d = v.disclosure;
  const setDisclosure = (patch: Partial<typeof d>) => props.onRule(FORM_IDS.disclosure, disclosureRule({ ...d, ...patch }));
  return (
    <section aria-labelledby="rules-h">
      <h2 id="rules-h">{s(ui, 'formRules')}</h2>
      {props.locked && <p class="lock">🔒 {s(ui, 'locked')}</p>}
      <div class="fields">
        <label>
          {s(ui, 'banned')}
          <textarea rows={4} value={v.banned} disabled={disabled} aria-describedby="banned-help"
            onChange={(e) => props.onRule(FORM_IDS.banned, bannedRule((e.currentTarget as HTMLTextAreaElement).value, s(ui, 'bannedMessage')))} />
          <span id="banned-help" class="help">{s(ui, 'bannedHelp')}</span>
        </label>
        <label>
          {s(ui, 'swaps')}
          <textarea rows={4} value={v.swaps} disabled={disabled} aria-describedby="swaps-help"
            onChange={(e) => props.onRule(FORM_IDS.swaps, swapsRule((e.currentTarget as HTMLTextAreaElement).value))} />
          <span id="swaps-help" class="help">{s(ui, 'swapsHelp')}</span>
        </label>
        <fieldset>
          <legend>{s(ui, 'limits')}</legend>
          {LIMIT_COUNTS.map((count) => (
            <label key={count}>
              {s(ui, `limit_${count}`.replace(/-/g, '_') as OptionsKey)}
              <input type="number" min={0} max={1000} value={v.limits[count]} disabled={disabled}
                onChange={(e) => {
                  const raw = (e.currentTarget as HTMLInputElement).value;
                  props.onRule(FORM_IDS.limit(count), limitRule(count, raw === '' ? '' : Math.max(0, Math.floor(Number(raw)))));
                }} />
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{s(ui, 'disclosure')}</legend>
          <label class="check">
            <input type="checkbox" checked={d.on} disabled={disabled} onChange={(e) => setDisclosure({ on: (e.currentTarget as HTMLInputElement).checked })} />
            {s(ui, 'disclosureOn')}
          </label>
          <label>
            {s(ui, 'disclosureLabels')}
            <input type="text" value={d.labels} disabled={disabled || !d.on} onChange={(e) => setDisclosure({ labels: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label>
            {s(ui, 'disclosureWhen')}
            <select value={d.when} disabled={disabled || !d.on} onChange={(e) => setDisclosure({ when: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="sales-pitch">{s(ui, 'disclosureWhenPitch')}</option>
              <option value="always">{s(ui, 'disclosureWhenAlways')}</option>
            </select>
          </label>
          <label>
            {s(ui, 'disclosurePosition')}
            <select value={d.position} disabled={disabled || !d.on} onChange={(e) => setDisclosure({ position: (e.currentTarget as HTMLSelectElement).value })}>
              <option value="start">{s(ui, 'disclosureStart')}</option>
              <option value="anywhere">{s(ui, 'disclosureAnywhere')}</option>
            </select>
          </label>
        </fieldset>
      </div>
    </section>
  );
}
