/**
 * Splits text into words, punctuation and whitespace with Intl.Segmenter, so that "don’t",
 * "U.S", "2.3" stay whole and Chinese or Thai text splits into words instead of one long run.
 */

/** What a token is, for the diff: words and punctuation are compared, whitespace sits between. */
export type TokenKind = 'word' | 'punct' | 'space';

/** A token as offsets into the text it came from. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
}

// V8's segmenter slows down more than linearly on long strings, so long texts are cut at
// whitespace (always a word boundary) into chunks of about this many characters.
const CHUNK = 800;

let segmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return segmenter;
}

const SPACE = /^\s+$/u;

/** Tokenizes `text`; the tokens cover it completely, in order, without overlap. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let from = 0;
  while (from < text.length) {
    const to = chunkEnd(text, from);
    for (const s of wordSegmenter().segment(text.slice(from, to))) {
      const start = from + s.index;
      const end = start + s.segment.length;
      const kind: TokenKind = s.isWordLike ? 'word' : SPACE.test(s.segment) ? 'space' : 'punct';
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
  for (let i = from + CHUNK; i > from + CHUNK / 2; i--) if (isSpace(text.charCodeAt(i))) return i;
  for (let i = from + CHUNK; i < Math.min(text.length, from + CHUNK * 4); i++) if (isSpace(text.charCodeAt(i))) return i;
  // No whitespace for a long stretch (CJK text): cut anyway; a word may split at the cut.
  return Math.min(text.length, from + CHUNK);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2029 || code === 0x3000;
}
