import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/smalltalk',
  category: 'engagement-bait',
  subtype: 'smalltalk',
  severity: 'warning',
  message: {
    en: 'Brand small talk ("How was your weekend?") asks for attention without offering anything.',
    de: 'Marken-Smalltalk („Wie war euer Wochenende?“) will Aufmerksamkeit, ohne etwas zu bieten.',
  },
  explanation: {
    en: 'Readers see through kindergarten engagement from a company page; it earns comments from nobody who matters and trains them to scroll past.',
    de: 'Leser durchschauen Kindergarten-Engagement einer Firmenseite; es bringt Kommentare von niemandem, der zählt, und gewöhnt sie ans Weiterscrollen.',
  },
  suggestions: { en: [''], de: [''] },
  // only the bare question counts: "How was your weekend at the climbing gym?" asks about something
  match: {
    en: {
      patterns: [
        "how was|were your|everyone's|everyones|ur weekend|weekends|week|monday|holiday|holidays|easter|christmas|break|day [so] [far] ?",
        "how is|was everyone's|everyones|your weekend|week|monday|day going [so] [far] ?",
        'how are you all|guys|everyone|lovelies [doing|feeling] [today|this] [fine] [monday|morning|week|weekend] ?',
        "what are|is your|everyone's plans|plan for the|this weekend|holidays|friday|evening|tonight ?",
        'what are you [all|guys] (doing|up to) [this|for|on] [the] weekend|friday|tonight ?',
        'any plans for the weekend ?',
        'any weekend plans ?',
        'who else loves|hates mondays|fridays|weekends|coffee ?',
        'who else needs|wants [a|another|more] coffee|caffeine|weekend|holiday|vacation|break [today|now] ?',
        'who else is ready for the|this weekend|friday ?',
        "(who's|whos|who is) ready for the|this weekend|friday ?",
        'tgif|tgim',
        'coffee or tea ?',
        'cats or dogs ?',
        'summer or winter ?',
        'any [fun|big|exciting|special] plans for|this the|this weekend|friday|tonight ?',
        "(how's|hows|how is) your|everyone's|the week|weekend|monday|day going [so far] ?",
        "(how's|hows|how is) everyone [doing|feeling] [today] ?",
        "(what's|whats|what is) everyone|everybody having|eating|drinking|doing [for|today|this|tonight] ~3 ?",
        "what's|whats the weather like where you are ?",
        'who else needs|wants a|another [:word] coffee|tea',
        'tell us one|something good|nice [thing] about your week|day|weekend',
        'happy (hump day)|monday|tuesday|wednesday|thursday|friday',
      ],
    },
    de: {
      patterns: [
        'wie war|waren euer|eure|dein|deine wochenende|woche|montag|urlaub|ferien|feiertage|ostern|weihnachten|tag [bisher|so] ?',
        "(wie geht es|wie geht's|wie gehts) euch|dir [heute|am|an] [diesem] [montag|morgen|tag] ?",
        'was habt|hast ihr|du am|fuer|dieses [das|dieses] wochenende|freitag|feiertag [so] vor|geplant ?',
        'was macht|machst ihr|du am|dieses wochenende ?',
        'wer freut sich auch [schon] auf|aufs [das|den] wochenende|freitag|feierabend|urlaub ?',
        'wer ist auch [schon] reif fuer|fuers [das|den] wochenende|freitag|feierabend|urlaub ?',
        'wer braucht auch [noch] [einen] kaffee ?',
        'wer ist auch [schon] urlaubsreif|wochenendreif|feierabendreif ?',
        'kaffee oder tee ?',
        'hunde oder katzen ?',
        'sommer oder winter ?',
        'wie startet|startest ihr|du in die|den|das neue|naechste woche|tag|wochenende ?',
        'was habt|hast ihr|du am wochenende [so] [schoenes|tolles] gemacht|erlebt ?',
        "(wie geht es|wie geht's|wie gehts) euch|dir [heute] [so] ?",
        'was gibt es bei euch|dir [heute] zum fruehstueck|mittagessen|abendessen ?',
        'happy monday|friday|weekend [,] ihr lieben|leute',
      ],
    },
  },
  examples: {
    en: {
      flag: [
        'Happy Monday! [[How was your weekend?]]',
        '[[What are your plans for the weekend?]] 🌞',
        '[[Who else needs coffee today?]] ☕',
        '[[TGIF]]! Anyone doing something fun?',
        '[[Coffee or tea?]] ☕🍵',
      ],
      allow: [
        'How was your weekend at the climbing gym? We rebuilt the bouldering wall and would love to hear what you think of the new routes.',
        'Our shop is closed over the Easter weekend; orders ship again on Tuesday.',
        'How was the first week of school for your kids? Our parents’ guide has tips for the second.',
        'Which CRM do you use for a team of five?',
      ],
    },
    de: {
      flag: [
        'Guten Morgen ihr Lieben! [[Wie war euer Wochenende?]] 😊',
        '[[Was habt ihr am Wochenende vor?]]',
        '[[Wer freut sich auch schon aufs Wochenende?]] 🙋',
        '[[Kaffee oder Tee?]]',
      ],
      allow: [
        'Über Ostern bleibt unser Laden geschlossen; Bestellungen gehen ab Dienstag wieder raus.',
        'Wie war das Wochenende im Kletterzentrum? Wir haben die Boulderwand umgebaut und freuen uns über Rückmeldungen zu den neuen Routen.',
        'Welches CRM nutzt ihr im Team?',
      ],
    },
  },
});
