/**
 * How clause text becomes search terms: words with their offsets, folded to lower case without
 * diacritics, function words dropped, and a light English stemmer so that "politicize",
 * "politicized" and "politicization" meet on one term. The index, the query, the highlighter
 * and the similarity measures all share this one view of a text.
 */

/** A word of a text and where it stands, as UTF-16 offsets [start, end). */
export interface Word {
  text: string;
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Whether a UTF-16 code unit is part of a word; ASCII is decided without a regex. */
function isWordChar(code: number, text: string, at: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Surrogate pairs (rare letters) are tested as the pair.
  const ch = code >= 0xd800 && code <= 0xdbff ? text.slice(at, at + 2) : text.charAt(at);
  return LETTER_OR_DIGIT.test(ch);
}

/**
 * Calls `found` with the start and end of every word: letters and digits, an inner apostrophe
 * ("Leaders’", "It's") kept inside; the scan stops when `found` returns true. A hand-written scan: the Unicode-class regex it replaces
 * was a fifth of the index build time.
 */
export function scanWords(text: string, found: (start: number, end: number) => boolean | void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordChar(code, text, i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && (code === 39 || code === 0x2019) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1), text, i + 1)) continue;
    if (start >= 0) {
      if (found(start, i) === true) return;
      start = -1;
    }
  }
}

/** The words of a text with their offsets, punctuation and spaces left out. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  scanWords(text, (start, end) => void words.push({ text: text.slice(start, end), start, end }));
  return words;
}

/** Lower case, no diacritics, no possessive "'s": the form two spellings of a word share. */
export function foldWord(word: string): string {
  // Plain ASCII words, nearly all of them in English texts, need no Unicode normalization.
  if (/^[A-Za-z0-9]*$/.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

// Words too common in declarations to tell clauses apart; phrase queries still see them
// because phrases are checked against the real text.
const STOP_WORDS = new Set(
  'a an and are as at be been by for from has have in into is it its of on or that the this to was were which with'.split(' '),
);

/** True for a function word the index leaves out. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}

const VOWEL = /[aeiouy]/;

// Derivational endings, longest first; each maps the derived word onto its base.
const DERIVATIONS = ['izations', 'isations', 'ization', 'isation', 'ational', 'ations', 'ation', 'ative', 'ativ', 'ments', 'ment', 'ness', 'iz', 'at'];

/**
 * A light stemmer: inflection (plural, -ed, -ing) first, then a final "e" and a few derivational
 * endings. It only needs to be consistent, since index and query go through it alike; a
 * stem shorter than four letters is never produced, so short words stay as they are.
 */
export function stem(folded: string): string {
  let w = folded;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const ending of ['ing', 'ed']) {
    const base = w.slice(0, -ending.length);
    if (w.endsWith(ending) && base.length >= 3 && VOWEL.test(base)) {
      w = /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  for (const ending of DERIVATIONS) {
    if (w.endsWith(ending) && w.length - ending.length >= 4) {
      w = w.slice(0, -ending.length);
      break;
    }
  }
  return w;
}

// Letters of an ending a word being typed must have begun before its completion is guessed:
// one letter ("nationa", "a" of "-ational") guesses too much.
const MIN_ENDING_TYPED = 2;

/**
 * The words a word being typed may complete to whose stem it has already typed past, each with
 * that stem: "adaptati" for "adaptation" (stem "adapt"), which the typed letters as a prefix of
 * stems would miss. Each is the word completed by an ending of the stemmer it has begun.
 */
export function completionsPastStem(partial: string): { word: string; term: string }[] {
  const found: { word: string; term: string }[] = [];
  for (const ending of [...DERIVATIONS, 'ing']) {
    for (let typed = Math.min(ending.length, partial.length) - 1; typed >= MIN_ENDING_TYPED; typed--) {
      if (!partial.endsWith(ending.slice(0, typed))) continue;
      const word = partial + ending.slice(typed);
      const term = stem(word);
      if (!term.startsWith(partial)) found.push({ word, term });
    }
  }
  return found;
}

/** Just the words of a text, for the indexer, which needs no offsets. */
export function wordList(text: string): string[] {
  const words: string[] = [];
  scanWords(text, (start, end) => void words.push(text.slice(start, end)));
  return words;
}

/** Whether a text has at least `count` words (it stops counting there). */
export function hasWords(text: string, count: number): boolean {
  let seen = 0;
  scanWords(text, () => ++seen >= count);
  return seen >= count;
}

// Folding and stemming dominate index build time, and a library's vocabulary is small next to
// its word count, so terms are remembered (bounded, cleared when full).
const termMemo = new Map<string, string | null>();
const TERM_MEMO_LIMIT = 200_000;

/** The index term of a word, or null for a function word. */
export function termOf(word: string): string | null {
  const known = termMemo.get(word);
  if (known !== undefined) return known;
  const folded = foldWord(word);
  const term = folded === '' || isStopWord(folded) ? null : stem(folded);
  if (termMemo.size >= TERM_MEMO_LIMIT) termMemo.clear();
  termMemo.set(word, term);
  return term;
}

/** The searchable form of a word that is still being typed: folded but not stemmed. */
export function partialTermOf(word: string): string | null {
  const folded = foldWord(word);
  return folded === '' || isStopWord(folded) ? null : folded;
}
