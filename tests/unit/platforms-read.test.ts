// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { rangeFor, readDraft } from '../../lib/platforms/read';

const lexical = (paras: string[]) =>
  `<div contenteditable="true" role="textbox" data-lexical-editor="true">${paras.map((p) => `<p dir="auto">${p}</p>`).join('')}</div>`;
const quill = (lines: string[]) => `<div class="ql-editor" contenteditable="true">${lines.map((l) => `<p>${l}</p>`).join('')}</div>`;
const draftBlock = (key: string, inner: string) =>
  `<div data-block="true" data-editor="e" data-offset-key="${key}-0-0"><div data-offset-key="${key}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">${inner}</div></div>`;
const draftjs = (blocks: string[]) =>
  `<div class="public-DraftEditor-content" contenteditable="true" role="textbox"><div data-contents="true">${blocks.join('')}</div></div>`;
const span = (t: string) => `<span data-lexical-text="true">${t}</span>`;
const dspan = (t: string) => `<span data-offset-key="k"><span data-text="true">${t}</span></span>`;

function mount(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const cases: Array<[string, string, string]> = [
  ['lexical paragraphs', lexical([span('Hello'), span('world')]), 'Hello\nworld'],
  ['lexical empty paragraph between', lexical([span('a'), '<br>', span('b')]), 'a\n\nb'],
  ['lexical soft line break', lexical([`${span('a')}<br>${span('b')}`]), 'a\nb'],
  ['lexical trailing line break (two <br>)', lexical([`${span('a')}<br><br>`]), 'a\n'],
  ['lexical nested formatting', lexical([`${span('Buy ')}<strong>${span('now')}</strong>${span('!')}`]), 'Buy now!'],
  ['lexical empty editor', lexical(['<br>']), ''],
  ['quill lines', quill(['Tag a friend', '<br>', 'ok']), 'Tag a friend\n\nok'],
  ['quill emoji and ZWJ', quill(['Hi 👩‍👩‍👧 and 👍🏽 café']), 'Hi 👩‍👩‍👧 and 👍🏽 café'],
  ['quill inline marks', quill(['<strong>Only</strong> <em>3</em> left']), 'Only 3 left'],
  ['draft.js blocks', draftjs([draftBlock('a', dspan('Like if')), draftBlock('b', dspan('you agree'))]), 'Like if\nyou agree'],
  ['draft.js empty block', draftjs([draftBlock('a', dspan('x')), draftBlock('b', '<span data-offset-key="k"><br data-text="true"></span>'), draftBlock('c', dspan('y'))]), 'x\n\ny'],
  ['draft.js several leaves in a block', draftjs([draftBlock('a', dspan('Buy ') + dspan('🔥') + dspan(' now'))]), 'Buy 🔥 now'],
  ['plain contenteditable with text and br', '<div contenteditable="true" role="textbox">one<br>two</div>', 'one\ntwo'],
  ['source whitespace between blocks is ignored', quill(['a', 'b']).replace('</p><p>', '</p>\n  <p>'), 'a\nb'],
];

describe('readDraft', () => {
  it.each(cases)('%s', (_, html, expected) => {
    expect(readDraft(mount(html)).text).toBe(expected);
  });
});

describe('rangeFor maps offsets back to exactly the same characters', () => {
  it.each(cases)('%s: every substring', (_, html, expected) => {
    const editor = mount(html);
    const draft = readDraft(editor);
    for (let start = 0; start < expected.length; start++) {
      for (let end = start + 1; end <= expected.length; end++) {
        const want = expected.slice(start, end);
        // Ranges cannot start on a line boundary the DOM does not hold as a node; phrases never do.
        if (want.startsWith('\n') || want.endsWith('\n')) continue;
        const range = rangeFor(draft, start, end)!;
        expect(range, `${start}-${end}`).toBeDefined();
        // Line boundaries are not characters in the DOM (and source whitespace between blocks is), so compare without whitespace.
        expect(range.toString().replace(/\s/g, ''), `${start}-${end}`).toBe(want.replace(/\s/g, ''));
      }
    }
  });

  it.each([
    ['emoji before the phrase', quill(['😀😀 Buy now']), 'Buy now'],
    ['ZWJ family before the phrase', lexical([span('👩‍👩‍👧 Tag a friend')]), 'Tag a friend'],
    ['phrase across nested spans', lexical([`${span('x ')}<em>${span('Only')}</em>${span(' 3 left')}`]), 'Only 3 left'],
    ['phrase on the second Draft.js block', draftjs([draftBlock('a', dspan('hi')), draftBlock('b', dspan('Comment YES below'))]), 'Comment YES'],
  ])('%s', (_, html, phrase) => {
    const editor = mount(html);
    const draft = readDraft(editor);
    const start = draft.text.indexOf(phrase);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFor(draft, start, start + phrase.length)!;
    expect(range.toString()).toBe(phrase);
    expect(editor.contains(range.startContainer)).toBe(true);
  });

  it('refuses offsets outside the draft', () => {
    const draft = readDraft(mount(quill(['abc'])));
    expect(rangeFor(draft, 2, 9)).toBeUndefined();
    expect(rangeFor(draft, -1, 1)).toBeUndefined();
  });
});
