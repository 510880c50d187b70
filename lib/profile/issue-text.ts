/**
 * Profile errors in the UI language. The validator writes them in English (the CLI, the tests and
 * bug reports use that form); the options page shows them through `issueText`, which renders every
 * message the validator produces in German too. A test feeds it the whole bad-input battery and
 * fails on any message left in English.
 */
import type { Lang } from '../analysis/types';
import type { ProfileIssue } from './index';

const TYPES: Record<string, string> = {
  'a list': 'eine Liste',
  'a mapping': 'eine Zuordnung (Schlüssel: Wert)',
  text: 'Text',
  'a number': 'eine Zahl',
  'a whole number': 'eine ganze Zahl',
  'true or false': 'true oder false',
  nothing: 'nichts',
};
const type = (t: string) => TYPES[t] ?? t.replace(/^text /, 'Text ').replace(/^number /, 'Zahl ').replace(/^boolean /, 'Wahrheitswert ');

/** The YAML reader's own explanations are English; its error codes say the same in German. */
const SYNTAX: Record<string, string> = {
  BAD_INDENT: 'falsche Einrückung',
  TAB_AS_INDENT: 'Tabulator statt Leerzeichen zum Einrücken',
  DUPLICATE_KEY: 'ein Schlüssel kommt doppelt vor',
  MISSING_CHAR: 'ein Zeichen fehlt (ein „-“ vor einem Listeneintrag, eine schließende Klammer oder ein Anführungszeichen)',
  UNEXPECTED_TOKEN: 'unerwartetes Zeichen',
  BAD_SCALAR_START: 'ein Wert beginnt mit einem unzulässigen Zeichen',
  BLOCK_AS_IMPLICIT_KEY: 'ein Schlüssel ist falsch geschrieben',
  MULTILINE_IMPLICIT_KEY: 'ein Schlüssel ist über mehrere Zeilen verteilt',
};

const GERMAN: Array<[RegExp, (...m: string[]) => string]> = [
  [/^not valid YAML or JSON: (.*)$/, (d) => `kein gültiges YAML oder JSON: ${d}`],
  [/^the profile is larger than (\d+) KB; split long phrase lists or shorten them$/, (kb) => `das Profil ist größer als ${kb} KB; lange Wortlisten aufteilen oder kürzen`],
  [/^expected a mapping of keys \((.*)\)$/, (keys) => `erwartet: eine Zuordnung mit den Schlüsseln ${keys}`],
  [/^duplicate id "(.*)" \(already used by (.*)\)$/, (id, by) => `doppelte id „${id}“ (schon vergeben an ${by})`],
  [/^unknown kind; expected one of (.*)$/, (kinds) => `unbekannte Art (kind); erwartet: eine von ${kinds}`],
  [/^unknown key "(.*)"$/, (k) => `unbekannter Schlüssel „${k}“`],
  [/^invalid key (.*?): (.*)$/, (k, why) => `ungültiger Schlüssel ${k}: ${germanOf(why)}`],
  [/^missing; expected (.*)$/, (t) => `fehlt; erwartet: ${type(t)}`],
  [/^expected one of (.*), got (.*)$/, (vals, got) => `erwartet: eines von ${vals}, gefunden: ${got}`],
  [/^expected (.*?), got (.*)$/, (t, got) => `erwartet: ${type(t)}, gefunden: ${type(got)}`],
  [/^"(.*)" looks like a regular expression; write the literal words instead \(inflections and German compounds are matched automatically\)$/,
    (v) => `„${v}“ sieht wie ein regulärer Ausdruck aus; bitte die Wörter selbst schreiben (Beugungen und Komposita werden automatisch erkannt)`],
  [/^a phrase must not be empty$/, () => 'ein Ausdruck darf nicht leer sein'],
  [/^a phrase has at most (\d+) characters$/, (n) => `ein Ausdruck hat höchstens ${n} Zeichen`],
  [/^a phrase needs at least one letter or digit$/, () => 'ein Ausdruck braucht mindestens einen Buchstaben oder eine Ziffer'],
  [/^expected "<category>\/<rule or subtype>", e\.g\. "(.*)"$/, (e) => `erwartet: „<Kategorie>/<Regel oder Untertyp>“, z. B. „${e}“`],
  [/^expected a kebab-case id such as "(.*)"$/, (e) => `erwartet: eine id in Kleinbuchstaben mit Bindestrichen, z. B. „${e}“`],
  [/^name at least one "from: to" pair$/, () => 'mindestens ein Paar „von: zu“ angeben'],
  [/^at most (\d+) pairs$/, (n) => `höchstens ${n} Paare`],
  [/^expected a number: how many are allowed$/, () => 'erwartet: eine Zahl – wie viele erlaubt sind'],
  [/^Too big: expected (array|string|number) to have <=?(\d+) (items|characters)$/, (_t, n, what) => `zu groß: höchstens ${n} ${what === 'items' ? 'Einträge' : 'Zeichen'}`],
  [/^Too big: expected (number) to be <=?(\d+)$/, (_t, n) => `zu groß: höchstens ${n}`],
  [/^Too small: expected (array|string) to have >=?(\d+) (items|characters)$/, (_t, n, what) => `zu klein: mindestens ${n} ${what === 'items' ? 'Einträge' : 'Zeichen'}`],
  [/^Too small: expected (number) to be >=?(\d+)$/, (_t, n) => `zu klein: mindestens ${n}`],
  [/^Map keys must be unique$/, () => 'Schlüssel dürfen nur einmal vorkommen'],
];

function germanOf(message: string): string {
  for (const [re, render] of GERMAN) {
    const m = re.exec(message);
    if (m) return render(...m.slice(1));
  }
  return message;
}

/** The issue's message in the UI language. */
export function issueText(issue: ProfileIssue, ui: Lang): string {
  if (ui !== 'de') return issue.message;
  if (issue.syntax) return `kein gültiges YAML oder JSON: ${SYNTAX[issue.syntax] ?? 'Syntaxfehler'}`;
  return germanOf(issue.message);
}

/** For the test: is there a German rendering of this issue? */
export const hasGerman = (issue: ProfileIssue): boolean => (issue.syntax ? issue.syntax in SYNTAX : GERMAN.some(([re]) => re.test(issue.message)));
