/**
 * Inflections for `word+` patterns, computed once per word at rule-compile time:
 * English with compromise's conjugation, German by the regular rules of verbs, nouns and adjectives.
 */
import nlp from 'compromise';
import type { Lang } from './types';

const cache = new Map<string, ReadonlySet<string>>();

export function inflect(word: string, lang: Lang): ReadonlySet<string> {
  const key = `${lang}:${word}`;
  let forms = cache.get(key);
  if (!forms) {
    forms = new Set(lang === 'en' ? inflectEnglish(word) : inflectGerman(word));
    cache.set(key, forms);
  }
  return forms;
}

function inflectEnglish(word: string): string[] {
  const forms = [word, `${word}s`];
  // "we X" makes compromise read X as a verb even where it could be a noun ("tag", "comment", "like")
  const conj = nlp(`we ${word}`).verbs().conjugate()[0] as Record<string, string> | undefined;
  if (conj) {
    for (const k of ['Infinitive', 'PastTense', 'PresentTense', 'Gerund', 'Participle']) {
      const f = conj[k];
      if (f && !f.includes(' ')) forms.push(f.toLowerCase());
    }
  }
  if (/(s|x|z|ch|sh)$/.test(word)) forms.push(`${word}es`);
  if (/[^aeiou]y$/.test(word)) forms.push(`${word.slice(0, -1)}ies`);
  return forms;
}

/** German regular (weak) verb forms from the infinitive, or noun/adjective endings otherwise. */
function inflectGerman(word: string): string[] {
  const forms = [word];
  const verb = /^(.{2,}?)(e?n)$/.exec(word);
  if (verb && /(en|ern|eln)$/.test(word)) {
    const stem = word.endsWith('en') ? word.slice(0, -2) : word.slice(0, -1);
    const t = /[dt]$/.test(stem) ? 'et' : 't';
    const st = /[dt]$/.test(stem) ? 'est' : /[sxz]$|ss$/.test(stem) ? 't' : 'st';
    forms.push(stem, `${stem}e`, `${stem}${st}`, `${stem}${t}`, `${stem}en`, `${stem}${t}e`, `${stem}${t}en`,
      `${stem}${t}est`, `ge${stem}${t}`, `${stem}end`, `${stem}${t}et`);
    // adjectival participles: "geteilte", "geteilten"
    for (const end of ['e', 'en', 'er', 'es', 'em']) forms.push(`ge${stem}${t}${end}`);
    return forms;
  }
  for (const end of ['e', 'en', 'er', 'es', 'em', 'n', 's', 'ern', 'ste', 'sten']) forms.push(word + end);
  return forms;
}
