/**
 * Sentence boundaries in declaration prose. A full stop ends a sentence only when what follows
 * starts a new one (a capital, a digit, an opening quote or bracket) and what precedes is not an
 * abbreviation: "U.N.", "e.g.", "No. 5", "Art. 3" and numbers such as "1.5" stay inside.
 */
import type { Span } from '../model';

// Abbreviations that are not sentence ends even before a capital, compared in lower case
// without their final dot.
const ABBREVIATIONS = new Set(
  [
    'e.g', 'i.e', 'cf', 'viz', 'vs', 'no', 'nos', 'art', 'arts', 'para', 'paras', 'p', 'pp', 'vol', 'ch', 'sec', 'fig',
    'mr', 'mrs', 'ms', 'dr', 'prof', 'h.e', 'st', 'gen', 'amb', 'approx', 'incl', 'jan', 'feb', 'apr', 'aug', 'sept',
    'oct', 'nov', 'dec', 'corp', 'ltd', 'co', 'rev', 'res', 'doc',
  ],
);

// A sentence-ending mark, closing quotes or brackets after it, then the space before the next.
const END = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Whether the dot at `dot` closes an abbreviation or an initial rather than a sentence. */
function isAbbreviationDot(text: string, dot: number): boolean {
  // Seven letters or more before the dot are no abbreviation of the list nor an initial: most
  // sentence ends, decided without the regexes.
  let letters = 0;
  while (letters < 7 && isAsciiLetter(text.charCodeAt(dot - 1 - letters))) letters++;
  if (letters === 7) return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const token = (before[1] ?? '').replace(/^\.+/, '');
  // A single letter or dotted initials: "U.N.", "U.S.", "H.E.", "J. Smith".
  if (/^(\p{L}\.)*\p{L}$/u.test(token) && token.replace(/\./g, '').length <= 3 && /\p{Lu}/u.test(token)) return true;
  return ABBREVIATIONS.has(token.toLowerCase());
}

/** The sentences of a paragraph as spans into it, trimmed, in order; never empty pieces. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(END)) {
    const mark = match[0];
    if (mark.startsWith('.') && mark.length === 1 && isAbbreviationDot(text, match.index)) continue;
    pushTrimmed(text, start, match.index + mark.length, spans);
    start = match.index + mark.length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

/** The sentences of a paragraph as strings. */
export function sentencesOf(text: string): string[] {
  return sentenceSpans(text).map((span) => text.slice(span.start, span.end));
}

function pushTrimmed(text: string, start: number, end: number, into: Span[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) into.push({ start: s, end: e });
}
