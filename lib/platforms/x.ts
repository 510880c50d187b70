/**
 * X: Draft.js editors. A thread shows one editor per post (`tweetTextarea_0`, `_1`, …) that share
 * one post button; the reply box under a post on a status page is a reply.
 */
import type { Adapter, ComposerKind } from './index';
import { nearest } from './generic';

const EDITOR = '[data-testid^="tweetTextarea_"][contenteditable="true"]';
const POST_BUTTONS = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const REPLY_LABEL = /reply|antwort/i;

function kindOf(editor: HTMLElement, location: Location): ComposerKind {
  if (REPLY_LABEL.test(editor.getAttribute('aria-label') ?? '')) return 'reply';
  // The inline box under a post on its status page answers that post.
  return /\/status\/\d+/.test(location.pathname) && !editor.closest('[role="dialog"]') ? 'reply' : 'post';
}

export const x: Adapter = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com'],
  find: (root, location) => Array.from(root.querySelectorAll<HTMLElement>(EDITOR)).map((editor) => ({ editor, kind: kindOf(editor, location) })),
  kindOf,
  post: (editor) => ({ buttons: nearest(editor, POST_BUTTONS), keys: ['mod-enter'] }),
};
