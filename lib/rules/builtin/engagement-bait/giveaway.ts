import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/giveaway',
  category: 'engagement-bait',
  subtype: 'giveaway',
  severity: 'warning',
  message: {
    en: 'A giveaway buys reach from prize hunters, not attention from the people you want to reach.',
    de: 'Ein Gewinnspiel kauft Reichweite bei Schnäppchenjägern, nicht Aufmerksamkeit bei den Menschen, die ihr erreichen wollt.',
  },
  explanation: {
    en: 'Prize posts attract followers who leave after the draw, and Facebook does not allow making likes, shares or tags a condition of entry.',
    de: 'Gewinnspiele ziehen Follower an, die nach der Verlosung wieder gehen, und Facebook erlaubt nicht, Likes, Teilen oder Markieren zur Teilnahmebedingung zu machen.',
  },
  match: {
    en: {
      patterns: [
        'giveaway|giveaways|give-away|sweepstakes|sweepstake',
        '#giveaway|#win|#competition|#contest|#gewinnspiel',
        'win+ a|an|one|this|these|two|three|:number|free [brand] [new] :word',
        'chance|chances to win',
        '^ to enter :|,|-',
        'to enter the giveaway|draw|competition|contest|raffle',
        'enter to win',
        "(we're|we are|i'm|i am) giving away",
        'give|giving away a|an|one|two|three|:number|free',
        '(winner will be|winners will be|winner is|winners are) picked|chosen|drawn|announced|selected',
        'competition|contest|giveaway time|alert',
        'free iphone|ipad|airpods|(gift card)|voucher',
        '(be entered) into the|a draw|(prize draw)',
        '(entered into) the|a draw',
      ],
      unless: ['won|win|wins|winning the|a|an award|awards|prize|election|match|game|league|cup|championship|case|tender|contract|title|trophy|medal|race|battle|vote|argument'],
    },
    de: {
      patterns: [
        '*gewinnspiel|*gewinnspiele|*gewinnspiels',
        'verlosung|verlosungen|giveaway|give-away',
        '#gewinnspiel|#verlosung|#giveaway|#gewinnen',
        'wir|ich verlosen|verlose',
        'verlosen|verlost|verlose wir|ich|unter|einen|eine|ein|:number',
        'zu gewinnen',
        'gewinne|gewinnt|gewinnen ~2 einen|eine|ein|:number|zwei|drei|gratis',
        'mitmachen und|& gewinnen',
        'teilnahmebedingungen|teilnahmeschluss',
        'um teilzunehmen [,]',
        'der|die gewinner|gewinnerin|gewinnerinnen wird|werden ausgelost|gezogen|benachrichtigt|bekanntgegeben',
        'chance (auf|zu) gewinnen|einen|eine|ein',
        'gratis|kostenlos|kostenloses|kostenlose ~3 fuer die ersten :number',
        'in den lostopf|(in die verlosung)',
      ],
      unless: [
        // a winner announcement
        'gewinnspiel gewonnen',
        'update|auflösung|nachtrag zum|(zu unserem)|(zu unserer) gewinnspiel|verlosung',
        'kein|keine gewinnspiel|verlosung',
        'gewinnt|gewinnen|gewann|gewonnen [den|die|das] preis|wahl|spiel|derby|duell|match|finale|rennen|turnier|pokal|titel|meisterschaft|ausschreibung|award|kunden|kundinnen|vertrauen|zeit'],
    },
  },
  examples: {
    en: {
      flag: [
        '🎉 [[GIVEAWAY]] 🎉 Like, share and tag 3 friends!',
        'Want to [[win a brand new iPad]]? Here is how:',
        "[[We're giving away]] 5 vouchers this week!",
        'Comment below for a [[chance to win]] 🍫',
      ],
      allow: [
        'Our bakery won an award for the best rye bread in the region.',
        'The local team won the match 3–1 on Sunday.',
        'Congratulations to our apprentice, who won a prize for her final project.',
      ],
    },
    de: {
      flag: [
        '🎁 [[Gewinnspiel]] 🎁 Liken, teilen, markieren!',
        '[[Wir verlosen]] 3 Gutscheine à 50 €!',
        'Mitmachen lohnt sich: [[Gewinne ein]] Wellness-Wochenende!',
        'Unser großes [[Sommergewinnspiel]] startet heute.',
        '[[#Gewinnspiel]] Jetzt mitmachen',
      ],
      allow: [
        'Unsere Bäckerei hat den Preis für das beste Roggenbrot gewonnen.',
        'Der Verein gewinnt das Spiel am Sonntag mit 3:1.',
        'Wir gewinnen neue Kundinnen vor allem über Empfehlungen.',
      ],
    },
  },
});
