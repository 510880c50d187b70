import { defineRule } from '../../define';

// No phrase list: the trained model (lib/analysis/model.ts) decides, for sentences that none of
// the pitch patterns matched, reading each sentence together with its draft: one shop word in a
// venue's news is not an ad, the same sentence among others that read like one is.
export default defineRule({
  id: 'sales-pitch/pitch-tone',
  category: 'sales-pitch',
  subtype: 'pitch-tone',
  severity: 'warning',
  message: {
    en: 'This sentence reads like ad copy: it praises or pushes the offer instead of telling readers something they can use.',
    de: 'Dieser Satz liest sich wie Werbetext: Er preist das Angebot an, statt den Lesern etwas Brauchbares zu sagen.',
  },
  explanation: {
    en: 'Readers recognise ad copy in a line and scroll past; they want to compare and choose for themselves, so a concrete fact (what it is, what it costs, when and where) serves them better than praise.',
    de: 'Leser erkennen Werbetext in einer Zeile und scrollen weiter; sie wollen selbst vergleichen und wählen, daher hilft ihnen eine konkrete Angabe (was es ist, was es kostet, wann und wo) mehr als Lob.',
  },
  suggestions: { en: [], de: [] },
  model: 'sales-pitch',
  match: {},
  examples: {
    en: {
      flag: ['Prices slashed on 200+ items. [[Our biggest clearance ever starts now.]]', '[[The ultimate gift for the coffee lover in your life.]] Nothing else comes close ☕'],
      allow: [
        // shop words, but a venue's plain news
        'More info and tickets at www.example.com',
        'The new timetable starts on 15 December; tickets from €14.',
        'Thanks to everyone who came to the market. See you next year!',
        'Hi Maria, the refund was issued today and should show in 3–5 working days.',
      ],
    },
    de: {
      flag: ['[[Deine Haut verdient das Beste.]] Entdecke noch heute unsere neue Bio-Linie.', 'Das Kissen, das deinen Schlaf verändert. [[Über 100.000 begeisterte Kundinnen und Kunden.]] Jetzt 30 Nächte testen!'],
      allow: [
        'Der neue Fahrplan gilt ab dem 15. Dezember, Tickets gibt es ab 14 €.',
        'Danke an alle, die auf dem Markt waren. Bis nächstes Jahr!',
        'Hallo Maria, die Erstattung ist veranlasst und in 3–5 Werktagen auf deinem Konto.',
      ],
    },
  },
});
