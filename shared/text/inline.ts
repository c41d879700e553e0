/**
 * Markdown inside a paragraph, read the way it renders: `*italic*`, `**bold**`, `[text](url)`
 * and reference links become plain text with inline marks; `\.` and other escapes lose their
 * backslash; `[^1]` footnote references become the marker `[1]` the rest of the reader knows.
 * Square brackets that are not links stay as written: in a negotiation text they are brackets.
 * Emphasis follows CommonMark's delimiter rules closely enough for converter output (pandoc).
 */
import type { InlineMark } from '../model';
import { markerOfLabel } from './footnotes';

/** A paragraph's text as a reader sees it, and the marks over it. */
export interface InlineText {
  text: string;
  marks: InlineMark[];
}

/** Addresses of reference links ("[source]: http://..."), by lower-cased label. */
export type LinkTargets = ReadonlyMap<string, string>;

interface Delim {
  ch: '*' | '_';
  /** The run's index among the paragraph's pieces (its characters are not yet written). */
  at: number;
  n: number;
  open: boolean;
  close: boolean;
}

const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /[\s\u00a0]/u;
/** Character classes of the flanking rules, tested by code for ASCII: a regular expression per "*" is most of a run's cost. */
const isSpace = (ch: string) => (ch.charCodeAt(0) < 128 ? ch === ' ' || (ch >= '\t' && ch <= '\r') : SPACE.test(ch));
const isPunct = (ch: string) => {
  const code = ch.charCodeAt(0);
  if (code >= 128) return PUNCT.test(ch);
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
};
/** The characters where inline markup may start. */
const MARKUP_AT = /[\\<`[!*_]/g;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/y;
/** An autolink, as GitHub's Markdown writes a bare address: "<https://un.org/x>" is the address, linked. */
const AUTOLINK = /<((?:https?|mailto):[^\s<>]+)>/y;
const CODE = /`([^`]+)`/y;
const TARGET = /\(\s*<?([^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+"[^"]*")?\s*\)/y;
/** How many open delimiter runs a closing run looks back over for its partner. */
const MAX_OPENER_LOOKBACK = 64;
/** How deep link text is read again for marks inside it. */
const MAX_LINK_NESTING = 4;

/** Reads one paragraph of Markdown; plain text comes back unchanged with no marks. */
export function readInline(source: string, links: LinkTargets = new Map(), depth = 0): InlineText {
  if (!/[*_\\[<`]/.test(source)) return { text: source, marks: [] };
  // Every scan below is bounded or done once per paragraph: no "[", "<" or "`" may start a scan
  // to the paragraph's end, so 200 KB of "[" reads in one pass, not one per bracket.
  const closes = bracketPairs(source);
  const contentEnd = source.trimEnd().length; // past it only spaces are left
  let commentEnd = -2; // where the next "-->" stands (-1: none left), looked up once
  // Pieces of output text; a delimiter run is a piece whose characters are decided at the end.
  const pieces: (string | Delim)[] = [];
  const marks: { open: Delim | number; close: Delim | number; type: InlineMark['type']; href?: string; inner?: InlineMark[] }[] = [];
  let text = '';
  const flush = () => {
    if (text) pieces.push(text);
    text = '';
  };
  for (let i = 0; i < source.length; ) {
    const c = source[i] ?? '';
    if (c === '\\' && i + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[i + 1] ?? '')) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    // Pandoc reads "\ " as a non-breaking space: a reader sees a space, not a backslash.
    if (c === '\\' && source[i + 1] === ' ') {
      text += ' ';
      i += 2;
      continue;
    }
    if (c === '<') {
      if (source.startsWith('<!--', i)) {
        if (commentEnd !== -1 && commentEnd < i) commentEnd = source.indexOf('-->', i + 4);
        if (commentEnd !== -1) {
          i = commentEnd + 3;
          continue;
        }
      }
      AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(source);
      if (auto) {
        flush();
        marks.push({ open: pieces.length, close: pieces.length, type: 'link', href: auto[1] ?? '' });
        pieces.push(auto[1] ?? '');
        i += auto[0].length;
        continue;
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(source);
      if (tag) {
        i += tag[0].length;
        continue;
      }
    }
    if (c === '`') {
      // pandoc's own Markdown writes raw HTML as "`<sup>`{=html}": a tag, dropped like any other.
      const raw = /^`<\/?[a-zA-Z][a-zA-Z0-9]*>`\{=html\}/.exec(source.slice(i));
      if (raw) {
        i += raw[0].length;
        continue;
      }
      CODE.lastIndex = i;
      const code = CODE.exec(source);
      if (code) {
        text += code[1];
        i += code[0].length;
        continue;
      }
    }
    if (c === '[' || (c === '!' && source[i + 1] === '[')) {
      const link = readLink(source, c === '!' ? i + 1 : i, links, closes);
      if (link?.note) {
        // A reference stands glued to what it annotates ("[Article 6]. [^12]" cites from "6].").
        text = text.trimEnd() + link.text;
        i = link.end;
        continue;
      }
      if (link) {
        // Link text is read again for its own marks, but only a few levels deep ("[[[[...]]]]" is not prose).
        const inner = depth < MAX_LINK_NESTING ? readInline(link.text, links, depth + 1) : { text: link.text, marks: [] };
        flush();
        const from = pieces.length;
        pieces.push(inner.text);
        if (link.href !== undefined && inner.text) marks.push({ open: from, close: from, type: 'link', href: link.href, inner: inner.marks });
        else if (inner.marks.length) marks.push({ open: from, close: from, type: 'italic', inner: inner.marks });
        i = link.end;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      let j = i;
      while (source[j] === c) j++;
      const before = source[i - 1] ?? ' ';
      const after = source[j] ?? ' ';
      const spaceBefore = isSpace(before);
      const spaceAfter = isSpace(after);
      const punctBefore = isPunct(before);
      const punctAfter = isPunct(after);
      const leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
      const rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
      const open = c === '*' ? leftFlanking : leftFlanking && (!rightFlanking || punctBefore);
      // Converters leave "*(definitions) *" at a line's end: a run closing the text closes emphasis.
      // and "**Cooperation with Kenya: ** In cooperation" mid-line.
      const last = spaceBefore && (j >= contentEnd || (j - i >= 2 && spaceAfter));
      const close = last || (c === '*' ? rightFlanking : rightFlanking && (!leftFlanking || punctAfter));
      if (open || close) {
        flush();
        pieces.push({ ch: c, at: pieces.length, n: j - i, open, close });
      } else {
        text += source.slice(i, j);
      }
      i = j;
      continue;
    }
    // Plain text up to the next character that may start markup, in one piece: a string grown
    // one character at a time is a rope of one-character pieces.
    // test() moves lastIndex past the one character found, without building a match.
    MARKUP_AT.lastIndex = i + 1;
    const j = MARKUP_AT.test(source) ? MARKUP_AT.lastIndex - 1 : source.length;
    text += source.slice(i, j);
    i = j;
  }
  flush();
  matchEmphasis(pieces, marks);
  return flatten(pieces, marks);
}

/** A link starting at `i` ("[text](url)", "[text][label]", "[label]", "[^1]"), or undefined. */
function readLink(source: string, i: number, links: LinkTargets, closes: BracketPairs): { text: string; href?: string; note?: boolean; end: number } | undefined {
  const close = closes.get(i) ?? -1;
  if (close < 0) return undefined;
  const inner = source.slice(i + 1, close);
  const note = /^\^([^\]\s]+)$/.exec(inner);
  if (note) return { text: markerOfLabel(note[1] ?? ''), note: true, end: close + 1 };
  if (source[close + 1] === '(') {
    TARGET.lastIndex = close + 1;
    const target = TARGET.exec(source);
    if (target) return { text: inner, href: target[1] ?? '', end: close + 1 + target[0].length };
  }
  if (source[close + 1] === '[') {
    const end = closes.get(close + 1) ?? -1;
    const label = end > 0 ? source.slice(close + 2, end) : '';
    const href = links.get((label || inner).toLowerCase());
    if (end > 0 && href !== undefined) return { text: inner, href, end: end + 1 };
    return undefined;
  }
  const href = links.get(inner.toLowerCase());
  return href !== undefined ? { text: inner, href, end: close + 1 } : undefined;
}

/** Where each "[" that is closed finds its "]", by the index of the "[". */
type BracketPairs = ReadonlyMap<number, number>;

/** What bracketPairs gives a text without "[": nothing is ever looked up in it. */
const NO_BRACKETS: BracketPairs = new Map();

/**
 * For each "[" of `source` that is closed, the index of its matching "]", in one pass; escaped
 * brackets skipped. A map, not an array as long as the text: paragraphs have few brackets.
 */
function bracketPairs(source: string): BracketPairs {
  if (!source.includes('[')) return NO_BRACKETS;
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let k = 0; k < source.length; k++) {
    const ch = source.charCodeAt(k);
    if (ch === 92) k++;
    else if (ch === 91) open.push(k);
    else if (ch === 93) {
      const at = open.pop();
      if (at !== undefined) closes.set(at, k);
    }
  }
  return closes;
}

/** Pairs closing runs with the nearest opening run of the same character, innermost first. */
function matchEmphasis(pieces: (string | Delim)[], marks: { open: Delim | number; close: Delim | number; type: InlineMark['type'] }[]): void {
  const openers: Delim[] = [];
  for (const piece of pieces) {
    if (typeof piece === 'string') continue;
    if (piece.close) {
      // Only the nearest openers are tried: a run of unmatched "*_*_" must not make each closer scan them all.
      for (let k = openers.length - 1; k >= Math.max(0, openers.length - MAX_OPENER_LOOKBACK) && piece.n > 0; k--) {
        const opener = openers[k] as Delim;
        if (opener.ch !== piece.ch || opener.n === 0) continue;
        // CommonMark's "multiple of 3" rule, which keeps "***a**" from pairing oddly.
        if ((opener.close || piece.open) && (opener.n + piece.n) % 3 === 0 && (opener.n % 3 !== 0 || piece.n % 3 !== 0)) continue;
        while (opener.n > 0 && piece.n > 0) {
          const use = opener.n >= 2 && piece.n >= 2 ? 2 : 1;
          opener.n -= use;
          piece.n -= use;
          marks.push({ open: opener, close: piece, type: use === 2 ? 'bold' : 'italic' });
        }
        openers.splice(k + 1);
        if (opener.n === 0) openers.splice(k, 1);
      }
    }
    if (piece.open && piece.n > 0) openers.push(piece);
  }
}

/**
 * Where each piece starts and ends in the text, by piece index (a run's `at` is its index): one
 * pair of arrays for every paragraph, grown as needed (flatten never runs inside itself), instead
 * of two typed arrays made for each of thousands of paragraphs.
 */
let pieceStarts = new Int32Array(256);
let pieceEnds = new Int32Array(256);

/** Writes the pieces out (unused delimiters as literal characters) and places the marks. */
function flatten(pieces: (string | Delim)[], marks: { open: Delim | number; close: Delim | number; type: InlineMark['type']; href?: string; inner?: InlineMark[] }[]): InlineText {
  if (pieces.length > pieceStarts.length) {
    pieceStarts = new Int32Array(pieces.length * 2);
    pieceEnds = new Int32Array(pieces.length * 2);
  }
  const starts = pieceStarts;
  const ends = pieceEnds;
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as string | Delim;
    // A doubled run that pairs with nothing is a converter's stray bold mark, not text.
    const part = typeof piece === 'string' ? piece : piece.n < 2 ? piece.ch.repeat(piece.n) : '';
    starts[index] = length;
    parts.push(part);
    length += part.length;
    ends[index] = length;
  }
  const out: InlineMark[] = [];
  for (const m of marks) {
    const isRange = typeof m.open === 'number';
    const from = typeof m.open === 'number' ? (starts[m.open] ?? 0) : (ends[m.open.at] ?? 0);
    const to = typeof m.close === 'number' ? (ends[m.close] ?? 0) : (starts[m.close.at] ?? 0);
    if (m.href !== undefined && to > from) out.push({ from, to, type: 'link', href: m.href });
    else if (!isRange && to > from) out.push({ from, to, type: m.type });
    for (const inner of m.inner ?? []) out.push({ ...inner, from: inner.from + from, to: inner.to + from });
  }
  return { text: parts.join(''), marks: normalizeMarks(out) };
}

/** Marks in order, with touching or overlapping marks of one kind (and address) merged. */
export function normalizeMarks(marks: InlineMark[]): InlineMark[] {
  // Most paragraphs have no mark or one: nothing to sort or merge.
  if (marks.length === 0) return [];
  if (marks.length === 1) {
    const only = marks[0] as InlineMark;
    return only.to > only.from ? [{ ...only }] : [];
  }
  const sorted = marks.filter((m) => m.to > m.from).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: InlineMark[] = [];
  // Marks of one kind in `out` never touch, so only the last of each kind can take the next one.
  const last = new Map<string, InlineMark>();
  for (const m of sorted) {
    const key = `${m.type}\u0000${m.href ?? ''}`;
    const same = last.get(key);
    if (same && same.to >= m.from) same.to = Math.max(same.to, m.to);
    else {
      const copy = { ...m };
      out.push(copy);
      last.set(key, copy);
    }
  }
  return out;
}

/** The marks of `text` that fall in [from, to), shifted to start at `from`. */
export function sliceMarks(marks: readonly InlineMark[], from: number, to: number): InlineMark[] {
  const out: InlineMark[] = [];
  for (const m of marks) {
    const a = Math.max(m.from, from);
    const b = Math.min(m.to, to);
    if (b > a) out.push({ ...m, from: a - from, to: b - from });
  }
  return out;
}
