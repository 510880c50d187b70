import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/react-bait',
  category: 'engagement-bait',
  subtype: 'react-bait',
  severity: 'warning',
  message: {
    en: 'This asks readers for a like or reaction instead of giving them something to respond to.',
    de: 'Das bittet um Likes oder Reaktionen, statt einen Grund zum Reagieren zu geben.',
  },
  explanation: {
    en: 'Facebook and LinkedIn demote posts that ask for likes or reactions, and readers notice when reach is the goal rather than them.',
    de: 'Facebook und LinkedIn zeigen Beiträge, die um Likes oder Reaktionen bitten, seltener an – und Leser merken, wenn es um Reichweite statt um sie geht.',
  },
  suggestions: {
    en: ['What has your experience been?', ''],
    de: ['Wie seht ihr das?', ''],
  },
  match: {
    en: {
      patterns: [
        'like+ [this|it|the|my|our] [post|photo|pic|video|page] if|when',
        'like+ if|when',
        'hit|smash|tap|press that|the like|heart [button]',
        'give|drop|leave [us|this|it|me] a|an|some like|likes|heart|thumbs|:emoji [if|for|when]',
        'double tap|tab if|for|to',
        'double-tap|doubletap if|for|to',
        'react+ with|using :emoji|a|an',
        'like+ and|&|+|/ share+',
        'like+ , share+',
        'like+ , comment+ and|&|+ share+',
        'like+ this|the|our|my post|page|video',
        'please|pls like+ [this|our|my|the] [post|page|video]',
        ':emoji if you agree',
        'like+ for|4 like+',
        'l4l',
        'hit|tap|press|smash|give|drop :emoji if|for|when',
        ':emoji this|the post|photo|pic|video if|when',
        'like+ it|this so [that] instagram|facebook|linkedin|(the algorithm)|(more people)',
        'show us|me some love [:emoji] if|when',
      ],
      // "I'd like it if you…", "looks like", "would you like": ordinary uses of "like"
      unless: [
        "i|we|they|you|people|customers|users|readers|he|she|would|i'd|we'd|you'd|they'd|do|did|does|really|also|just|'d like+",
        'like+ if you want|need|like|prefer',
        'looks|look|feel|feels|sounds|sound|seems|seem|seemed|looked|felt|something|things|stuff like',
      ],
    },
    de: {
      patterns: [
        'like|liken|likt|liked|likes [diesen|den|das|unseren|meinen] [beitrag|post|bild|video] [,] wenn|falls',
        'daumen hoch [,] wenn|falls',
        'lass|lasst|gib|gebt|hinterlass|hinterlasst|hinterlasse [uns|mir] ein|einen|eine|paar|viele [paar] like|likes|herz|herzchen|daumen|:emoji [da|hier]',
        'drueck|drueckt|klick|klickt auf|den gefaellt|like|herz [mir] [button|knopf]',
        'doppelt tippen|klicken [,] wenn',
        'reagiere|reagiert mit :emoji|einem|einer',
        'liken|like|likt und|&|+|/ teilen|teilt|share',
        'liken|like|likt , teilen|teilt',
        'like+ and|&|+|/ share+',
        'like if you agree',
        ':emoji wenn (ihr zustimmt|du zustimmst|ihr das auch so seht|du das auch so siehst)',
        'daumen hoch [,] wer|wenn|(fuer alle)',
        'ein|einen like|daumen|herz fuer alle [,] die',
        'doppeltippen|doppelklicken|doppeltipp [,] wenn|falls',
        'drueckt|drueck|tippt|tipp auf :emoji',
        '^ gefaellt mir [,] wenn|falls',
        'zeigt|zeig uns [ein bisschen|etwas] liebe',
      ],
    },
  },
  examples: {
    en: {
      flag: [
        '[[Like this post if you agree]]! 👍',
        'Monday motivation. [[Like if you agree]]!',
        '[[Hit that like button]] if this made you smile',
        '[[Double tap if you love coffee]] ☕',
        'New week, new goals! [[Like and share]] 💪',
        '[[Give it a ❤️ if you remember this one]]',
        '[[React with 😍]] if you want the recipe',
      ],
      allow: [
        'I like how they redesigned the station.',
        'Would you like to join our workshop next week? Details below.',
        'We like to keep things simple: fresh bread every morning.',
        'It looks like the train is delayed again.',
        'Customers like the new opening hours, says our team.',
        'Share your experience with the new app – what worked, what did not?',
      ],
    },
    de: {
      flag: [
        '[[Liken, wenn ihr auch schon Weihnachtsstimmung habt]]! 🎄',
        '[[Daumen hoch, wenn du auch Montage hasst]]',
        '[[Lasst ein Like da]] für unser Team!',
        '[[Liken und teilen]] nicht vergessen!',
        '[[Drückt auf Gefällt mir]], wenn euch das gefällt',
        '[[Reagiere mit ❤️]], wenn du Kaffee liebst',
      ],
      allow: [
        'Mir gefällt das neue Design der Haltestelle sehr.',
        'Wie gefällt euch die neue Filiale am Marktplatz?',
        'Das Video hat schon 2.000 Likes, danke fürs Anschauen!',
        'Wir freuen uns über euer Feedback zur neuen Speisekarte.',
      ],
    },
  },
});
