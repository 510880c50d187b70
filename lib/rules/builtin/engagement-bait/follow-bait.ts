import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/follow-bait',
  category: 'engagement-bait',
  subtype: 'follow-bait',
  severity: 'warning',
  message: {
    en: 'Follow-for-follow trades empty follows instead of earning readers.',
    de: 'Follow-for-Follow tauscht leere Follows, statt Leser zu gewinnen.',
  },
  explanation: {
    en: 'Platforms treat follow and subscribe swaps as inauthentic behaviour, and followers gained this way never read your posts.',
    de: 'Plattformen werten Follow- und Abo-Tausch als unauthentisches Verhalten, und so gewonnene Follower lesen eure Beiträge nie.',
  },
  suggestions: { en: [''], de: [''] },
  match: {
    en: {
      patterns: [
        'follow+ for|4 follow|follows|followback|more|daily|tips|part|updates',
        'f4f|l4l|s4s|sub4sub|follow4follow|like4like|likeforlike|followforfollow|followback|teamfollowback|followtrain|f4follow',
        'followback',
        'i|we follow back',
        'sub|subscribe for|4 sub|subscribe',
        'follow+ me|us for|4 more|daily|tips|updates',
        
        'hit|smash|click|tap the|that follow|subscribe|bell [button]',
        '(turn on|activate) [post|the] notifications|bell',
        'don\'t forget to follow|subscribe',
        'make sure (to|you) follow|subscribe',
        'follow+ :mention for',
        "follow+ me|us and|& (i'll|i will|we'll|we will) follow+ [you] back",
        "(i'll|i will) follow+ [you] back",
        'sub|subscribe back',
        'follow+ me|us and|& hit|ring|click|tap|turn',
        "make sure (you're|you are) following",
        "follow+ me|us [so|to] ~5 (don't|never) miss",
        "follow [us|me|along] so you don't|dont|never miss",
      ],
      unless: ['follow+ up|the|these|this|our|instructions|guidelines|rules|steps|recipe|news|story|route|signs|path|link|advice|lead|example'],
    },
    de: {
      patterns: [
        'folge|folgt|folg mir|uns fuer mehr|taeglich|weitere',
        'folge|folgt|folg :mention fuer mehr|weitere',
        'follow|folge|folgt fuer|4 follow|folge',
        'f4f|l4l|s4s|sub4sub|follow4follow|like4like|followback',
        'abo|abos gegen|fuer|4 abo|abos',
        
        'folge|folgt zurueck',
        'ich|wir folge|folgen zurueck',
        'glocke aktivieren',
        'vergiss|vergesst nicht [,] [uns|mir] zu folgen|abonnieren',
        'lass|lasst [gern|gerne] ein|einen abo|follow da',
        'ich|wir folge|folgen allen|jedem zurueck',
        'abonniert|abonniere ~3 ich|wir abonniere|abonnieren zurueck',
        'folgt|folge allen [,] die',
        'folge|folgt|folg mir|uns fuer taeglich*|neue|regelmaessig*|alle|weitere|mehr',
        'folge|folgt|folg mir|uns und|& klick|klickt|aktivier|aktiviert|drueck|drueckt',
        'folge|folgt|folg mir|uns [,] damit|um|so ~5 nicht verpass*',
        'aktiviert|aktiviere|aktivier|schaltet|schalte die|eure|deine benachrichtigungen|glocke',
        'folgt|folge|(folgen sie) uns|mir , um|damit ~6 verpassen|verpasst|verpasst',
        'nicht , ~3 zu folgen',
        'glocke an|aktivieren',
      ],
      unless: ['folgt|folge|folgen den|der|dem|anweisungen|hinweisen|schildern|regeln|link|weg'],
    },
  },
  examples: {
    en: {
      flag: [
        '[[Follow for more]] tips like this 🔔',
        '[[Follow for follow]] 🙌 #[[f4f]]',
        '[[Sub4sub]] anyone?',
        '[[Follow me for daily]] motivation',
        '[[I follow back]] 💯',
        '[[Don\'t forget to follow]] and share!',
      ],
      allow: [
        'We will follow up with everyone who wrote to us by Friday.',
        'Please follow the signs to the new entrance.',
        'Follow the recipe and you will have fresh bread in two hours.',
        'You can follow the council meeting live on the city website.',
      ],
    },
    de: {
      flag: [
        '[[Folgt uns für mehr]] Rezepte 🍰',
        '[[Follow für Follow]]? 😊',
        '[[Abo gegen Abo]] 🙏',
        '[[Vergesst nicht, uns zu folgen]]!',
      ],
      allow: [
        'Folgt einfach den Schildern zum neuen Eingang.',
        'Die Stadtratssitzung könnt ihr live auf der Website verfolgen.',
        'Dem Rezept folgen, und in zwei Stunden gibt es frisches Brot.',
      ],
    },
  },
});
