// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../lib/analysis';
import { openPrepostDialog } from '../../lib/overlay/prepost-dialog';

const draft = 'Tag a friend who needs this! Only 3 left, order now.';

function open(ui: 'en' | 'de' = 'en', text = draft) {
  const host = document.createElement('div');
  document.body.append(host);
  const findings = analyze(text, { lang: 'en', uiLang: ui }).findings;
  const onPost = vi.fn();
  const onEdit = vi.fn();
  const close = openPrepostDialog(host, { ui, findings, onPost, onEdit });
  const dialog = host.querySelector('[role=alertdialog]') as HTMLElement;
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name)!;
  return { host, findings, onPost, onEdit, close, dialog, button };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('pre-post dialog', () => {
  it('is a modal alertdialog, named and described, listing every held phrase by category', () => {
    const { dialog, findings } = open();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('Before this goes out');
    expect(dialog.querySelector(`#${dialog.getAttribute('aria-describedby')}`)?.textContent).toContain('Echt found');
    expect(findings.length).toBeGreaterThan(1);
    for (const f of findings) expect(dialog.textContent).toContain(`“${f.text}”`);
    expect([...dialog.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Sales pitch', 'Engagement bait']);
  });

  it('focuses "Edit draft" first; it closes and hands back the first finding', () => {
    const { button, onEdit, onPost, host, findings } = open();
    expect(document.activeElement).toBe(button('Edit draft'));
    button('Edit draft').click();
    expect(onEdit).toHaveBeenCalledWith(findings[0]);
    expect(onPost).not.toHaveBeenCalled();
    expect(host.querySelector('[role=alertdialog]')).toBeNull();
  });

  it('"Post anyway" posts once and closes', () => {
    const { button, onPost, onEdit, host } = open();
    const post = button('Post anyway');
    post.click();
    post.click();
    expect(onPost).toHaveBeenCalledTimes(1);
    expect(onEdit).not.toHaveBeenCalled();
    expect(host.querySelector('[role=alertdialog]')).toBeNull();
  });

  it('Escape means "Edit draft"; Tab cycles inside the dialog', () => {
    const { dialog, onEdit, button } = open();
    const key = (k: string, shiftKey = false) =>
      (document.activeElement ?? dialog).dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, composed: true }));
    key('Tab');
    expect(document.activeElement).toBe(button('Post anyway'));
    key('Tab');
    expect(document.activeElement).toBe(button('Edit draft'));
    key('Tab', true);
    expect(document.activeElement).toBe(button('Post anyway'));
    key('Escape');
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('speaks German and shows rule and page text as text', () => {
    const { dialog, button } = open('de', 'Markiere eine Freundin, die das braucht! <img src=x onerror=alert(1)>');
    expect(button('Trotzdem posten')).toBeDefined();
    expect(button('Entwurf bearbeiten')).toBeDefined();
    expect(dialog.querySelector('img')).toBeNull();
  });
});
