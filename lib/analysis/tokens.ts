/**
 * Tokenizer and normaliser shared by every rule: the text is read once into tokens with exact
 * UTF-16 offsets, and rules match on folded tokens (case, diacritics, umlaut and ß spellings).
 */

export type TokenKind = 'word' | 'number' | 'hashtag' | 'mention' | 'url' | 'emoji' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  /** Folded form used for matching; hashtags and mentions without their sigil. */
  norm: string;
  /** True when a line break stands between this token and the previous one. */
  newline: boolean;
  /** A word in capitals, digits allowed, with at least two letters ("YES", "BROT20"). */
  caps: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index range into the token list, end exclusive. */
  first: number;
  last: number;
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

/** Lower case, German umlauts and ß spelled out, other diacritics removed, typographic apostrophes straight. */
export function fold(s: string): string {
  const lower = s.toLowerCase().replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c);
  // eslint-disable-next-line no-misleading-character-class
  return lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘ʼ`´]/g, "'");
}

const EMOJI_PART =
  '(?:\\p{Regional_Indicator}\\p{Regional_Indicator}|[#*0-9]\\uFE0F?\\u20E3|\\p{Extended_Pictographic}[\\uFE0F\\u{1F3FB}-\\u{1F3FF}]*(?:\\u200D\\p{Extended_Pictographic}[\\uFE0F\\u{1F3FB}-\\u{1F3FF}]*)*)[\\u{E0020}-\\u{E007F}]*';

const TOKEN_RE = new RegExp(
  [
    // links: scheme or www, or a bare domain with a common top-level domain
    "(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>\"]+|\\b[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|de|at|ch|net|org|io|co|ly|me|shop|store|eu|info|link|app)(?:\\/[^\\s<>\"]*)?(?![\\p{L}\\p{N}]))",
    '(?<hashtag>#[\\p{L}\\p{M}\\p{N}_]+)',
    '(?<mention>@[\\p{L}\\p{M}\\p{N}_]+(?:\\.[\\p{L}\\p{M}\\p{N}_]+)*)',
    `(?<emoji>${EMOJI_PART})`,
    // numbers with separators stay one token ("5.000", "2,80", "1'000"), as do thousands and
    // millions written "200k", "1.5M" ("over 200k happy customers")
    "(?<number>\\p{N}+(?:[.,'’]\\p{N}+)*(?:[kKmM](?![\\p{L}\\p{N}]))?(?![\\p{L}\\p{N}]))",
    // words: letters and digits, with inner apostrophes ("don't"); hyphens split compounds into parts
    "(?<word>[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}\\p{M}]+)*)",
    // runs of the same sentence punctuation stay one token ("!!!", "?!", "...")
    '(?<punct>[!?¡¿‽]+|\\.{2,}|…|[^\\s\\p{L}\\p{N}])',
  ].join('|'),
  'gu',
);

const TRAILING_URL_PUNCT = /[.,;:!?)\]}'"»“”]+$/u;

// A draft is re-tokenized on every keystroke, and its words repeat: folding is memoised (bounded).
const FOLDED = new Map<string, string>();
const CAPS = new Map<string, boolean>();
const MEMO_MAX = 20_000;
function foldCached(raw: string): string {
  let v = FOLDED.get(raw);
  if (v === undefined) {
    if (FOLDED.size >= MEMO_MAX) FOLDED.clear();
    FOLDED.set(raw, (v = fold(raw)));
  }
  return v;
}
function capsCached(raw: string): boolean {
  let v = CAPS.get(raw);
  if (v === undefined) {
    if (CAPS.size >= MEMO_MAX) CAPS.clear();
    CAPS.set(raw, (v = /^(?=(?:\P{Lu}*\p{Lu}){2})[\p{Lu}\p{N}]+$/u.test(raw)));
  }
  return v;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let lastEnd = 0;
  // An exec loop on the one shared regex, started at 0: a link's trailing punctuation is scanned
  // again by moving lastIndex back, and no call can leave a position behind for the next one.
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text))) {
    const g = m.groups!;
    const start = m.index;
    let raw = m[0];
    let kind: TokenKind;
    if (g.url !== undefined) {
      kind = 'url';
      raw = raw.replace(TRAILING_URL_PUNCT, '');
    } else if (g.hashtag !== undefined) kind = 'hashtag';
    else if (g.mention !== undefined) kind = 'mention';
    else if (g.emoji !== undefined) kind = 'emoji';
    else if (g.number !== undefined) kind = 'number';
    else if (g.word !== undefined) kind = 'word';
    else kind = 'punct';
    const end = start + raw.length;
    if (kind === 'url' && end < start + m[0].length) TOKEN_RE.lastIndex = end;
    // a hyphen inside a compound ("Jetzt-zugreifen", "best-in-class") joins words; rules see the words
    if (raw === '-' && start === lastEnd && /[\p{L}\p{N}]/u.test(text[end] ?? '') && tokens.length > 0 && tokens[tokens.length - 1]!.end === start) {
      lastEnd = end;
      continue;
    }
    const gap = text.slice(lastEnd, start);
    const norm = foldCached(kind === 'hashtag' || kind === 'mention' ? raw.slice(1) : raw);
    const caps = kind === 'word' && capsCached(raw);
    tokens.push({ kind, start, end, norm, newline: gap.includes('\n'), caps });
    lastEnd = end;
  }
  return tokens;
}

const SENTENCE_END = /[.!?…‽]/;
const MONTHS = /^(jan|feb|maer|apr|mai|jun|jul|aug|sep|okt|nov|dez)/;
/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'z', 'b', 'e', 'g', 'i', 'dr', 'mr', 'mrs', 'ms', 'prof', 'bzw', 'ca', 'usw', 'etc', 'vs', 'inkl', 'zzgl', 'ggf',
  'evtl', 'nr', 'str', 'st', 'u', 'a', 'd', 'h', 'o', 's', 'vgl', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'okt', 'oct', 'nov', 'dez', 'dec', 'mio', 'mrd', 'tel', 'no', 'approx', 'max', 'min',
]);

/** Splits tokens into sentences: at ! ? … and full stops (not after abbreviations or ordinals), and at line breaks. */
export function sentences(text: string, tokens: readonly Token[]): Sentence[] {
  const out: Sentence[] = [];
  let first = 0;
  const close = (lastExclusive: number) => {
    if (lastExclusive <= first) return;
    out.push({ start: tokens[first]!.start, end: tokens[lastExclusive - 1]!.end, first, last: lastExclusive });
    first = lastExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.newline && i > first) close(i);
    // Social posts end sentences with emoji instead of stops: "Winter is coming ❄️ Stock up now"
    if (t.kind === 'emoji' && i > first && tokens[i - 1]!.kind === 'word') {
      let j = i + 1;
      while (j < tokens.length && !tokens[j]!.newline && tokens[j]!.kind === 'emoji') j++;
      const next = tokens[j];
      if (next && !next.newline && next.kind === 'word' && /^\p{Lu}/u.test(text.slice(next.start, next.end))) {
        close(j);
        i = j - 1;
        continue;
      }
    }
    if (t.kind !== 'punct' || !SENTENCE_END.test(text.slice(t.start, t.end))) continue;
    const raw = text.slice(t.start, t.end);
    if (raw === '.') {
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const glued = prev && prev.end === t.start;
      if (glued && prev.kind === 'word' && ABBREVIATIONS.has(prev.norm)) continue;
      // German ordinals: "am 15. Dezember"
      if (glued && prev.kind === 'number' && next?.kind === 'word' && MONTHS.test(next.norm)) continue;
      if (next && next.start === t.end && next.kind !== 'emoji') continue; // "3.5", "shop.de" pieces, "z.B."
      if (next && next.kind === 'word' && /^\p{Ll}/u.test(text.slice(next.start, next.end))) continue;
    }
    // trailing emoji and closing punctuation stay with the sentence they close
    let j = i + 1;
    while (j < tokens.length && !tokens[j]!.newline && (tokens[j]!.kind === 'emoji' || /^[)"'»“”\]]$/.test(text.slice(tokens[j]!.start, tokens[j]!.end)))) j++;
    // …unless the emoji opens the next clause: "Coffee or tea? ❤️ for coffee"
    const after = tokens[j];
    const opensClause = after && !after.newline && ((after.kind === 'word' && /^\p{Ll}/u.test(text.slice(after.start, after.end))) || (after.kind === 'punct' && /^[=:]$/.test(after.norm)));
    if (j > i + 1 && opensClause) {
      j = i + 1;
      while (j < tokens.length && tokens[j]!.kind !== 'emoji') j++;
    }
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return out;
}
