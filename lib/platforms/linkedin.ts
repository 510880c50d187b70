/**
 * LinkedIn: Quill editors. The post composer is the share box (a dialog on the feed); comment
 * boxes live in `.comments-comment-box`.
 */
import type { Adapter, ComposerKind } from './index';
import { nearest } from './generic';

const EDITOR = '.ql-editor[contenteditable="true"]';
const REPLY = '.comments-comment-box, .comments-comment-texteditor, .comments-comment-box__form';

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
