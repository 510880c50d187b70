/**
 * Reading a rich-text editor's draft as the user sees it, and mapping text offsets back to DOM
 * ranges. One walk serves both, so an offset in the text the analyzer saw always lands on the
 * same character in the DOM.
 *
 * E2E.md "Reading the draft": block by block, `<br>` as a newline, blocks joined with `\n`.
 * `innerText` gives `\n\n` between Quill lines and `textContent` loses line breaks. A `<br>` that
 * ends a block is the editors' placeholder that gives an empty line its height (Lexical, Quill,
 * Draft.js all render one), so it is not a newline.
 */

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TR', 'TD', 'FIGURE',
]);
const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(',');

/** A run of the draft text backed by one DOM text node (or one `<br>`, which stands for "\n"). */
interface Piece {
  node: Text | HTMLBRElement;
  /** Offset of the piece's first character in the draft text. */
  start: number;
  length: number;
}

export interface Draft {
  text: string;
  pieces: Piece[];
}

const isBlock = (n: Node): n is Element => n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName);
/** Nodes that are never draft text: editors put non-editable widgets (mention chips' menus, counters) inside. */
const isSkipped = (n: Element) => n.tagName === 'STYLE' || n.tagName === 'SCRIPT' || n.getAttribute('aria-hidden') === 'true';

type Line = Array<Text | HTMLBRElement>;

function inline(node: Node, line: Line): void {
  if (node.nodeType === 3) {
    line.push(node as Text);
    return;
  }
  if (node.nodeType !== 1 || isSkipped(node as Element)) return;
  if ((node as Element).tagName === 'BR') {
    line.push(node as HTMLBRElement);
    return;
  }
  for (const child of Array.from(node.childNodes)) inline(child, line);
}

/** The leaf blocks of `container` as lines; inline content between blocks forms a line of its own. */
function collect(container: Node, lines: Line[]): void {
  let current: Line | undefined;
  for (const child of Array.from(container.childNodes)) {
    if (isBlock(child)) {
      current = undefined;
      if (isSkipped(child)) continue;
      if (child.querySelector(BLOCK_SELECTOR)) collect(child, lines);
      else {
        const line: Line = [];
        for (const c of Array.from(child.childNodes)) inline(c, line);
        lines.push(line);
      }
      continue;
    }
    // Source-formatting whitespace between blocks is not draft text.
    if (!current && child.nodeType === 3 && /^\s*\n\s*$/.test(child.nodeValue ?? '')) continue;
    if (!current) {
      current = [];
      lines.push(current);
    }
    inline(child, current);
  }
}

/** The draft text of an editor element and the pieces that back it. */
export function readDraft(editor: Element): Draft {
  const lines: Line[] = [];
  collect(editor, lines);
  const pieces: Piece[] = [];
  let text = '';
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    // The block-final <br> is the empty-line placeholder.
    const last = line[line.length - 1];
    const items = last && last.nodeType === 1 ? line.slice(0, -1) : line;
    for (const node of items) {
      const value = node.nodeType === 3 ? (node as Text).data : '\n';
      pieces.push({ node, start: text.length, length: value.length });
      text += value;
    }
  });
  return { text, pieces };
}

/**
 * A DOM point for a text offset. `forward` picks the piece that starts at the offset (a range
 * start), otherwise the piece that ends there (a range end), so a range never spans an empty
 * neighbour piece.
 */
function point(draft: Draft, offset: number, forward: boolean): [Node, number] | undefined {
  const { pieces } = draft;
  const inside = (p: Piece) => (forward ? offset >= p.start && offset < p.start + p.length : offset > p.start && offset <= p.start + p.length);
  const piece = pieces.find(inside) ?? pieces.find((p) => offset >= p.start && offset <= p.start + p.length);
  if (!piece) return undefined;
  const { node } = piece;
  if (node.nodeType === 3) return [node, offset - piece.start];
  // A <br>: before it, or after it.
  const parent = node.parentNode!;
  const index = Array.prototype.indexOf.call(parent.childNodes, node) as number;
  return [parent, offset === piece.start ? index : index + 1];
}

/** The DOM range of draft characters [start, end); undefined when the offsets fall outside the draft. */
export function rangeFor(draft: Draft, start: number, end: number, doc: Document = document): Range | undefined {
  if (start < 0 || end > draft.text.length || start > end) return undefined;
  const a = point(draft, start, true);
  const b = start === end ? a : point(draft, end, false);
  if (!a || !b) return undefined;
  const range = doc.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}

/** The draft offset of a DOM point (the caret), or undefined when it is not on a piece of the draft. */
export function offsetOf(draft: Draft, node: Node, offset: number): number | undefined {
  for (const p of draft.pieces) {
    if (p.node === node) return p.start + Math.min(offset, p.length);
    if (node.nodeType === 1 && node.childNodes[offset] === p.node) return p.start;
  }
  return undefined;
}
