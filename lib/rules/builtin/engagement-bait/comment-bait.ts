import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/comment-bait',
  category: 'engagement-bait',
  subtype: 'comment-bait',
  severity: 'warning',
  message: {
    en: 'This asks for a token comment (a word, an emoji) instead of a real reply.',
    de: 'Das verlangt einen Alibi-Kommentar (ein Wort, ein Emoji) statt einer echten Antwort.',
  },
  explanation: {
    en: 'Facebook and LinkedIn demote posts that ask for one-word or emoji comments; readers see that their answer is only counted, not read.',
    de: 'Facebook und LinkedIn stufen Beiträge herab, die um Ein-Wort- oder Emoji-Kommentare bitten; Leser merken, dass ihre Antwort nur gezählt, nicht gelesen wird.',
  },
  suggestions: {
    en: ['What would you add?', ''],
    de: ['Was würdet ihr ergänzen?', ''],
  },
  match: {
    en: {
      patterns: [
        'comment+ :caps|:emoji [if|below|for|to|and]',
        "comment+ \"|“|„|' :word",
        'comment+ below|down if|with|for|and',
        '^ comment+ below|down $',
        'type|say|write|drop|reply|answer|put :caps|:emoji [in|below|if|for] [the] [comments|comment|below]',
        'drop|leave|put a|an|your :emoji|emoji|word|number|yes|amen|heart in|below',
        'drop|leave|put|type :emoji|yes|amen in|below|if',
        'reply|answer with (:emoji|yes|one word|a single word|an emoji)',
        'type|comment amen|yes|done|ready|:emoji',
        'say|type amen',
        'one|1 word to describe',
        'describe+ ~3 in|with (one|1|3|three|a|a single) word|words|emoji|emojis',
        'comment+ your favourite|favorite emoji|number',
        'if you see it|this [,] comment|type',
        "[i] bet you can't|cant",
        'only (a genius|a true genius|geniuses|:number % [of people]) can|could|will',
        "type+|say|write|put|drop|comment+ \"|“|' :word|:emoji",
        'finish|complete the sentence',
        'can we get|hit|reach [to] :number comments|likes|shares|reactions',
        'in the comments so [that] (we|i) know',
      ],
      unless: [
        'leave|write|drop [us] a|your review|reviews|question|questions|message|note',
        'no comment',
        'type of',
        // SMS opt-out footers
        'stop to opt|unsubscribe|cancel',
        'opt out|opt-out',
      ],
    },
    de: {
      patterns: [
        'kommentiere|kommentiert|kommentier [mit] :caps|:emoji',
        'kommentiere|kommentiert|kommentier mit ja|amen|einem|emoji|herz',
        'schreib|schreibt|schreibe|tippe|tippt|tipp :caps|:emoji|ja|amen|ein|einen [emoji|herz|wort|:emoji] in|unter die|den kommentare|kommentaren|beitrag',
        'lass|lasst|hinterlass|hinterlasst [uns|mir] ein|einen :emoji|emoji|herz in|unter [den|die] kommentaren|kommentare|beitrag',
        'ab in die kommentare',
        'beschreibe|beschreibt|beschreib ~3 (in|mit) (einem|1|drei|3) wort|woertern|emoji|emojis',
        'antwortet|antworte|antwortest mit (ja|:emoji|einem wort|einem emoji)',
        'nur (genies|ein genie|echte genies|:number %) schaffen|schafft|koennen|kann|loesen',
        'comment+ :caps|:emoji [below|if]',
        "schreib|schreibt|schreibe|tippt|tippe|kommentiert|kommentiere [uns|mir] [ein|einen] „|\"|‚|' :word|:emoji",
        ":word|:emoji “|\"|‘|' in die kommentare",
        'vervollstaendigt|vervollstaendige|vervollstaendigen|beendet|beende den satz',
        'schafft|schaffen ihr|wir :number kommentare|likes|herzen',
        'kommentiere|kommentiert|kommentier ein|einen|eure|euer :emoji|wort|emoji',
      ],
      unless: [
        'schreibt|schreib|schreibe|schickt|schick uns eine|einen nachricht|frage|fragen|mail|e-mail|email|bewertung|rezension|zeile',
      ],
    },
  },
  examples: {
    en: {
      flag: [
        '[[Comment YES if you want the recipe]]!',
        '[[Type AMEN if you believe]] 🙏',
        '[[Drop a 🔥 in]] the comments if you are ready for summer',
        '[[Describe your Monday in one word]] 👇',
        '[[Only a genius can]] solve this 🤔',
        '[[Comment "GUIDE]]" below 👇',
      ],
      allow: [
        'Which CRM do you use for a team of five? We are comparing options.',
        'Leave us a review on Google, it helps a small café a lot.',
        'What type of training helped your team most last year?',
        'Our press office had no comment on the rumours.',
        'Thanks for all the thoughtful comments on yesterday’s post.',
        'Say hello to Mia, our new apprentice baker!',
        'We will comment on the report once we have read it.',
        'Add 2 eggs and stir for a minute.',
        'Let us know in the comments which route you take to work.',
      ],
    },
    de: {
      flag: [
        '[[Kommentiere mit JA]], wenn du dabei bist!',
        '[[Schreibt ein 🔥 in die Kommentare]], wenn ihr euch auf den Sommer freut',
        '[[Beschreibe deinen Montag in einem Wort]] 👇',
        '[[Ab in die Kommentare]]!',
      ],
      allow: [
        'Schreibt uns eine Nachricht, wenn ihr Fragen zur Bestellung habt.',
        'Welches CRM nutzt ihr in einem Team von fünf Leuten? Wir vergleichen gerade.',
        'Danke für die vielen klugen Kommentare zum gestrigen Beitrag.',
        'Hinterlasst uns gern eine Bewertung auf Google.',
        'Kommentiert gern, welche Strecke ihr fahrt.',
        'Schreibt eure Fragen gern in die Kommentare, wir antworten heute Abend.',
      ],
    },
  },
});
