/**
 * The typed protocol between the content script, the background and the popup.
 *
 * Analysis runs in the background service worker, not in the page: the analyzer with compromise
 * and eld is ≈ 1.3 MB, and a content script that size would load on every Facebook, LinkedIn and
 * X page. The content script sends the draft text and gets the Report back (≈ 1 ms round trip
 * warm); the background keeps the latest report per tab and composer for the popup.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Platform, Report } from './analysis/types';
import type { GateSettings } from './gate';
import type { ComposerKind } from './platforms';
import type { ComposerState, TabState } from './tab-state';

export interface AnalyzeRequest {
  text: string;
  platform: Platform;
  /** Stable within the page: which composer (post box, reply box, dialog). */
  key: string;
  kind: ComposerKind;
  detection: 'adapter' | 'generic';
  /** The user is typing in this composer. */
  focused: boolean;
}

export interface ProtocolMap {
  /** Content script → background: analyse a draft with the effective profile and personal settings. */
  analyze(req: AnalyzeRequest): Report;
  /** Content script → background: a composer went away (dialog closed, navigation). */
  composerGone(data: { key: string }): void;
  /** Content script → background: an error caught at one of Echt's boundaries (fail open). */
  reportError(data: { message: string }): void;
  /** Popup → background: everything Echt knows about a tab. */
  getTabReports(data: { tabId: number }): TabState;
  /** Popup → background: the composer the user typed in last, else the one with most findings. */
  focusedReport(data: { tabId: number }): ComposerState | undefined;
  /** Content script → background: the pre-post check's policy in force (profile `gate`, default warning). */
  gatePolicy(): GateSettings;
  /** Popup → content script: scroll to a finding and open its card. */
  revealFinding(data: { key: string; start: number; end: number }): boolean;
  /** Background → content script: the settings changed in a way no storage event announced; check the drafts again. */
  recheck(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
