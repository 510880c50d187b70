import { defineRule } from '../../define';

// German ad copy calls to action by grammar as much as by wording: a sentence that opens with the
// plural or singular imperative of a buying verb ("Bestellt bis Freitag", "Schnappt euch einen"),
// or an infinitive clause with no subject ("Einfach online bestellen."). Phrase patterns miss these
// because German word order moves everything else around the verb. Only verbs of buying and
// booking count as openers: "Wechselt das Verzeichnis", "Testet, ob …" is how manuals describe.
// Participles share the plural form ("Bestellt habe ich …"), and questions, subordinate clauses
// and sentences with a subject or modal verb describe rather than urge ("Kundinnen können bis
// 18 Uhr bestellen"): those are spared.
// English has no such signal that tips and instructions do not share, so it has no patterns here.
const IMPERATIVE =
  'bestellt|bestell|bestelle|reserviert|reservier|reserviere|sichert|sichere|schnappt|schnapp|bucht|buch|buche|kauft|kauf|gönnt|gönn|abonniert|abonniere';
const INFINITIVE =
  'bestellen|reservieren|anmelden|sichern|buchen|kaufen|vorbestellen|abonnieren|zugreifen|shoppen|einlösen|testen|ausprobieren|entdecken';

export default defineRule({
  id: 'sales-pitch/call-to-action',
  category: 'sales-pitch',
  subtype: 'hard-sell',
  severity: 'warning',
  message: {
    en: 'This sentence orders readers to buy or book instead of telling them why they might want to.',
    de: 'Dieser Satz fordert zum Kaufen oder Buchen auf, statt zu zeigen, warum es sich lohnen könnte.',
  },
  explanation: {
    en: 'Readers want to compare and choose for themselves; a command to buy reads as an advert and is scrolled past or answered with "you just want to sell".',
    de: 'Leser wollen selbst vergleichen und entscheiden; ein Kaufbefehl liest sich wie Werbung und wird überscrollt oder mit „Ihr wollt nur verkaufen“ kommentiert.',
  },
  suggestions: {
    en: [''],
    de: ['Alle Details findet ihr im Shop.', ''],
  },
  match: {
    de: {
      patterns: [`^ ${IMPERATIVE} ~6 $`, `^ ${IMPERATIVE} [euch|dir] _`, `^ ~6 ~6 ${INFINITIVE} $`],
      unless: [
        '?',
        `${IMPERATIVE} habe|hat|haben|ist|sind|wurde|wurden|war|waren|wird|werden|hatte|hatten`,
        'ich|du|er|sie|es|wir|ihr|man|kann|kannst|können|könnt|muss|musst|müssen|müsst|soll|sollst|sollen|sollt|will|willst|wollen|wollt|möchte|möchtest|möchten|darf|dürft|dürfen|würde|würdest|würden|würdet|bitte',
        // a subordinate clause ends on its verb too: "…, dass sich Benutzer anmelden", "…, die darauf zugreifen"
        'dass|weil|wenn|ob|obwohl|damit|sobald|bevor|nachdem|falls|sodass|wo|welche|welcher|welches',
        ', die|der|das|denen|dem|deren|den',
        'entdecken|sichern|bestellen|shoppen|berechnen|checken ~1 :url',
        '^neugierig geworden ?',
        // "Den gibt's leider nirgends zu kaufen" answers a question; it sells nothing
        'nirgends|nirgendwo|leider',
        // a review that would not buy again
        "nochmal|(nicht mehr)|würd|würde",
      ],
    },
  },
  examples: {
    de: {
      flag: [
        'Unsere Adventskränze sind fertig. [[Bestellt bis zum 28. November]]!',
        '[[Einfach ein Hauptgericht für Erwachsene bestellen]].',
        'Nur noch wenige Plätze frei. [[Schnappt euch einen]] 🏺',
      ],
      allow: [
        'Wechselt das Verzeichnis vor dem Start des Prozesses.',
        'Bestellt habe ich die Tassen schon im Oktober.',
        'Kundinnen können telefonisch bis 18 Uhr bestellen.',
        'Bestellt ihr auch bei dem Laden in der Altstadt?',
        'Ein Ersatzladegerät kannst du über dein Kundenkonto bestellen.',
        'Reserviert ist der Saal ab 18 Uhr.',
      ],
    },
  },
});
