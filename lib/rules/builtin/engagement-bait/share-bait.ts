import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/share-bait',
  category: 'engagement-bait',
  subtype: 'share-bait',
  severity: 'warning',
  message: {
    en: 'This asks readers to share the post rather than making it worth sharing.',
    de: 'Das bittet ums Teilen, statt den Beitrag teilenswert zu machen.',
  },
  explanation: {
    en: 'Facebook and LinkedIn demote posts that ask to be shared; people share what helps or moves them, not what asks.',
    de: 'Facebook und LinkedIn stufen Beiträge herab, die ums Teilen bitten; geteilt wird, was hilft oder berührt – nicht, was darum bittet.',
  },
  suggestions: { en: [''], de: [''] },
  match: {
    en: {
      patterns: [
        'share+ this|it [post|photo|video|pic|message] with|if|to',
        'share+ if|when',
        'please|pls|plz share+',
        'share+ [this|it] with|to [all] [your] :number|everyone|friends|network|family|followers [friends|people|others]',
        'share+ this post|photo|video|message',
        'share+ now|away|widely',
        'share+ to win|enter|help',
        'repost|reshare|retweet|rt if|to|for|this',
        '♻ repost|reshare|share',
        '[please] help [us|me] spread|share the word|this',
        'spread the word',
        'hit|tap|smash|click the|that share button',
        "don't forget to share",
        'share+ before (it|they|facebook|linkedin) delete|deletes|removes|remove|take|takes',
        'keep this|it going ~3 share+|repost|like',
      ],
      unless: [
        'share+ your|our|their|his|her|my thoughts|experience|experiences|story|stories|tips|ideas|feedback|photos|views|questions',
        'we|i|they|he|she|will|would|can|could|we\'re|i\'m share+',
        'happy|glad|excited|want|wanted|love|proud|honored|honoured|thrilled|pleased to share+',
        'shared ride|office|space|kitchen|account|drive|folder|files|workspace',
        'share|shares price|prices|holders|holder|capital|buyback|issue',
      ],
    },
    de: {
      patterns: [
        'teile|teilt|teil diesen|den|unseren|meinen beitrag|post|bild|video',
        'teile|teilt|teil das|dies|es [,] wenn|falls|mit',
        'teilen|teilt|teile [,] wenn|falls',
        'bitte teilen|teilt|teile|weitersagen|weitererzaehlen|weiterleiten|weiterteilen',
        'teilen|teilt|teile bitte',
        'teilt|teile|teilen [es|das|ihn] mit (:number|allen|euren freunden|deinen freunden|all euren freunden|allen freunden)',
        'teilen|teilt|teile und|& gewinnen',
        'fleissig teilen|teilt',
        'sagt|sag es|das weiter',
        'weitersagen|weiterteilen !',
        'teilen (erwuenscht|ausdruecklich erwuenscht)',
        'share+ this|if|with',
        'repost|reshare|retweet if|wenn|falls|this',
      ],
      unless: [
        'teilt|teile|teilen [uns|mir] [gern|gerne] eure|euer|deine|dein|ihre|ihr|ihren erfahrung|erfahrungen|meinung|tipps|gedanken|geschichte|geschichten|ideen|fotos|fragen|feedback|bilder',
        'wir|ich|sie|er|es|gerne|gern|moechten|moechte|wollen|will teilen|teile|teilt',
        'sie teilen|teilt sich',
      ],
    },
  },
  examples: {
    en: {
      flag: [
        '[[Share this with someone who needs to hear it today]] 🙏',
        'This is so important. [[Please share]]!',
        '[[Share if you agree]]',
        '[[Share with 5 friends]] and see what happens ✨',
        '♻️ [[Repost to]] help someone in your network',
        '[[Help us spread the word]]!',
      ],
      allow: [
        'Share your experience with the new app – what worked, what did not?',
        'We are happy to share that the library reopens on Monday.',
        'Would you share your thoughts on the draft plan by Friday?',
        'We shared an office with them for two years.',
        'Share prices fell 3 % after the announcement.',
      ],
    },
    de: {
      flag: [
        '[[Teile diesen Beitrag]] mit 5 Freunden!',
        'Das muss jeder wissen – [[bitte teilen]]!',
        '[[Teilen, wenn du auch findest]], dass Pflege mehr Respekt verdient.',
        '[[Sagt es weiter]]! 📣',
        '[[Fleißig teilen]], damit es alle sehen!',
      ],
      allow: [
        'Teilt eure Erfahrungen mit dem neuen Fahrplan gern mit uns.',
        'Wir teilen die Sorge um die Innenstadt.',
        'Die beiden teilen sich ein Büro im dritten Stock.',
        'Ich möchte heute etwas Persönliches teilen.',
      ],
    },
  },
});
