/**
 * Splits text into words, punctuation and whitespace by the Unicode word-boundary rules
 * (UAX #29, as Intl.Segmenter applies them), so that "don’t", "U.S", "2.3" stay whole. Texts
 * in scripts written without spaces (Chinese, Japanese, Thai...) need a dictionary to find
 * their words and go to Intl.Segmenter; everything else is scanned here, about ten times faster
 * than the segmenter, with the same tokens (a test holds the two together on every real text).
 */

/** What a token is, for the diff: words and punctuation are compared, whitespace sits between. */
export type TokenKind = 'word' | 'punct' | 'space';

/** A token as offsets into the text it came from. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
}

/** Tokenizes `text`; the tokens cover it completely, in order, without overlap. */
export function tokenize(text: string): Token[] {
  return UNSPACED.test(text) ? segmenterTokens(text) : scanTokens(text);
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hebrew}\u3000-\u303f]/u;

// Word-break classes of the rules used here.
const OTHER = 0;
const LETTER = 1;
const NUMERIC = 2;
/** Joins letters ("a:b", "don’t" with U+2019 counted below). */
const MID_LETTER = 3;
/** Joins letters and joins digits: ".", "’", "'". */
const MID_NUM_LET = 4;
/** Joins digits: ",", ";". */
const MID_NUM = 5;
/** "_" and other connectors: join anything word-like. */
const EXTEND_NUM_LET = 6;
/** Combining marks, ZWJ, format characters (soft hyphen): never break before them. */
const EXTEND = 7;
/** Horizontal spaces that run together (WSegSpace). */
const SEG_SPACE = 8;
/** Line ends: a break on both sides (CR LF stays one). */
const NEWLINE = 9;
const CR = 10;
const LF = 11;

const classCache = new Map<number, number>();

function classOfSlow(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (cp === 0x0d) return CR;
  if (cp === 0x0a) return LF;
  if (cp === 0x0b || cp === 0x0c || cp === 0x85 || cp === 0x2028 || cp === 0x2029) return NEWLINE;
  if (cp === 0x20 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x2006) || (cp >= 0x2008 && cp <= 0x200a) || cp === 0x205f || cp === 0x3000) return SEG_SPACE;
  if (cp === 0x3a || cp === 0xb7 || cp === 0x387 || cp === 0x55f || cp === 0x5f4 || cp === 0x2027 || cp === 0xfe13 || cp === 0xfe55 || cp === 0xff1a) return MID_LETTER;
  if (cp === 0x2e || cp === 0x27 || cp === 0x2018 || cp === 0x2019 || cp === 0x2024 || cp === 0xfe52 || cp === 0xff07 || cp === 0xff0e) return MID_NUM_LET;
  if (cp === 0x2c || cp === 0x3b || cp === 0x37e || cp === 0x589 || cp === 0x60c || cp === 0x60d || cp === 0x66c || cp === 0x7f8 || cp === 0x2044 || cp === 0xfe10 || cp === 0xfe14 || cp === 0xfe50 || cp === 0xfe54 || cp === 0xff0c || cp === 0xff1b) return MID_NUM;
  if (cp === 0x200d || /[\p{M}\p{Cf}]/u.test(ch)) return cp === 0x200b || cp === 0xfeff || cp === 0x2060 ? OTHER : EXTEND;
  if (cp === 0x202f || /\p{Pc}/u.test(ch)) return EXTEND_NUM_LET;
  if (/\p{Nd}/u.test(ch)) return NUMERIC;
  if (/[\p{L}\p{Nl}]/u.test(ch)) return LETTER;
  return OTHER;
}

function classOf(cp: number): number {
  let c = classCache.get(cp);
  if (c === undefined) {
    c = classOfSlow(cp);
    classCache.set(cp, c);
  }
  return c;
}

const ASCII = Uint8Array.from({ length: 128 }, (_, cp) => classOfSlow(cp));

const isWordClass = (c: number) => c === LETTER || c === NUMERIC || c === EXTEND_NUM_LET;

/** The UAX #29 scan for texts without unspaced scripts. */
function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  // Class and length of the code point at i, read into these two.
  let cls = 0;
  let len = 1;
  const read = (at: number) => {
    const code = text.charCodeAt(at);
    if (code < 128) {
      cls = ASCII[code] ?? OTHER;
      len = 1;
      return;
    }
    const cp = text.codePointAt(at) ?? code;
    len = cp > 0xffff ? 2 : 1;
    cls = classOf(cp);
  };
  /** Skips Extend characters from `at`; returns the offset after them. */
  const skipExtend = (at: number) => {
    while (at < n) {
      read(at);
      if (cls !== EXTEND) break;
      at += len;
    }
    return at;
  };
  while (i < n) {
    const start = i;
    read(i);
    const first = cls;
    i += len;
    if (first === CR) {
      if (i < n && text.charCodeAt(i) === 0x0a) i++;
      tokens.push({ start, end: i, kind: 'space' });
      continue;
    }
    if (first === LF || first === NEWLINE) {
      tokens.push({ start, end: i, kind: 'space' });
      continue;
    }
    if (first === SEG_SPACE) {
      while (i < n) {
        read(i);
        if (cls !== SEG_SPACE) break;
        i += len;
      }
      i = skipExtend(i);
      tokens.push({ start, end: i, kind: isSpace(text.slice(start, i)) ? 'space' : 'punct' });
      continue;
    }
    let lastEnd = i;
    i = skipExtend(i);
    if (!isWordClass(first)) {
      tokens.push({ start, end: i, kind: isSpace(text.slice(start, i)) ? 'space' : 'punct' });
      continue;
    }
    // A word: letters, digits and connectors, joined across a middle character when the
    // characters on both sides allow it.
    let last = first;
    let wordLike = first !== EXTEND_NUM_LET;
    let parts = 1;
    while (i < n) {
      read(i);
      const c = cls;
      const cLen = len;
      if (isWordClass(c)) {
        lastEnd = i + cLen;
        i = skipExtend(lastEnd);
        last = c;
        wordLike ||= c !== EXTEND_NUM_LET;
        parts++;
        continue;
      }
      if (c === MID_LETTER || c === MID_NUM_LET || c === MID_NUM) {
        const after = skipExtend(i + cLen);
        if (after >= n) break;
        read(after);
        const next = cls;
        const letters = last === LETTER && next === LETTER && (c === MID_LETTER || c === MID_NUM_LET);
        const digits = last === NUMERIC && next === NUMERIC && (c === MID_NUM || c === MID_NUM_LET);
        if (!letters && !digits) break;
        i = after;
        continue;
      }
      break;
    }
    // A lone connector ("_") is no word; a run of them ("____", a blank to fill in) is. Like
    // ICU, a word ending in a connector with a mark after it is none either.
    const endsOddly = last === EXTEND_NUM_LET && i > lastEnd;
    const kind = (wordLike || parts > 1) && !endsOddly ? 'word' : isSpace(text.slice(start, i)) ? 'space' : 'punct';
    tokens.push({ start, end: i, kind });
  }
  return tokens;
}

const SPACE = /^\s+$/u;

function isSpace(segment: string): boolean {
  return SPACE.test(segment);
}

// V8's segmenter slows down more than linearly on long strings, so long texts are cut at
// whitespace (always a word boundary) into chunks of about this many characters.
const CHUNK = 800;

let segmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return segmenter;
}

/** Intl.Segmenter's tokens; exported so a test can hold the scan to them. */
export function segmenterTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  while (from < text.length) {
    const to = chunkEnd(text, from);
    for (const s of wordSegmenter().segment(text.slice(from, to))) {
      const start = from + s.index;
      const end = start + s.segment.length;
      const kind: TokenKind = s.isWordLike ? 'word' : isSpace(s.segment) ? 'space' : 'punct';
      // The segmenter returns a run of spaces as one segment but "?!" as two; keep both as is.
      tokens.push({ start, end, kind });
    }
    from = to;
  }
  return tokens;
}

function chunkEnd(text: string, from: number): number {
  if (text.length - from <= CHUNK) return text.length;
  // The last whitespace before the chunk size, else the first after it.
  for (let i = from + CHUNK; i > from + CHUNK / 2; i--) if (isSpaceCode(text.charCodeAt(i))) return i;
  for (let i = from + CHUNK; i < Math.min(text.length, from + CHUNK * 4); i++) if (isSpaceCode(text.charCodeAt(i))) return i;
  // No whitespace for a long stretch (CJK text): cut anyway; a word may split at the cut.
  return Math.min(text.length, from + CHUNK);
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2029 || code === 0x3000;
}
