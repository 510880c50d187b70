/** Deterministic benchmark drafts: realistic sentences, clean and flagged mixed, with emoji and line breaks. */
import type { Lang } from '../lib/analysis/types';

const POOL: Record<Lang, string[]> = {
  en: [
    'We opened the new bakery on Mill Road last week and the queue was out the door by eight.',
    'Our sourdough takes two days from starter to shelf, and every loaf is shaped by hand.',
    'Tag a friend who needs this 👇',
    'Only 3 left in the speckled glaze, so grab yours before they are gone!',
    'The team spent the winter rebuilding the oven, which now bakes forty loaves at once.',
    'Like if you agree!',
    'Which CRM do you use for a team of five? We have outgrown spreadsheets.',
    'Thanks to everyone who came to the open day 🙏 #community',
    'Use code SAVE20 for 20% off everything this weekend.',
    'The new timetable starts on 15 December; tickets from €14.',
    'Happy Monday! How was your weekend?',
    'I think most meetings would work better as a shared document with comments.',
  ],
  de: [
    'Wir haben letzte Woche die neue Bäckerei in der Mühlenstraße eröffnet, und um acht stand die Schlange bis zur Tür.',
    'Unser Sauerteig braucht zwei Tage vom Ansatz bis ins Regal, jedes Brot wird von Hand geformt.',
    'Markiere jemanden, der das braucht 👇',
    'Nur noch 3 Stück da – jetzt zugreifen, solange der Vorrat reicht!',
    'Das Team hat im Winter den Ofen umgebaut, jetzt backen wir vierzig Brote auf einmal.',
    'Gib uns ein 👍, wenn du zustimmst!',
    'Welches CRM nutzt ihr im Team zu fünft? Tabellen reichen uns nicht mehr.',
    'Danke an alle, die beim Tag der offenen Tür waren 🙏 #nachbarschaft',
    'Mit dem Code SPAR20 bekommt ihr 20 % auf alles.',
    'Der neue Fahrplan gilt ab 15. Dezember; Tickets ab 14 €.',
    'Wie war euer Wochenende?',
    'Ich finde, die meisten Meetings wären als gemeinsames Dokument mit Kommentaren besser.',
  ],
};

export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A draft of exactly `size` characters (cut at the end), sentences in seeded random order. */
export function draft(lang: Lang, size: number, seed = size): string {
  const rnd = prng(seed);
  let out = '';
  while (out.length < size) {
    const s = POOL[lang][Math.floor(rnd() * POOL[lang].length)]!;
    out += (out ? (rnd() < 0.25 ? '\n\n' : ' ') : '') + s;
  }
  return out.slice(0, size);
}
