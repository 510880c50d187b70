// @vitest-environment happy-dom
/** The options page: live validation with line and field, save only when valid, playground, self-tests, locks, personal settings. */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../lib/analysis/types';
import { validateProfile } from '../../lib/profile';
import type { PersonalSettings } from '../../lib/profile/personal';
import { Options, type OptionsProps } from '../../entrypoints/options/App';
import { CATALOGS } from '../../lib/i18n';

const EXAMPLE = readFileSync('examples/team.yaml', 'utf8');

function mount(over: Partial<OptionsProps> = {}, ui: Lang = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  const props: OptionsProps = {
    ui,
    source: EXAMPLE,
    personal: { ignoredRules: ['engagement-bait/tag-bait'], replyBoxes: true },
    onSave: vi.fn(async (src: string) => {
      const r = validateProfile(src);
      return r.ok ? r : { ok: false as const, errors: r.errors };
    }),
    onReset: vi.fn(async () => {}),
    onExport: vi.fn(),
    onPersonal: vi.fn(),
    ...over,
  };
  act(() => render(<Options {...props} />, root));
  return { root, props };
}

const type = (el: HTMLTextAreaElement | HTMLInputElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const byId = <T extends HTMLElement>(root: HTMLElement, id: string) => root.querySelector<T>(`#${id}`)!;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Options page', () => {
  it('shows the saved profile, valid, with every rule self-tested', () => {
    const { root } = mount();
    expect(byId<HTMLTextAreaElement>(root, 'profile').value).toBe(EXAMPLE);
    expect(root.querySelector('#profile-status')!.textContent).toContain('The profile is valid.');
    const tests = [...root.querySelectorAll('.tests > li')];
    expect(tests.length).toBe(6);
    expect(tests.every((li) => li.classList.contains('pass'))).toBe(true);
  });

  it('names line and field of errors as you type, marks the editor invalid and refuses to save', async () => {
    const { root, props } = mount();
    type(byId(root, 'profile'), 'name: X\nrules:\n  - id: a\n    kind: limit\n    count: hashtags\n    max: lots\n');
    const status = root.querySelector('#profile-status')!.textContent!;
    expect(status).toContain('1 problem:Line 6: rules[0].max: expected a number, got text "lots"');
    expect(byId(root, 'profile').getAttribute('aria-invalid')).toBe('true');
    const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
    expect(save.disabled).toBe(true);
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('names the error in German on a German page', async () => {
    const { root } = mount({}, 'de');
    type(byId(root, 'profile'), 'name: X\nrules:\n  - id: a\n    kind: limit\n    count: hashtags\n    max: lots\n');
    expect(root.querySelector('#profile-status')!.textContent!).toContain('Zeile 6: rules[0].max: erwartet: eine Zahl, gefunden: Text "lots"');
  });

  it('"Go to line" puts the caret on the faulty line', () => {
    const { root } = mount();
    const text = 'name: X\naddress: maybe\n';
    type(byId(root, 'profile'), text);
    const go = root.querySelector<HTMLButtonElement>('button[aria-label="Go to line 2"]')!;
    act(() => go.click());
    const ta = byId<HTMLTextAreaElement>(root, 'profile');
    expect(ta.selectionStart).toBe(text.indexOf('address'));
  });

  it('saves a valid profile and says so', async () => {
    const { root, props } = mount();
    type(byId(root, 'profile'), 'name: Neu\naddress: informal\n');
    const save = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save')!;
    await act(async () => save.click());
    expect(props.onSave).toHaveBeenCalledWith('name: Neu\naddress: informal\n');
    expect(root.textContent).toContain('Saved.');
  });

  it('the playground analyses the draft with the edited profile, as you type', () => {
    const { root } = mount();
    type(byId(root, 'draft'), 'Wie war dein Wochenende? Unser Kundenmehrwert!');
    const items = [...root.querySelectorAll('.findings li')].map((li) => li.textContent);
    expect(items.some((t) => t!.includes('dein') && t!.includes('team/sie-not-du'))).toBe(true);
    expect(items.some((t) => t!.includes('Kundenmehrwert') && t!.includes('team/no-consultant-words'))).toBe(true);
    type(byId(root, 'profile'), 'address: informal\nrules:\n  - id: addr\n    kind: address\n');
    const after = [...root.querySelectorAll('.findings li')].map((li) => li.textContent);
    expect(after.some((t) => t!.includes('team/sie-not-du'))).toBe(false);
  });

  it('shows failing self-tests with the example at fault', () => {
    const { root } = mount();
    type(byId(root, 'profile'), 'rules:\n  - id: p\n    kind: phrase\n    phrases: [synergy]\n    examples:\n      flag: ["Nothing to see."]\n');
    const fail = root.querySelector('.tests li.fail')!;
    expect(fail.textContent).toContain('p: failed (0/1)');
    expect(fail.textContent).toContain('“Nothing to see.” should be flagged');
  });

  it('the common form edits the YAML and keeps comments', () => {
    const { root } = mount();
    const select = root.querySelector<HTMLSelectElement>('select')!;
    act(() => {
      select.value = 'informal';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const text = byId<HTMLTextAreaElement>(root, 'profile').value;
    expect(text).toMatch(/^address: informal$/m);
    expect(text).toContain('# Wie wir Leser ansprechen');
  });

  it('keys the policy locks are disabled and labelled as locked', () => {
    const { root } = mount({ policy: { profile: { address: 'formal' }, locked: ['address'], errors: [] } });
    const address = [...root.querySelectorAll('label')].find((l) => l.textContent!.startsWith('Address form'))!;
    const select = address.querySelector('select')!;
    expect(select.disabled).toBe(true);
    expect(select.value).toBe('formal');
    expect(document.getElementById(select.getAttribute('aria-describedby')!)?.textContent).toContain('Set by your administrator');
    expect(root.textContent).toContain('Locked by your administrator: address.');
    const gate = [...root.querySelectorAll('label')].find((l) => l.textContent!.startsWith('Check before posting'))!;
    expect(gate.querySelector('select')!.disabled).toBe(false);
  });

  it('the common-rules form writes a banned phrase and a limit into the profile text, keeping comments', () => {
    const { root } = mount();
    const field = (label: RegExp) =>
      [...root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>('textarea, input')].find((el) => label.test(el.closest('label')?.textContent ?? ''))!;
    act(() => {
      const banned = field(/Banned words/);
      banned.value = 'synergy\nsupergeil';
      banned.dispatchEvent(new Event('change', { bubbles: true }));
    });
    act(() => {
      const hashtags = field(/^Hashtags/);
      hashtags.value = '2';
      hashtags.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const yaml = byId<HTMLTextAreaElement>(root, 'profile').value;
    expect(yaml).toContain('id: form-banned');
    expect(yaml).toContain('- supergeil');
    expect(yaml).toMatch(/id: form-limit-hashtags[\s\S]*max: 2/);
    expect(yaml).toContain(EXAMPLE.split('\n')[0]);
  });

  it('personal settings: reply boxes, UI language, restore an ignored rule', () => {
    const { root, props } = mount();
    const onPersonal = props.onPersonal as ReturnType<typeof vi.fn>;
    act(() => root.querySelector<HTMLButtonElement>('button[aria-label="Restore engagement-bait/tag-bait"]')!.click());
    expect(onPersonal).toHaveBeenLastCalledWith({ ignoredRules: [], replyBoxes: true } satisfies PersonalSettings);
    const box = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find((b) => /repl|comment/i.test(b.closest('label')?.textContent ?? ''))!;
    act(() => {
      box.checked = false;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onPersonal).toHaveBeenLastCalledWith({ ignoredRules: ['engagement-bait/tag-bait'], replyBoxes: false });
  });

  it.each([
    ['name: Importiert\naddress: informal\n', 'Saved.'],
    ['name: Kaputt\naddress: sometimes\n', 'Not saved: fix the problems first.'],
  ])('importing a file loads it, saves only when valid: %j', async (content, message) => {
    const { root, props } = mount();
    const input = byId<HTMLInputElement>(root, 'import');
    Object.defineProperty(input, 'files', { value: [new File([content], 'team.yaml', { type: 'text/yaml' })], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(props.onSave).toHaveBeenCalledWith(content);
    expect(byId<HTMLTextAreaElement>(root, 'profile').value).toBe(content);
    expect(root.querySelector('[role="status"]')?.textContent).toContain(message);
  });

  it('export hands over the editor text; reset empties the editor', async () => {
    const { root, props } = mount();
    const button = (t: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === t)!;
    act(() => button('Export file').click());
    expect(props.onExport).toHaveBeenCalledWith(EXAMPLE);
    await act(async () => button('Reset to defaults').click());
    expect(props.onReset).toHaveBeenCalled();
    expect(byId<HTMLTextAreaElement>(root, 'profile').value).toBe('');
  });

  it('every control has a label; German when the UI is German', () => {
    const { root } = mount({}, 'de');
    expect(root.querySelector('h1')!.textContent).toBe('Echt – Team-Regeln');
    for (const el of root.querySelectorAll('input, select, textarea')) {
      const labelled = el.closest('label') || (el.id && root.querySelector(`label[for="${el.id}"]`));
      expect(labelled, el.outerHTML.slice(0, 80)).toBeTruthy();
    }
    // every text on the page comes from the catalogs: no English left in the German page
    const shown = root.textContent!;
    for (const [key, msg] of Object.entries(CATALOGS.en)) {
      if (key.startsWith('options_') && msg.message.length > 12 && !msg.placeholders && msg.message !== CATALOGS.de[key]!.message) expect(shown).not.toContain(msg.message);
    }
  });
});

describe('Options page accessibility', () => {
  it('has no axe violations (structure, names, labels) in English and with locks', async () => {
    const axe = (await import('axe-core')).default;
    const { root } = mount({ policy: { profile: { address: 'formal' }, locked: ['address'], errors: [] } });
    type(byId(root, 'draft'), 'Wie war dein Wochenende?');
    // colour contrast needs real layout; the palette's AA contrast is tested in theme.test.ts
    const result = await axe.run(root, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
    expect(result.passes.map((p) => p.id)).toEqual(expect.arrayContaining(['label', 'button-name', 'select-name']));
  });
});

describe('Options page severity form', () => {
  it('sets a category severity in the YAML and shows it', () => {
    const { root } = mount({ source: 'name: X\n' });
    const label = [...root.querySelectorAll('label')].find((l) => l.textContent!.startsWith('Engagement bait'))!;
    const select = label.querySelector('select')!;
    act(() => {
      select.value = 'error';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(byId<HTMLTextAreaElement>(root, 'profile').value).toBe('name: X\nseverity:\n  engagement-bait: error\n');
    expect(select.value).toBe('error');
  });
});
