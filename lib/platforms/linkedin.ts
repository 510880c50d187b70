/**
 * LinkedIn: Quill editors. The post composer is the share box (a dialog on the feed); comment
 * boxes live in `.comments-comment-box`. `.ql-editor` is Quill's own class, so the site's
 * containers decide: a Quill editor outside them is left to the generic fallback (site drift).
 */
import type { Adapter, ComposerKind } from './index';
import { nearest } from './generic';

const POST = '.share-box, .share-creation-state, .share-creation-state__text-editor';
const REPLY = '.comments-comment-box, .comments-comment-texteditor, .comments-comment-box__form';
const EDITOR = [POST, REPLY].flatMap((c) => c.split(', ')).map((c) => `${c} .ql-editor[contenteditable="true"]`).join(', ');

const kindOf = (editor: HTMLElement): ComposerKind => (editor.closest(REPLY) ? 'reply' : 'post');

export const linkedin: Adapter = {
  platform: 'linkedin',
  hosts: ['linkedin.com'],
  find: (root) => Array.from(root.querySelectorAll<HTMLElement>(EDITOR)).map((editor) => ({ editor, kind: kindOf(editor) })),
  kindOf,
  post(editor) {
    const reply = kindOf(editor) === 'reply';
    const selector = reply ? '.comments-comment-box__submit-button, button[type="submit"]' : 'button.share-actions__primary-action';
    return { buttons: nearest(editor, selector), keys: ['mod-enter'] };
  },
};
