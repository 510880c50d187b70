import { defineRule } from '../../define';

export default defineRule({
  id: 'engagement-bait/agree-bait',
  category: 'engagement-bait',
  subtype: 'agree-bait',
  severity: 'warning',
  message: {
    en: 'A closing "Agree?" asks for a nod, not for an opinion.',
    de: 'Ein „Stimmt’s?“ am Ende fragt nach Zustimmung, nicht nach einer Meinung.',
  },
  explanation: {
    en: 'LinkedIn demotes posts that fish for comments with yes/no prompts, and readers who think differently feel they are not invited.',
    de: 'LinkedIn stuft Beiträge herab, die mit Ja/Nein-Fragen nach Kommentaren fischen, und wer anders denkt, fühlt sich nicht eingeladen.',
  },
  suggestions: {
    en: ['Where do you see it differently?', 'What has your experience been?'],
    de: ['Wo seht ihr das anders?', 'Welche Erfahrungen habt ihr gemacht?'],
  },
  match: {
    en: {
      patterns: [
        '^ agree|agreed ? $',
        '^ agree or|/ disagree|not ? $',
        '^ do you agree ? $',
        '^ who agrees|agree [with me] ? $',
        "^ (who's|whos|who is) with me ? $",
        '^ am i right|wrong ? $',
        "^ right|true|facts|amirite ? $",
        '^ yes or no ? $',
        "^ can i get an amen ? $",
        "^ (can't|cannot) disagree|argue ? $",
        "^ who else|relatable ? $",
        "^ raise your hand if",
        '^ thoughts ? :emoji',
        '^ true or false ? $',
        '^ thoughts ? $',
        '^ am i the only one who|that',
      ],
    },
    de: {
      patterns: [
        '^ stimmt|stimmts|stimmt\'s|richtig|oder|einverstanden|zustimmung|wahr ? $',
        '^ (stimmt ihr|stimmst du) zu ? $',
        '^ wer stimmt [mir] zu ? $',
        '^ (seht ihr|siehst du|sehen sie) das [auch] (auch so|genauso|ebenso) ? $',
        '^ wer sieht das auch so ? $',
        '^ wer ist (bei mir|mit mir|dabei|mitdabei) ? $',
        '^ hab|habe ich recht ? $',
        '^ ja oder nein ? $',
        '^ (geht es|geht\'s|gehts) nur mir so ? $',
        '^ wer kennt|kennt\'s|kennts das ? $',
        '^ wer noch ? $',
        '^ agree ? $',
        '^ hand hoch [,] wenn',
        '^ stimmt ihr mir zu ? $',
        '^ wer sieht das (genauso|ebenso|auch so) ? $',
        '^ (seht ihr|siehst du) das (genauso|auch so|ebenso) ? $',
        '^ wer ist meiner|unserer meinung ? $',
        '^ (oder sehe ich das falsch|oder irre ich mich) ? $',
        'bin ich der|die einzige',
        '^ was meint|denkt|sagt ihr [dazu] ? $',
        '^ haende hoch [,] wer|wenn',
        '^ hand hoch [,] wer',
        '^ bin ich der|die einzige [,] der|die',
      ],
    },
  },
  examples: {
    en: {
      flag: [
        'Culture eats strategy for breakfast. [[Agree?]]',
        'Hiring for attitude beats hiring for skills. [[Agree or disagree?]]',
        'Remote work is here to stay. [[Who’s with me?]]',
        'Mondays should be optional. [[Am I right?]] 😂',
      ],
      allow: [
        'Do you agree with the council’s plan for the market square? Tell us what you would change.',
        'We agree with the criticism and will change the opening hours.',
        'Which CRM do you use for a team of five?',
        'Is the 9:15 bus running today?',
      ],
    },
    de: {
      flag: [
        'Kultur schlägt Strategie. [[Stimmt’s?]]',
        'Wer Mitarbeitende ernst nimmt, braucht keine Obstschale. [[Seht ihr das auch so?]]',
        'Montage sollten abgeschafft werden. [[Wer ist dabei?]] 🙋',
        'Ständig diese Meetings ohne Agenda… [[Geht es nur mir so?]]',
      ],
      allow: [
        'Stimmt ihr dem Plan für den Marktplatz zu? Schreibt uns, was ihr ändern würdet.',
        'Wir stimmen der Kritik zu und ändern die Öffnungszeiten.',
        'Fährt der Bus um 9:15 heute?',
        'Das stimmt leider: Der Zug fällt heute aus.',
      ],
    },
  },
});
