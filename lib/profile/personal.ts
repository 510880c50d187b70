/**
 * Personal settings of the one user on this device (lowest precedence: managed policy and team
 * profile win where they set the same thing). Shared by the content script, popup and options.
 */
import { storage } from '#imports';
import type { Lang, Platform } from '../analysis/types';

export interface PersonalSettings {
  /** Rules the user switched off with "Ignore this rule" (rule ids, built-in or team). */
  ignoredRules: string[];
  /** Check comment and reply boxes too, not only post composers. */
  replyBoxes: boolean;
  /** UI language; unset follows the browser. */
  uiLang?: Lang;
  /** Sites where the user switched Echt off (popup switch). */
  disabledPlatforms?: Platform[];
}

export const DEFAULT_PERSONAL: PersonalSettings = { ignoredRules: [], replyBoxes: true };

/** In sync storage: the same person writes on several machines and expects the same settings. */
export const personalItem = storage.defineItem<PersonalSettings>('sync:personal', {
  fallback: DEFAULT_PERSONAL,
  version: 1,
});
