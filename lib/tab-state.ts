/**
 * What the popup shows about one tab: the composers Echt watches there and the latest report of
 * each. Kept by the background from the content script's reports; plain data across messages.
 */
import type { Platform, Report } from './analysis/types';

export interface ComposerState {
  /** Stable within the page: which composer (post box, reply box, dialog). */
  key: string;
  kind: 'post' | 'reply';
  /** `generic`: found only by editor markers, the site's own markup was not recognised (site drift). */
  detection: 'adapter' | 'generic';
  text: string;
  report: Report;
  /** The composer the user typed in last. */
  focused: boolean;
}

export interface TabState {
  /** The tab is on Facebook, LinkedIn or X. */
  supported: boolean;
  platform?: Platform;
  composers: ComposerState[];
  /** Errors caught at Echt's boundaries on this tab (fail open: the draft and posting were unaffected). */
  errors: string[];
}

/** The composer to show first: the focused one, else the one with the most findings. */
export function primaryComposer(state: TabState): ComposerState | undefined {
  return (
    state.composers.find((c) => c.focused) ??
    [...state.composers].sort((a, b) => b.report.findings.length - a.report.findings.length)[0]
  );
}
