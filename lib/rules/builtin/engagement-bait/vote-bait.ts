import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/vote-bait',
  category: 'engagement-bait',
  subtype: 'vote-bait',
  severity: 'warning',
  message: {
    en: 'This turns reactions into a vote, so readers click instead of saying what they think.',
    de: 'Das macht Reaktionen zur Abstimmung – Leser klicken, statt zu sagen, was sie denken.',
  },
  explanation: {
    en: 'Facebook names "vote with reactions" as engagement bait and shows such posts to fewer people.',
    de: 'Facebook nennt „Abstimmen per Reaktion“ ausdrücklich Engagement-Bait und zeigt solche Beiträge weniger Menschen.',
  },
  suggestions: {
    en: ['Which would you choose, and why?'],
    de: ['Wofür würdet ihr euch entscheiden – und warum?'],
  },
  // a single "❤️ for our team" is thanks; a vote needs two options, each with its own reaction
  match: {
    en: {
      patterns: [
        ':emoji|like|likes|heart|love|wow|haha|react|comment|share for|=|4 [a|the|team|option] :word|:number|:caps|:emoji ~4 :emoji|like|likes|heart|love|wow|haha|react|comment|share for|=|4 [a|the|team|option] :word|:number|:caps|:emoji',
        'vote with|using [your] reactions|reaction|emoji|emojis|likes|a|an',
        'vote by|via liking|reacting|commenting|sharing',
        'react+ to vote',
        ':number like|likes = :number vote|votes|point|points',
        'comment+|vote 1|a , 2|b [,] [or] [3|c]',
        ':emoji if|for ~6 :emoji if|for',
        'vote in the comments',
        'comment+ :number for|if|=',
        '^ left or right ?',
        '^ would you rather',
        'rate+ this|it|me|us|these ~3 (1 to|1 -|out of) :number',
        '(on a scale) [of|from] :number to|- :number',
        '^ yes or|/ no [!] $',
        '1|a , 2|b or 3|c ?',
        '^ true or false :',
        'team :word [:emoji] or team :word',
        "(let's|lets) settle this|it",
        '(yay or nay)|(love it or hate it)|(hot or not)',
        'photo|pic|picture|look|outfit|one ~5 1 or 2',
        'vote ~2 :emoji or :emoji',
      ],
    },
    de: {
      patterns: [
        ':emoji|like|likes|herz|daumen|kommentar fuer|=|bei [team|option] :word|:number|:caps|:emoji ~4 :emoji|like|likes|herz|daumen|kommentar fuer|=|bei [team|option] :word|:number|:caps|:emoji',
        'stimmt|stimme|stimmen|abstimmen mit|per|ueber [euren|deinen|einer|einem|eurer|deiner] reaktionen|reaktion|emoji|emojis|likes|like|herz',
        'abstimmung per|ueber|mit like|likes|reaktionen|emoji|emojis',
        ':number like|likes = :number stimme|stimmen|punkt|punkte',
        'kommentiert|kommentiere|schreibt|schreib :number|a [,] :number|b [,] oder :number|b|c',
        'kommentiert|kommentiere|schreibt a|b oder a|b',
        ':emoji wenn|fuer ~6 :emoji wenn|fuer',
        'stimmt|stimme|stimmen in den kommentaren ab',
        'stimmt|stimme mit reaktionen|emojis|likes ab',
        'reagiert|reagiere zum abstimmen',
        'kommentiert|kommentiere :number fuer|wenn',
        '^ links oder rechts ?',
        '^ (was waere|was waer) euch|dir lieber :',
        '^ (wuerdet ihr|wuerdest du) lieber',
        'bewertet|bewerte das|es|dies von :number bis :number',
        '(auf einer skala) von :number bis :number',
        '^ ja oder|/ nein [!] $',
        '1|a , 2|b oder 3|c ?',
        '^ wahr oder falsch :|?',
        'team :word [:emoji] oder team :word',
        'klaeren wir das|es',
        '(top oder flop)|(ja oder nein) ?',
        'foto|bild|look|outfit ~5 1 oder 2',
        'stimmt|stimme|abstimmen ~3 :emoji oder :emoji',
      ],
    },
  },
  examples: {
    en: {
      flag: [
        'Coffee or tea? [[❤️ for coffee, 😮 for tea]]!',
        'Which dress? [[Like for A, love for B]] 👗',
        '[[Vote with your reactions]]!',
        'Summer or winter? [[👍 = summer, 😍 = winter]]',
      ],
      allow: [
        'Thanks for all the ❤️ for our bakers this week!',
        'We are voting on the new bike lanes at the council meeting tonight.',
        'Like many of you, we were surprised by the snow.',
        'Love for the game, respect for the fans ⚽',
      ],
    },
    de: {
      flag: [
        'Kaffee oder Tee? [[❤️ für Kaffee, 😮 für Tee]]!',
        '[[Stimmt mit euren Reaktionen]] ab: Sommer oder Winter?',
        '[[Like für Team A, Herz für Team B]]!',
      ],
      allow: [
        'Danke für die vielen ❤️ für unser Team!',
        'Der Stadtrat stimmt heute über die neuen Radwege ab.',
        'Wie viele von euch haben wir nicht mit Schnee gerechnet.',
      ],
    },
  },
});
