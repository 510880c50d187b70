import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/comment-for-dm',
  category: 'engagement-bait',
  subtype: 'comment-for-dm',
  severity: 'warning',
  message: {
    en: 'Trading a resource for a comment ("comment X and I’ll send it") games the feed instead of sharing.',
    de: 'Material gegen Kommentar („kommentiere X, dann schicke ich es dir“) trickst den Feed aus, statt zu teilen.',
  },
  explanation: {
    en: 'LinkedIn treats comment-for-access posts as engagement bait and limits their reach; readers feel harvested for the algorithm.',
    de: 'LinkedIn wertet Kommentar-gegen-Zugang-Beiträge als Engagement-Bait und schränkt ihre Reichweite ein; Leser fühlen sich für den Algorithmus ausgenutzt.',
  },
  suggestions: {
    en: ['Here is the link to the guide:'],
    de: ['Hier ist der Link zum Leitfaden:'],
  },
  match: {
    en: {
      patterns: [
        'comment+ ~4 and|&|+|, (i|we) [will] [personally] send|dm|message|share|email',
        'comment+ ~4 and|&|+|, i\'ll|we\'ll [personally] send|dm|message|share|email',
        // the keyword, a quote or "below" follows the verb: "comment attachment features to get a …" is prose
        'comment+ [the word] :caps|:emoji|"|“|„|«|\'|below|here|now ~3 to|for|and get|receive|access|grab [the|my|our|a|your|it|free]',
        'comment+ to|for get|receive|access|grab [the|my|our|a|your|it|free]',
        'comment+ ~4 below and|& [i|we] [will|\'ll] send|dm',
        'comment+ ~4 and|& get|receive',
        'drop|leave|type ~3 below|comment|comments and|& [i|we] [will] send|dm',
        'want the|my|this guide|template|checklist|playbook|ebook|e-book|pdf|(cheat sheet)|framework|list|resource ? comment',
        'connect|follow and|& comment',
        '(i\'ll|we\'ll|i will|we will) (dm|send) [you|it] [to] everyone|anyone who comments|comment',
        'who wants the link ?',
      ],
    },
    de: {
      patterns: [
        'kommentiere|kommentiert|kommentier|schreib|schreibt ~4 und|, ich|wir schick+|sende|sendet|send+ [es|ihn|sie|dir|euch|den|die|das]',
        'kommentiere|kommentiert|kommentier ~4 dann|und bekommst|bekommt|erhaeltst|erhaltet|gibt\'s|gibts',
        'wer ~3 kommentiert ~2 bekommt|erhaelt',
        'kommentiere|kommentiert ~4 fuer (den|das|die) leitfaden|guide|vorlage|checkliste|pdf|e-book|ebook',
        'ich|wir schicke|schicken|sende|senden es|ihn|sie|das|den|die allen|jedem|jeder [,] [die|der] kommentiert|kommentieren|kommentiere',
        'comment+ ~4 and|& (i|i\'ll|we\'ll|i will|we will) send|dm',
        'kommentieren|kommentiert ~2 ich|wir schicke|schicken|sende|senden',
        'in die kommentare [,] ich|wir schicke|schicken|sende|senden',
        'kommentiert|kommentiere einfach mit',
        'wer will|möchte|moechte den link ?',
        'kommentieren sie ~4 und ich|wir sende|schicke|senden|schicken',
      ],
      // a complaint about the format quotes it
      unless: ['nervt|nerven|nervig|xy|(mich stört)|(stört mich)|(nicht mehr sehen)'],
    },
  },
  examples: {
    en: {
      flag: [
        'I built a 30-page hiring playbook. [[Comment "PLAYBOOK" and I’ll send]] it to you.',
        '[[Comment GUIDE below and I will send]] you the free template 👇',
        'Want the checklist? [[Comment "YES" to get it]].',
        'Connect and comment and I will DM you the PDF.',
      ],
      allow: [
        'It relies on the parser’s tokens and comment attachment features to get a complete picture.',
        'Here is the link to the free hiring guide: example.com/guide',
        'If you have questions about the template, comment below and we will answer them.',
        'We will send the agenda to everyone who registered.',
      ],
    },
    de: {
      flag: [
        '[[Kommentiere „LEITFADEN“ und ich schicke ihn]] dir per DM.',
        '[[Kommentiert JA, dann bekommt]] ihr die Checkliste.',
        '[[Wer hier kommentiert, bekommt]] die Vorlage kostenlos.',
      ],
      allow: [
        'Den Leitfaden gibt es hier zum Download: beispiel.de/leitfaden',
        'Wir schicken die Agenda allen, die sich angemeldet haben.',
        'Wer Fragen zur Vorlage hat, kann gern kommentieren.',
      ],
    },
  },
});
