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

/** Classes of the code points met so far, plus one (0: not looked up yet); the BMP in an array. */
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 0x10000) {
    let c = bmpClass[cp] ?? 0;
    if (c === 0) {
      c = classOfSlow(cp) + 1;
      bmpClass[cp] = c;
    }
    return c - 1;
  }
  let c = astralClass.get(cp);
  if (c === undefined) {
    c = classOfSlow(cp);
    astralClass.set(cp, c);
  }
  return c;
}

const ASCII = Uint8Array.from({ length: 128 }, (_, cp) => classOfSlow(cp));

const isWordClass = (c: number) => c === LETTER || c === NUMERIC || c === EXTEND_NUM_LET;

/**
 * The class of the code point at `at`, times two, plus one when it takes two UTF-16 units: one
 * number, so the scan below needs no closure over mutable state (which kept V8 from keeping
 * them in registers).
 */
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (ASCII[code] ?? OTHER) * 2;
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = text.codePointAt(at) ?? code;
    if (cp > 0xffff) return classOf(cp) * 2 + 1;
  }
  return classOf(code) * 2;
}

const classOfAt = (packed: number) => packed >> 1;
const lengthOfAt = (packed: number) => (packed & 1) + 1;

/** Skips Extend characters from `at`; returns the offset after them. */
function skipExtend(text: string, at: number, n: number): number {
  while (at < n) {
    const r = classAt(text, at);
    if (classOfAt(r) !== EXTEND) break;
    at += lengthOfAt(r);
  }
  return at;
}

/** The UAX #29 scan for texts without unspaced scripts. */
function scanTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    const r = classAt(text, i);
    const first = classOfAt(r);
    i += lengthOfAt(r);
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
        const s = classAt(text, i);
        if (classOfAt(s) !== SEG_SPACE) break;
        i += lengthOfAt(s);
      }
      const spaces = i;
      i = skipExtend(text, i, n);
      // Segment spaces are all whitespace and Extend characters none.
      tokens.push({ start, end: i, kind: i === spaces ? 'space' : 'punct' });
      continue;
    }
    let lastEnd = i;
    i = skipExtend(text, i, n);
    if (!isWordClass(first)) {
      tokens.push({ start, end: i, kind: lastEnd === i && isSpaceAt(text, start) ? 'space' : 'punct' });
      continue;
    }
    // A word: letters, digits and connectors, joined across a middle character when the
    // characters on both sides allow it.
    let last = first;
    let wordLike = first !== EXTEND_NUM_LET;
    let parts = 1;
    while (i < n) {
      const at = classAt(text, i);
      const c = classOfAt(at);
      if (isWordClass(c)) {
        lastEnd = i + lengthOfAt(at);
        i = skipExtend(text, lastEnd, n);
        last = c;
        wordLike ||= c !== EXTEND_NUM_LET;
        parts++;
        continue;
      }
      if (c === MID_LETTER || c === MID_NUM_LET || c === MID_NUM) {
        const after = skipExtend(text, i + lengthOfAt(at), n);
        if (after >= n) break;
        const next = classOfAt(classAt(text, after));
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

/** Whether the one character at `at` is whitespace (ASCII by code, the rest by the pattern). */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 9 || code === 10 || code === 11 || code === 12 || code === 13 || code === 32;
  return isSpace(String.fromCodePoint(text.codePointAt(at) ?? code));
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
