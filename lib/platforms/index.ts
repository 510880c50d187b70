/**
 * Platform adapters: how Echt finds composers on a site and what it knows about posting there.
 * lib/platforms/<site>.ts is the ONLY place that knows a site's selectors (DESIGN.md); the rest
 * of the extension works with `Composer` values.
 */
import type { Platform } from '../analysis/types';
import { facebook } from './facebook';
import { genericEditors } from './generic';
import { linkedin } from './linkedin';
import { x } from './x';

export type ComposerKind = 'post' | 'reply';

/** How the pre-post check (a later issue) can tell that the user is about to post. */
export interface PostKnowledge {
  /** Buttons that post this composer's draft. */
  buttons: HTMLElement[];
  /** Keys that post: `mod-enter` = Ctrl/Cmd+Enter, `enter` = plain Enter (comment boxes). */
  keys: Array<'mod-enter' | 'enter'>;
}

export interface Adapter {
  platform: Platform;
  /** The site's host names (and their subdomains). */
  hosts: readonly string[];
  /** Editors the site's own markup identifies as composers, with their kind. */
  find(root: ParentNode, location: Location): Array<{ editor: HTMLElement; kind: ComposerKind }>;
  /** Kind of an editor found only by generic markers. */
  kindOf(editor: HTMLElement, location: Location): ComposerKind;
  post(editor: HTMLElement): PostKnowledge;
}

export interface Composer {
  editor: HTMLElement;
  kind: ComposerKind;
  /** `generic`: only the editor markers matched, the site's markup was not recognised (drift). */
  detection: 'adapter' | 'generic';
}

export const ADAPTERS: readonly Adapter[] = [facebook, linkedin, x];

export function adapterFor(hostname: string): Adapter | undefined {
  const host = hostname.toLowerCase();
  return ADAPTERS.find((a) => a.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
}

/**
 * Every composer in `root`: the adapter's, or, when the site's own markup matches none, the
 * editors that the generic markers find (the site renamed its classes, test ids or labels). The
 * fallback stays off while the adapter works, so a chat box the adapter deliberately leaves out is
 * not reported as drift. Nested matches collapse to the outermost editor.
 */
export function findComposers(adapter: Adapter, root: ParentNode, location: Location, opts: { replyBoxes: boolean }): Composer[] {
  let found: Composer[] = adapter.find(root, location).map(({ editor, kind }) => ({ editor, kind, detection: 'adapter' as const }));
  if (found.length === 0) {
    found = genericEditors(root).map((editor) => ({ editor, kind: adapter.kindOf(editor, location), detection: 'generic' as const }));
  }
  const editors = found.map((c) => c.editor);
  return found.filter(
    (c) => (opts.replyBoxes || c.kind === 'post') && !editors.some((e) => e !== c.editor && e.contains(c.editor)),
  );
}
