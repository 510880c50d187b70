import { defineRule } from '../../define';

export default defineRule({
  id: 'sales-pitch/self-praise',
  category: 'sales-pitch',
  subtype: 'self-praise',
  severity: 'warning',
  message: {
    en: 'Praising yourself ("we are proud to present", "leading provider") tells readers what to think instead of showing them.',
    de: 'Eigenlob („wir sind stolz, Ihnen … präsentieren zu dürfen“, „führender Anbieter“) sagt Lesern, was sie denken sollen, statt es zu zeigen.',
  },
  explanation: {
    en: 'Readers trust what others say about a company, not what it says about itself; self-praise reads as a press release and is scrolled past.',
    de: 'Leser glauben, was andere über ein Unternehmen sagen, nicht was es über sich selbst sagt; Eigenlob klingt nach Pressemitteilung und wird überscrollt.',
  },
  suggestions: {
    en: ['Here is what is new:'],
    de: ['Das ist neu:'],
  },
  match: {
    en: {
      patterns: [
        "we're|we [are] [so|very|incredibly|extremely] proud|pleased|delighted|thrilled|excited|honoured|honored to present|introduce|offer|unveil|launch|bring",
        'proud|pleased|delighted|thrilled|excited|honoured|honored to present|introduce|unveil|launch',
        'leading provider|supplier|manufacturer|expert|experts|specialist|specialists|company|brand|partner|agency',
        "leading|premier|foremost provider|supplier|manufacturer|expert|specialist|brand|agency|destination",
        'award-winning',
        'award winning',
        'industry leader|leaders|pioneer|pioneers',
        'trusted by [over|more than] :number',
        'thousands|millions of happy|satisfied customers|clients',
        ':number happy|satisfied customers|clients',
        'our customers love us|it',
        'we are the experts|leaders|best|number|no',
        "(we are|we're|proudly|officially) [officially|proudly|now|once again] the fastest-growing|leading|largest|biggest|best|top|highest-rated|top-rated|most",
        'like (no one)|nobody else',
        '(nobody|no one) does it better',
        'the most trusted|loved|popular|reliable name|brand|company|provider|choice in|for',
        'named|voted the #1|no.1|(number one)',
        "recognised|recognized|named as the [industry's|market's|uk's|world's|country's] most|best|leading|top",
        "(we're|we are) [simply|just|truly|officially] the best|#1",
        "(we're|we are) the friendliest|best|fastest|cheapest|biggest|largest|finest|leading|top",
        "clearly we're|we are doing something right",
        'world-leading|world-class consultancy|agency|company|firm|provider|team',
      ],
      unless: ['to present|introduce|welcome [our|my] [new] colleague|colleagues|apprentice|apprentices|intern|interns|member|members|speaker|speakers|guest|guests|winner|winners|volunteers|hire|hires|ceo|director|manager|head'],
    },
    de: {
      patterns: [
        '[wir] [sind] stolz ~6 praesentieren|vorstellen|vorzustellen|anbieten|anzubieten [zu] [duerfen|koennen]',
        '[wir] freuen|freut uns ~6 vorstellen|praesentieren|anbieten zu duerfen',
        'duerfen|koennen ~4 stolz verkuenden|praesentieren|vorstellen',
        'fuehrender|fuehrende|fuehrenden anbieter|hersteller|experte|experten|spezialist|spezialisten|marke|dienstleister|partner|agentur',
        'marktfuehrer|branchenprimus|branchenfuehrer|technologiefuehrer|qualitaetsfuehrer|innovationsfuehrer',
        'preisgekroent*',
        'ausgezeichnete|ausgezeichneten|ausgezeichneter service|qualitaet|beratung|kueche',
        'tausende|tausenden|millionen zufriedene|zufriedener|zufriedenen|gluecklicher|glueckliche kunden|kundinnen|kundschaft',
        ':number zufriedene|zufriedener|zufriedenen|glueckliche kunden|kundinnen|kundschaft',
        'vertrauen ~3 (ueber|mehr als) :number kunden|unternehmen|kundinnen',
        'wir sind die experten|profis|nummer|besten',
        'ihr|ihre|dein|deine kompetente|kompetenter|starker|starke|zuverlaessiger|zuverlaessige partner|partnerin|ansprechpartner',
        
        'testsieger|testsiegerin',
        'deutschlands|europas|oesterreichs|bayerns beliebteste*|groesste*|beste*|fuehrende*',
        'wir sind die|der|das beste|besten|fuehrende|fuehrenden|groesste|groessten',
        'qualitaet , die ueberzeugt',
        'kein anderer|niemand ~4 mithalten|besser',
        'die erste adresse fuer',
      ],
      unless: ['neue|neuen kollegin|kollegen|azubi|azubis|auszubildende|auszubildenden|praktikantin|praktikanten|referentin|referenten|gaeste|gewinnerin|gewinner|ehrenamtliche'],
    },
  },
  examples: {
    en: {
      flag: [
        '[[We are proud to present]] our new autumn collection.',
        "[[We're thrilled to introduce]] the smartest thermostat yet.",
        'As the [[leading provider]] of cloud accounting, we know what you need.',
        'Our [[award-winning]] team is ready for your project.',
        '[[Trusted by over 10,000]] businesses.',
      ],
      allow: [
        'We are proud of our apprentices, who all passed their exams this summer.',
        'Excited to introduce our new colleague Mia, who joins the bakery team on Monday.',
        'I am proud to announce that I have started a new position as nurse at St. Mary’s.',
        'The award was presented by the mayor on Friday.',
      ],
    },
    de: {
      flag: [
        '[[Wir sind stolz, Ihnen unsere neue Kollektion präsentieren zu dürfen]].',
        'Als [[führender Anbieter]] für Bürobedarf wissen wir, was Sie brauchen.',
        'Unser [[preisgekröntes]] Team freut sich auf Sie.',
        'Über [[5.000 zufriedene Kunden]] können nicht irren.',
      ],
      allow: [
        'Wir sind stolz auf unsere Azubis, die alle ihre Prüfung bestanden haben.',
        'Wir freuen uns, euch unsere neue Kollegin Mia vorzustellen.',
        'Die Stadt stellt am Freitag den neuen Radweg vor.',
      ],
    },
  },
});
