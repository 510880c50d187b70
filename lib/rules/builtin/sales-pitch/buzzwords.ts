import { defineRule } from '../../define';

export default defineRule({
  id: 'sales-pitch/buzzwords',
  category: 'sales-pitch',
  subtype: 'buzzwords',
  // a buzzword alone does not make a pitch: it is a hint, never a reason to hold a post
  severity: 'suggestion',
  message: {
    en: 'Marketing buzzwords ("synergy", "innovative solutions") say nothing a reader can picture.',
    de: 'Marketing-Floskeln („Mehrwert“, „innovative Lösungen“) sagen nichts, was sich Leser vorstellen können.',
  },
  explanation: {
    en: 'Readers skim past words every company uses; saying what the thing does, for whom, is what makes them stop.',
    de: 'Leser überlesen Wörter, die jedes Unternehmen benutzt; was hängen bleibt, ist, was die Sache tut und für wen.',
  },
  match: {
    en: {
      patterns: [
        'synergy|synergies|synergistic|paradigm|disruptive|disrupting|holistic|seamless|seamlessly|frictionless|turnkey|scalable|bleeding-edge|cutting-edge|next-gen|next-generation|best-of-breed|value-add|value-added|win-win|omnichannel|360-degree|end-to-end',
        'innovative|smart|tailored|tailor-made|bespoke|integrated|holistic|customized|customised solution|solutions|approach|offering|offerings',
        'leverage|leveraging|leverages our|your|the|cutting-edge|innovative',
        'empower|empowers|empowering your|you|businesses|teams|organizations|organisations',
        'unlock|unlocks|unlocking your|the full potential|value|growth',
        'take your|their :Noun [:Noun] to the next level',
        'move the needle',
        'paradigm shift',
        'thought leadership',
        'digital transformation journey',
        'best practices',
        'added value',
        'powered by ai',
        'ai-powered|ai-driven|data-driven|future-proof|future-ready',
        'built for the future',
        'revolutionise|revolutionize|revolutionises|revolutionizes the way',
        'supercharge|supercharges your',
      ],
      unless: ['smart|integrated solution|solutions to|for the|a|problem|crossword|puzzle'],
    },
    de: {
      patterns: [
        'mehrwert|mehrwerte|synergie|synergien|synergieeffekte|ganzheitlich*|nachhaltig* loesung|loesungen|konzept|konzepte',
        'mehrwert|mehrwerte|synergie|synergien|synergieeffekte|paradigmenwechsel|disruptiv*|zukunftsorientiert*|zukunftsweisend*|innovationstreiber|leuchtturmprojekt|win-win|win-win-situation|omnichannel|end-to-end|state-of-the-art',
        'innovativ*|massgeschneidert*|intelligent*|smart*|ganzheitlich*|individuell* loesung*|konzept*|ansaetze|ansatz',
        'ganzheitlich|ganzheitliche|ganzheitlichen|ganzheitlicher ansatz|beratung|konzept|blick',
        'auf das|ein neues naechste level|niveau heben',
        'next level',
        'potenzial|potenziale|potential',
        'best practices|best practice',
        'hands-on-mentalitaet|hands-on',
        'digitale transformation',
        'am puls der zeit',
        'kundenorientiert*|kundenzentriert*|loesungsorientiert*',
        '(der naechsten generation)',
        'nahtlos*',
        'revolutioniert|revolutionieren',
        'datengetrieben*|ki-gestuetzt*|zukunftssicher*',
      ],
    },
  },
  examples: {
    en: {
      flag: [
        'We create [[synergy]] between teams.',
        'Our [[innovative solutions]] help you grow.',
        '[[Take your business to the next level]] with our platform.',
        'We [[leverage our]] network for you.',
      ],
      allow: [
        'We found a simple solution for the parking problem at the market.',
        'The council will review the plan on Tuesday.',
        'Our new oven bakes 40 loaves at once.',
      ],
    },
    de: {
      flag: [
        'Wir schaffen [[Mehrwert]] für Ihr Unternehmen.',
        'Unsere [[innovativen Lösungen]] bringen Sie weiter.',
        'Mit [[ganzheitlichen Konzepten]] zum Erfolg.',
        'Hebt euer [[Potenzial]] – wir helfen dabei.',
      ],
      allow: [
        'Wir haben eine einfache Lösung für das Parkproblem am Markt gefunden.',
        'Unser neuer Ofen backt 40 Brote auf einmal.',
        'Der Stadtrat berät am Dienstag über den Plan.',
      ],
    },
  },
});
