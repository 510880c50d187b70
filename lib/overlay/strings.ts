/**
 * Texts of the in-page overlay, from the shared catalogue in public/_locales (the popup and the
 * badge use the same words).
 */
import type { Finding, Lang } from '../analysis/types';
import { t, tn, type MessageKey } from '../i18n';

/** The badge's accessible name: "Echt: 2 warnings", "Echt: no issues" (de: "Echt: 2 Warnungen", "Echt: keine Probleme"). */
export const badgeLabel = (ui: Lang, findings: readonly Finding[]): string =>
  findings.length === 0 ? t(ui, 'badge_clean') : tn(ui, 'badge_issues', findings.length);

const CARD = {
  ignoreHere: 'card_ignore_here',
  ignoreRule: 'card_ignore_rule',
  replaceWith: 'card_replace_with',
  remove: 'card_remove',
  close: 'card_close',
  shortcut: 'card_shortcut',
} as const satisfies Record<string, MessageKey>;

export const cardText = (ui: Lang, key: keyof typeof CARD): string => t(ui, CARD[key]);
