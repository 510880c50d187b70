import { defineRule } from '../../define';

export default defineRule({
  id: 'sales-pitch/funnel',
  category: 'sales-pitch',
  subtype: 'funnel',
  severity: 'warning',
  message: {
    en: '"Link in bio" and "DM me for prices" funnel readers into a sale instead of answering them here.',
    de: '„Link in Bio“ und „Preis per DM“ lotsen Leser in einen Verkauf, statt hier zu antworten.',
  },
  explanation: {
    en: 'Readers notice when a post exists only to move them into a sales channel; prices and answers in the open build trust, hidden ones read as a pitch.',
    de: 'Leser merken, wenn ein Beitrag sie nur in einen Verkaufskanal schieben soll; offene Preise und Antworten schaffen Vertrauen, versteckte wirken wie ein Pitch.',
  },
  match: {
    en: {
      patterns: [
        'link in [my|our|the] bio|profile|description',
        'link is in [my|our|the] bio',
        'linkinbio|linkinprofile',
        'swipe up',
        'dm|pm|message|inbox|text me|us ~3 for|to [get|know] [the] price|prices|pricing|details|info|orders|order|rates|collabs|collab|link|booking|bookings|discount|code|access',
        'dm|pm|inbox me|us now|today|asap',
        'send me|us a dm|pm|message for|to [get|know] [the] price|prices|details|info|orders|order|rates|link|access',
        'price|prices|pricing in|via|by dm|pm|dms|inbox|(private message)',
        'price|prices on request',
        'slide into my|our dms|dm|inbox',
        'check out the link below|above',
        'linked in [my|our|the] bio|stories|profile',
        "dm|pm|message me|us [the word] \"|“|' :word",
        'send me|us a dm|pm|message with [the word]',
        "reply ~4 and (i'll|i will|we'll|we will) dm|send|message",
        'check|see|visit my|our bio|profile for',
        "message|dm|pm me|us if (you're|you are) serious|interested|ready",
        'linked|link|links ~3 bio|stories',
        'my|our dms|inbox are|is open',
        'just|simply inbox|dm|pm|message us|me',
        'pricing|prices|price available on request',
      ],
      unless: ['help|support|questions|question|account|complaint|complaints|issue|issues|problem|problems', 'order number|status'],
    },
    de: {
      patterns: [
        'link in [meiner|unserer|der] bio|profil|beschreibung',
        'link (findet ihr|findest du) in [meiner|unserer|der] bio|profil',
        'linkinbio',
        'swipe up',
        'preis|preise|infos|info|details|rabattcode|code per|via|ueber|in|auf dm|pn|direktnachricht|privatnachricht',
        'preis|preise ~2 per|via|auf anfrage|nachricht|dm|pn',
        
        'schreib|schreibt|schreiben mir|uns [eine|einfach] [eine] dm|pn|direktnachricht fuer (preis|preise|infos|details|bestellungen|den link|code)',
        'dm|pn fuer (preis|preise|infos|details|bestellungen|den link|code|rabatt)',
        'bei interesse dm|pn|nachricht|einfach',
        'meld|melde|meldet euch|dich per dm|pn|nachricht fuer|wegen preis|preise|infos|bestellung|bestellungen',
        'gerne|gern per pn|dm|nachricht',
        'schreib|schreibt|schreibe mir|uns [eine] dm|pn|nachricht mit',
        "schreib|schreibt|schreibe mir|uns „|\"|' :word ~2 per|als dm|pn|nachricht",
        'schreib|schreibt|schreibe mir|uns [direkt|einfach|gern|gerne] eine pn|dm|nachricht [,] dann',
        'verlinkt in [meiner|unserer|der] bio',
        'infos|info|preise|preis|details ~3 per|via|als dm|pn|nachricht',
        'findet|findest ihr|du ~4 in meiner|unserer|der bio|profil',
        'meine|unsere dms|pns sind offen',
        'preise|preis auf anfrage',
        'findet|findest ihr|du in meinen|unseren highlights|storys|stories|story',
      ],
      unless: ['fragen|problemen|problem|reklamation|reklamationen|bestellnummer|lieferproblem|beschwerde|konto'],
    },
  },
  examples: {
    en: {
      flag: [
        'New drop is live 🔥 [[Link in bio]]!',
        '[[DM me for prices]] 📩',
        '[[Swipe up]] to shop the look',
        '[[Prices in DM]] only.',
      ],
      allow: [
        'Please send us a DM with your order number so we can check the delivery.',
        'The full report is linked on our website.',
        'DM us for help with your account.',
      ],
    },
    de: {
      flag: [
        'Neue Kollektion ist online! [[Link in Bio]] 👆',
        '[[Preise per DM]] 📩',
        '[[Bei Interesse PN]]!',
        '[[Schreibt uns eine DM für Preise]]',
      ],
      allow: [
        'Bitte schickt uns eine Nachricht mit eurer Bestellnummer, dann prüfen wir die Lieferung.',
        'Den ganzen Bericht findet ihr auf unserer Website.',
        'Bei Fragen zu eurem Konto schreibt uns gern eine DM.',
      ],
    },
  },
});
