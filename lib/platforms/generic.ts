/**
 * Editors recognised by the markers of the editor libraries the sites use, not by site markup:
 * the fallback when a site renames its classes, test ids or labels.
 */
const MARKERS = [
  '[contenteditable="true"][data-lexical-editor]',
  '.ql-editor[contenteditable="true"]',
  '.public-DraftEditor-content[contenteditable="true"]',
  '[contenteditable="true"][role="textbox"]',
  '[contenteditable=""][role="textbox"]',
].join(',');

export function genericEditors(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(MARKERS));
}

/**
 * Elements matching `selector` in the closest ancestor of `from` that has any: the post button of
 * a composer sits in a container that also holds the editor, whatever the site's nesting.
 */
export function nearest(from: Element, selector: string, stop?: Element | null): HTMLElement[] {
  for (let el: Element | null = from.parentElement; el; el = el.parentElement) {
    const hits = el.querySelectorAll<HTMLElement>(selector);
    if (hits.length > 0) return Array.from(hits);
    if (el === stop) break;
  }
  return [];
}
