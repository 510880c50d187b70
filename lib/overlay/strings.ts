/**
 * Texts of the in-page overlay. The badge uses the shared catalogue (the popup shows the same
 * words); the card's own texts are kept here until they move to _locales with the popup's.
 */
import type { Finding, Lang, Localized } from '../analysis/types';
import { t, tn } from '../i18n';

/** The badge's accessible name: "Echt: 2 warnings", "Echt: no issues" (de: "Echt: 2 Warnungen", "Echt: keine Probleme"). */
export const badgeLabel = (ui: Lang, findings: readonly Finding[]): string =>
  findings.length === 0 ? t(ui, 'badge_clean') : tn(ui, 'badge_issues', findings.length);

const CARD = {
  ignoreHere: { en: 'Ignore here', de: 'Hier ignorieren' },
  ignoreRule: { en: 'Ignore this rule', de: 'Diese Regel ignorieren' },
  replaceWith: { en: 'Replace with', de: 'Ersetzen durch' },
  remove: { en: 'Remove', de: 'Entfernen' },
  close: { en: 'Close', de: 'Schließen' },
  shortcut: { en: 'Alt+Shift+E: next phrase', de: 'Alt+Umschalt+E: nächste Stelle' },
} satisfies Record<string, Localized>;

export const cardText = (ui: Lang, key: keyof typeof CARD): string => CARD[key][ui];
