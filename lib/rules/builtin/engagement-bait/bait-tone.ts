import { defineRule } from '../../define';

// No phrase list: the trained model (lib/analysis/model.ts) decides, for sentences that none of
// the bait patterns matched and that turn to the reader (model.ts, addressesReader), reading each
// with its draft. Its threshold keeps it quiet on ordinary questions.
export default defineRule({
  id: 'engagement-bait/bait-tone',
  category: 'engagement-bait',
  subtype: 'bait-tone',
  severity: 'warning',
  message: {
    en: 'This sentence fishes for likes, comments or shares instead of giving readers a reason to answer.',
    de: 'Dieser Satz angelt nach Likes, Kommentaren oder Shares, statt den Lesern einen Grund zum Antworten zu geben.',
  },
  explanation: {
    en: 'Facebook and LinkedIn demote posts that ask for reactions, comments, shares or tags, and readers recognise the trick; a real question about something you know gets better answers.',
    de: 'Facebook und LinkedIn stufen Beiträge herab, die um Reaktionen, Kommentare, Shares oder Markierungen bitten, und Leser durchschauen den Trick; eine echte Frage zu eurem Thema bekommt bessere Antworten.',
  },
  suggestions: { en: [], de: [] },
  model: 'engagement-bait',
  match: {},
  examples: {
    en: {
      flag: ["[[Who's with me on this one?]] 🙋", '[[Share your favourite memory with us below!]]'],
      allow: [
        'The new timetable starts on 15 December.',
        'Thanks to everyone who came to the market.',
        'Which CRM do you use for a team of five?',
        'Hi Maria, the refund was issued today and should show in 3–5 working days.',
      ],
    },
    de: {
      flag: ['[[Wer freut sich auch schon auf den Frühling?]] 🌷', '[[Lächeln, wenn ihr den Herbst liebt]] 🍂'],
      allow: [
        'Der neue Fahrplan gilt ab dem 15. Dezember.',
        'Danke an alle, die auf dem Markt waren.',
        'Welche Buchhaltungssoftware nutzt ihr im Team?',
        'Hallo Maria, die Erstattung ist veranlasst und in 3–5 Werktagen auf deinem Konto.',
        // a manual's sentence: the model scores it as bait for its "wenn", but it addresses no reader
        'withnewpkgs erlaubt das Installieren neuer Pakete, wenn es zusammen mit upgrade benutzt wird.',
      ],
    },
  },
});
