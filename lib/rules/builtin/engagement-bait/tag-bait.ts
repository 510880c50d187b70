import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/tag-bait',
  category: 'engagement-bait',
  subtype: 'tag-bait',
  severity: 'warning',
  message: {
    en: 'This asks readers to tag friends, which spreads the post without giving anyone a reason to read it.',
    de: 'Das fordert zum Markieren von Freunden auf – der Beitrag verbreitet sich, ohne dass jemand einen Grund zum Lesen bekommt.',
  },
  explanation: {
    en: 'Facebook demotes posts that ask people to tag friends, and tagged friends rarely thank anyone for the notification.',
    de: 'Facebook stuft Beiträge herab, die zum Markieren auffordern, und markierte Freunde freuen sich selten über die Benachrichtigung.',
  },
  suggestions: { en: [''], de: [''] },
  match: {
    en: {
      patterns: [
        'tag+ a|an|your|ur|that|this|one|two|three|:number [best|favorite|favourite|fellow|gym|work|_] friend|buddy|friends|buddy|bestie|besties|bff|mate|mates|person|people|mom|dad|mum|sister|brother|partner|bae|colleague|colleagues|coworker|coworkers|squad|crew [who|that|if|below|here]',
        'tag+ someone|somebody|anyone|everyone [who|that|you]',
        'mention a|your friend|friends|bestie [who|that]',
        'mention someone|somebody who|that',
        'tag+ :number [friends|people|others|of your friends|colleagues]',
        "tag+ 'em|them below|here",
        'who would you tag',
        'send|show|forward this to a|your|someone|somebody friend|bestie|partner|mom|dad|someone|somebody who|that',
        'tag+ the friend|person|one|colleague who|that',
        '^ @ someone|somebody who|that',
        '^ @ someone|somebody|a|your',
        'tag+ the|that person|friend|one [who|that|you]',
        'send|forward this|it to someone|somebody|a|your ~2 who|that',
      ],
      unless: ['price|name|tags|tagged|tagline|hashtag|hashtags|label|luggage|nametag|gift|dog|ear', 'thanks|thank for tagging|tagged'],
    },
    de: {
      patterns: [
        'markiere|markiert|markier|verlinke|verlinkt|verlink|tagge|taggt|tagg [einen|eine|deinen|deine|deinem|eure|euren|eurer|zwei|drei|:number] [beste|besten|bester|liebste|liebsten] freund|freundin|freunde|freundinnen|person|personen|menschen|leute|kolleg|kollegen|kollegin|kolleginnen|mama|papa|schwester|bruder|partner|partnerin|bff|bestie|liebsten|lieblingsmenschen [,] [der|die|dem|den|mit|wer]',
        'markiere|markiert|markier|verlinke|verlinkt|verlink|tagge|taggt jemanden|jemand|diejenigen|alle [,] [der|die|dem|den|wer|mit]',
        'markiere|markiert|markier|verlinke|verlinkt|verlink|tagge|taggt :number',
        'wen (wuerdest du|wuerdet ihr) markieren|verlinken|taggen',
        'schick|schicke|schickt|sende|sendet das|dies|diesen|den beitrag|post an|einem|einer jemanden|eine|einen|deine|deinen|deinem|deiner freund|freundin|freunde|person|mama|bestie|jemand|jemanden',
        'tag+ a|your friend|friends|bestie|someone',
        'markier|markiere|markiert|verlink|verlinkt [mal] ihn|sie|deinen|deine|euren|eure [oder sie] [hier|bruder|schwester]',
        'zwei|drei|:number freunde|freundinnen|personen|leute markieren|verlinken',
        '^ @ jemand|jemanden [,] der|die',
        '^ @ jemand|jemanden|jemandem|deine|deinen|eure|euren',
        'markiert|markiere|markier die|den|das person|freund|freundin|menschen',
        'schick|schickt|schicke|sende|sendet das|dies|es [an] jemandem|jemanden|einer|einem|deiner|deinem|eurer|eurem',
      ],
      unless: ['markiert|markierte|markierten die|den|das strecke|weg|wanderweg|route|parkplatz|stelle|bereich|feld|felder|stellen', 'danke fuers|fuer markieren|verlinken'],
    },
  },
  examples: {
    en: {
      flag: [
        '[[Tag a friend who needs this]] 👇',
        'Weekend plans sorted 🍕 [[Tag your bestie]]!',
        '[[Tag 3 friends]] to enter!',
        '[[Tag someone who makes you laugh]] 😂',
        'Who would you bring along? [[Tag them below]]',
        '[[Send this to a friend who always runs late]] 😅',
      ],
      allow: [
        'Thanks for tagging us in your photos from the market!',
        'Every jacket has a price tag with the material listed.',
        'Our new tagline came from a customer suggestion.',
        'We tagged the trail markers in orange so hikers can find the route.',
        'Check the hashtag #KiezMarkt for photos from Saturday.',
      ],
    },
    de: {
      flag: [
        '[[Markiere einen Freund, der das sehen muss]] 👇',
        '[[Markiert jemanden, mit dem ihr das teilen wollt]]!',
        '[[Verlinke deine beste Freundin]] 💕',
        'Zum Mitmachen: [[markiert 2 Freunde]] in den Kommentaren.',
        '[[Tag a friend]] who needs this Kaffee ☕',
      ],
      allow: [
        'Danke fürs Markieren auf euren Fotos vom Stadtfest!',
        'Der Wanderweg ist rot markiert und gut zu finden.',
        'Die markierten Felder im Formular sind Pflichtfelder.',
        'Wir haben die Preise im Laden deutlich markiert.',
      ],
    },
  },
});
