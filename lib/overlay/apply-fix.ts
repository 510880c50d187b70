/**
 * Applying a suggestion through the editor's own input path. E2E.md, measured in Lexical, Quill
 * and Draft.js: select the range, wait until the editor has seen the selection (`selectionchange`
 * then a macrotask), then `execCommand('insertText')`. That keeps each editor's model and undo
 * stack exact; editing the DOM directly or firing synthetic events does not.
 */

function selectionSeen(doc: Document, timeout = 100): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      // The editors read the selection in their own selectionchange handlers; let those run first.
      setTimeout(resolve, 0);
    };
    const timer = setTimeout(done, timeout);
    doc.addEventListener('selectionchange', done);
  });
}

/**
 * Replaces the text of `range` (inside `editor`) with `replacement`; an empty replacement deletes
 * the phrase. The caret ends after the replacement. Returns whether the editor accepted the edit.
 */
export async function replaceRange(editor: HTMLElement, range: Range, replacement: string): Promise<boolean> {
  const doc = editor.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return false;
  editor.focus({ preventScroll: true });
  const seen = selectionSeen(doc);
  selection.removeAllRanges();
  selection.addRange(range);
  await seen;
  // execCommand is deprecated but remains the one way to type into a page's editor as the user would.
  return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
}
