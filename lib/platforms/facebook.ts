/**
 * Facebook: Lexical editors. The post composer opens in a dialog ("Create post"); comment and
 * reply boxes sit under a post (`role=article`). The post button's label follows the UI language
 * ("Post", "Posten", "Publier", …), so the structure decides when the label is unknown: the last
 * button after the editor in the composer's dialog.
 */
import type { Adapter, ComposerKind } from './index';
import { nearest } from './generic';

const EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const POST_LABELS = ['Post', 'Posten', 'Publier', 'Publicar', 'Pubblica', 'Plaatsen', 'Opublikuj', 'Publicera', 'Share now', 'Jetzt teilen'];
const REPLY_LABEL = /comment|kommentar|reply|antwort|antworten|répon|comentar/i;

function kindOf(editor: HTMLElement): ComposerKind {
  if (editor.closest('[role="article"]')) return 'reply';
  return REPLY_LABEL.test(editor.getAttribute('aria-label') ?? '') ? 'reply' : 'post';
}

export const facebook: Adapter = {
  platform: 'facebook',
  hosts: ['facebook.com'],
  find: (root) => Array.from(root.querySelectorAll<HTMLElement>(EDITOR)).map((editor) => ({ editor, kind: kindOf(editor) })),
  kindOf,
  post(editor) {
    if (kindOf(editor) === 'reply') return { buttons: [], keys: ['enter'] };
    const container = editor.closest('[role="dialog"], form');
    const labelled = nearest(editor, POST_LABELS.map((l) => `[role="button"][aria-label="${l}"]`).join(','), container);
    if (labelled.length > 0) return { buttons: labelled, keys: ['mod-enter'] };
    const after = Array.from(container?.querySelectorAll<HTMLElement>('[role="button"]') ?? []).filter(
      (b) => editor.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING && !editor.contains(b),
    );
    return { buttons: after.slice(-1), keys: ['mod-enter'] };
  },
};
