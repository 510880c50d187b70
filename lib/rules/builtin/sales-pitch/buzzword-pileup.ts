import { defineRule } from '../../define';

// One buzzword is a hint (sales-pitch/buzzwords); two within a few words are a pitch readers skip.
const EN = 'synergy|synergies|holistic|seamless|seamlessly|frictionless|turnkey|scalable|omnichannel|innovative|empower|empowers|empowering|leverage|leveraging|unlock|unlocks|unlocking|disrupt|disruptive|paradigm|ecosystem|touchpoint|touchpoints|stakeholders|solutions|outcomes|efficiencies|transformation|unparalleled';
const EN_HYPHENATED = 'cutting-edge|bleeding-edge|next-gen|next-level|best-of-breed|value-add|value-added|end-to-end|future-proof|game-changing|data-driven|ai-driven|ai-powered|insight-led|customer-centric|best-in-class|world-class';
const DE = 'nahtlos*|skalierbar*|reibungslos*|erstklassig*|oekosystem|mehrwert|synergien|synergie|ganzheitlich*|innovativ*|nachhaltig*|zukunftsorientiert*|zukunftsweisend*|disruptiv*|agil*|smart|smarte|smarten|kundenzentriert*|kundenorientiert*|loesungsorientiert*|massgeschneidert*|loesungen|potenziale|potenzial|mindset|mindsets|transformation|wertschoepfungskette|level|befaehigen|befaehigt|empowern';
const DE_HYPHENATED = '360-grad-strategie|ki-getrieben|ki-getriebenes|ki-basiert|ki-basierte';

export default defineRule({
  id: 'sales-pitch/buzzword-pileup',
  category: 'sales-pitch',
  subtype: 'buzzwords',
  severity: 'warning',
  message: {
    en: 'Stacked buzzwords ("innovative, scalable solutions that unlock value") read as an advert and say nothing concrete.',
    de: 'Gestapelte Schlagwörter („innovative, ganzheitliche Lösungen mit Mehrwert“) klingen nach Werbung und sagen nichts Konkretes.',
  },
  explanation: {
    en: 'Readers stop at the second buzzword and file the post as marketing; one concrete example of what you do, for whom, keeps them reading.',
    de: 'Beim zweiten Schlagwort sortieren Leser den Beitrag als Werbung ein; ein konkretes Beispiel, was ihr für wen tut, hält sie beim Lesen.',
  },
  suggestions: { en: [], de: [] },
  // Three separate buzzwords anywhere in one sentence, whatever their distance.
  pileup: { of: 'sales-pitch/buzzwords', min: 3 },
  match: {
    // Hyphenated words expand into multi-word variants, so they pair only with single words.
    en: { patterns: [`${EN} ~5 ${EN}`, `${EN} ~5 ${EN_HYPHENATED}`, `${EN_HYPHENATED} ~5 ${EN}`] },
    de: { patterns: [`${DE} ~5 ${DE}`, `${DE} ~5 ${DE_HYPHENATED}`, `${DE_HYPHENATED} ~5 ${DE}`] },
  },
  examples: {
    en: {
      flag: [
        'Our [[holistic, AI-driven platform empowers]] teams.',
        'We deliver [[innovative, customer-centric solutions]] for your business.',
        'We [[leverage our synergies]] to grow.',
      ],
      allow: [
        'We found a simple solution for the parking problem at the market.',
        'The new bike lanes are part of the city transformation plan for 2030.',
        'Our innovative bakers tried rye this year.',
      ],
    },
    de: {
      flag: [
        'Ein [[nahtloses Erlebnis der nächsten Generation, das Ihre Arbeitsweise revolutioniert]].',
        'Mit [[ganzheitlichen, innovativen]] Lösungen wachsen.', 'Wir schaffen [[nachhaltigen Mehrwert]] für Sie.'],
      allow: ['Die Stadt sucht nachhaltige Ideen für den Marktplatz.', 'Wir haben zwei Lösungen für das Parkproblem gefunden.'],
    },
  },
});
