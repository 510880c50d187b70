/**
 * UI strings in English and German. The source of truth is public/_locales/<lang>/messages.json
 * (the format the browser's own i18n reads, so the manifest and stores use the same files); this
 * module reads them directly so the user can override the browser language in the settings.
 * Pure: runs in the page, the extension pages and Node.
 */
import de from '../public/_locales/de/messages.json';
import en from '../public/_locales/en/messages.json';
import type { Lang } from './analysis/types';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Catalog = Record<string, Message>;

export type MessageKey = keyof typeof en;
export const CATALOGS: Record<Lang, Catalog> = { en, de };

/** The UI language for a browser language tag ("de-AT" → de), English otherwise. */
export const uiLangOf = (tag: string | undefined): Lang => (tag?.toLowerCase().startsWith('de') ? 'de' : 'en');

/**
 * The message `key` in `lang`, with `$1`…`$9` substitutions as in chrome.i18n.getMessage:
 * named placeholders (`$COUNT$`) resolve through the message's `placeholders` table.
 */
export function t(lang: Lang, key: MessageKey, ...subs: Array<string | number>): string {
  const msg = CATALOGS[lang][key] ?? CATALOGS.en[key];
  if (!msg) return key;
  const named = (name: string): string => {
    const content = msg.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_, i: string) => String(subs[Number(i) - 1] ?? ''));
  };
  return msg.message.replace(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g, (_, name: string) => named(name)).replace(/\$\$/g, '$');
}

/** The plural form of a counted message: keys `<base>_one` and `<base>_other`. */
export function tn(lang: Lang, base: string, count: number): string {
  const key = (count === 1 ? `${base}_one` : `${base}_other`) as MessageKey;
  return t(lang, key, count);
}
