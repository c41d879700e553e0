/**
 * Step 5 of reading: things that look wrong, reported and never changed. Checks inside one
 * block's text (spacing, doubled words, quotes, brackets) are cheap enough for the editor to run
 * on every keystroke; checks across blocks look at the numbering (gaps, restarts, glued numbers).
 */
import type { Block, TextWarning } from '../model';
import { withoutSuffix } from './numbers';
import { trimmedEnd } from './spaces';

type Found = Omit<TextWarning, 'blockId'>;

/** The most warnings one paragraph lists; past it, one more says how many were left out. */
export const MAX_BLOCK_WARNINGS = 50;

/**
 * Collects a check's warnings up to MAX_BLOCK_WARNINGS and counts the rest without building
 * them: a paragraph of 10,000 "]" is one problem to its author, not 10,000 underlines.
 */
class Sink {
  readonly items: Found[] = [];
  dropped = 0;
  /** Empties the sink for the next paragraph. */
  reset(): this {
    this.items.length = 0;
    this.dropped = 0;
    return this;
  }

  /** True when there is room for one more warning; otherwise counts it as dropped. */
  take(): boolean {
    if (this.items.length < MAX_BLOCK_WARNINGS) return true;
    this.dropped++;
    return false;
  }
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const BLANK = /^\s+$/;

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '«': '»' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“', '»': '«' };
const STRAIGHT_QUOTE = 34;
const OPENER_CODES = new Set(Object.keys(OPENERS).map((ch) => ch.charCodeAt(0)));
/** The opener's code of each closer's code. */
const OPENER_OF = new Map(Object.entries(CLOSERS).map(([close, open]) => [close.charCodeAt(0), open.charCodeAt(0)]));

/**
 * What each character is to the checks, by code: one load per character, where range tests and
 * a pattern per check over the same text cost twice as much on a megabyte.
 * Letters are those of the scripts declarations are written in (Latin, Greek, Cyrillic), plain
 * ranges rather than \p{L}: the editor runs these checks on every keystroke.
 */
const LETTER_CODE = 1;
/** Punctuation a space may be missing after: ",;:.!?". */
const PUNCT_CODE = 2;
/** Brackets and quotes that must pair. */
const BRACKET_CODE = 3;
const CHAR_CLASS = new Uint8Array(0x10000);
CHAR_CLASS.fill(LETTER_CODE, 65, 91).fill(LETTER_CODE, 97, 123).fill(LETTER_CODE, 0xc0, 0x250).fill(LETTER_CODE, 0x370, 0x500);
for (const ch of ',;:.!?') CHAR_CLASS[ch.charCodeAt(0)] = PUNCT_CODE;
for (const ch of '"“”«»()[]{}') CHAR_CLASS[ch.charCodeAt(0)] = BRACKET_CODE;

/** The character at `at` when it lies in [from, to), else "" (the checks see only that range). */
const charIn = (text: string, at: number, from: number, to: number): string => (at >= from && at < to ? (text[at] as string) : '');

/**
 * "COVID-19,it", "pandemic.We", "Note:the" — but not "U.S.", "S.Rajaratnam" or "e.g.": the
 * punctuation `p` at `at`, directly followed by a letter, in text[from, to).
 */
function spacing(text: string, at: number, from: number, to: number, out: Sink): void {
  const p = text[at] as string;
  const next = text[at + 1] as string;
  const missing =
    p === ',' || p === ';' ? true
    : p === ':' ? LETTER.test(charIn(text, at + 2, from, to))
    : LOWER.test(charIn(text, at - 1, from, to)) && LOWER.test(charIn(text, at - 2, from, to)) && UPPER.test(next) && LOWER.test(charIn(text, at + 2, from, to));
  if (missing && out.take()) out.items.push({ kind: 'missing-space', span: { start: at - from, end: at - from + 2 }, message: `No space after “${p}” before “${next}”.`, suggestion: `${p} ${next}` });
}

/**
 * A word written twice in a row ("the the"): the word text[start, end) after the one at
 * [previousStart, previousEnd), with offsets from `from`.
 */
function doubledWord(text: string, previousStart: number, previousEnd: number, start: number, end: number, from: number, out: Sink): void {
  // Cheap tests first: most neighbouring words differ in length, or in their first ASCII letter.
  if (
    end - start === previousEnd - previousStart &&
    mayBeSameLetter(text.charCodeAt(start), text.charCodeAt(previousStart)) &&
    BLANK.test(text.slice(previousEnd, start)) &&
    text.slice(start, end).toLowerCase() === text.slice(previousStart, previousEnd).toLowerCase() &&
    out.take()
  ) {
    const word = text.slice(start, end);
    out.items.push({ kind: 'doubled-word', span: { start: previousEnd - from, end: end - from }, message: `“${word}” appears twice in a row.`, suggestion: word });
  }
}

/** False only for two ASCII letters that differ in more than case; other letters are left to toLowerCase. */
function mayBeSameLetter(a: number, b: number): boolean {
  return a === b || a >= 128 || b >= 128 || (a | 32) === (b | 32);
}

/** Brackets and curly quotes still open, and the straight quotes, of the range being checked. */
class Pairs {
  /**
   * Character codes of the open brackets and their offsets, innermost at `depth - 1`: kept from
   * paragraph to paragraph, where emptying the arrays made new ones for each paragraph.
   */
  private readonly open: number[] = [];
  private readonly openAt: number[] = [];
  private depth = 0;
  private straight = -1;
  private straightCount = 0;

  reset(): this {
    this.depth = 0;
    this.straight = -1;
    this.straightCount = 0;
    return this;
  }

  /**
   * The bracket or quote `code` at `i` (offset from the range's start), read by code: a curly
   * quote read as a string is a new string each time.
   */
  add(code: number, i: number, out: Sink): void {
    if (code === STRAIGHT_QUOTE) {
      this.straightCount++;
      this.straight = i;
    } else if (OPENER_CODES.has(code)) {
      this.open[this.depth] = code;
      this.openAt[this.depth] = i;
      this.depth++;
    } else if (this.depth > 0 && this.open[this.depth - 1] === OPENER_OF.get(code)) {
      this.depth--;
    } else if (out.take()) {
      const ch = String.fromCharCode(code);
      out.items.push(unbalanced(ch, i, `“${ch}” closes nothing.`, `Remove “${ch}” or add “${CLOSERS[ch]}” before it.`));
    }
  }

  /** What the range left unclosed. */
  finish(out: Sink): void {
    for (let k = 0; k < this.depth; k++) {
      const ch = String.fromCharCode(this.open[k] as number);
      if (out.take()) out.items.push(unbalanced(ch, this.openAt[k] as number, `“${ch}” is never closed.`, `Add “${OPENERS[ch]}” where the ${ch === '“' || ch === '«' ? 'quotation' : 'aside'} ends.`));
    }
    if (this.straightCount % 2 === 1 && out.take()) out.items.push(unbalanced('"', this.straight, 'An odd number of straight quotes: one is not closed.', 'Add the missing ".'));
  }
}

function unbalanced(ch: string, at: number, message: string, suggestion: string): Found {
  const quote = ch === '"' || ch === '“' || ch === '”' || ch === '«' || ch === '»';
  return { kind: quote ? 'unbalanced-quote' : 'unbalanced-bracket', span: { start: at, end: at + 1 }, message, suggestion };
}

/** Warnings inside one paragraph's text, with offsets into that text; ordered by position. */
export function checkBlockText(text: string): TextWarning[] {
  return checkTextRange(text, 0, text.length);
}

const SINKS = [new Sink(), new Sink(), new Sink()] as const;
const PAIRS = new Pairs();

/**
 * checkBlockText of text[from, to), with offsets from `from`, in one scan of the range: the
 * declaration's checks read its one flat text, which reads faster than a slice of it.
 */
function checkTextRange(text: string, from: number, to: number): TextWarning[] {
  // One set of sinks serves every paragraph (checks never nest): a declaration of 10,000
  // paragraphs would otherwise build 60,000 objects only to find nothing in most.
  const gaps = SINKS[0].reset();
  const doubles = SINKS[1].reset();
  const pairs = SINKS[2].reset();
  const brackets = PAIRS.reset();
  let previousStart = -1;
  let previousEnd = -1;
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    const kind = CHAR_CLASS[code];
    if (kind === LETTER_CODE) {
      // Words are scanned by hand: nothing is allocated per word.
      const start = i;
      while (i < to && CHAR_CLASS[text.charCodeAt(i)] === LETTER_CODE) i++;
      if (previousStart >= 0) doubledWord(text, previousStart, previousEnd, start, i, from, doubles);
      previousStart = start;
      previousEnd = i;
      continue;
    }
    if (kind === PUNCT_CODE) {
      if (i + 1 < to && CHAR_CLASS[text.charCodeAt(i + 1)] === LETTER_CODE) spacing(text, i, from, to, gaps);
    } else if (kind === BRACKET_CODE) brackets.add(code, i - from, pairs);
    i++;
  }
  brackets.finish(pairs);
  if (gaps.items.length + doubles.items.length + pairs.items.length === 0) return [];
  const all = [...gaps.items, ...doubles.items, ...pairs.items].sort((a, b) => a.span.start - b.span.start);
  const shown = all.slice(0, MAX_BLOCK_WARNINGS);
  const left = all.length - shown.length + gaps.dropped + doubles.dropped + pairs.dropped;
  if (left > 0) {
    const at = shown[shown.length - 1]?.span ?? { start: 0, end: 0 };
    shown.push({ kind: 'other', span: { ...at }, message: `${left.toLocaleString('en')} more warnings in this paragraph are not listed; fix the ones shown first.` });
  }
  return shown;
}

/** Where a block's number starts in the text, and where its body (after number or marker) starts. */
function bodyStart(text: string, block: Block): { numberAt: number; body: number } {
  let at = block.span.start;
  while (at < block.span.end && /\s/.test(text[at] ?? '')) at++;
  const numberAt = at;
  const lead = block.number?.raw ?? block.marker;
  if (lead && text.startsWith(lead, at)) at += lead.length;
  return { numberAt, body: at };
}

/** Numbering warnings over a block list: glued numbers, gaps, restarts. Offsets into `text`. */
export function checkNumbering(text: string, blocks: Block[]): TextWarning[] {
  const out: TextWarning[] = [];
  const last = new Map<string, number>();
  let unnumbered = 0;
  let afterHeading = false;
  for (const block of blocks) {
    const n = block.number;
    if (!n) {
      if (block.kind === 'paragraph') unnumbered++;
      if (block.kind === 'heading') afterHeading = true;
      continue;
    }
    const at = bodyStart(text, block).numberAt;
    const span = { start: at, end: at + n.raw.length };
    if (n.glued) {
      out.push({ kind: 'glued-number', span, message: `No space between “${n.raw}” and the text.`, suggestion: `${n.raw} `, blockId: block.id });
    }
    if (n.style === 'bullet') continue;
    if (block.kind === 'heading') afterHeading = true;
    const base = withoutSuffix(n.raw);
    // "3.3bis" is inserted after "3.3" (and "(5bis)" after a 5 the draft may have cut), "3.3alt:"
    // stands beside it: neither starts, restarts nor skips a sequence.
    const inserted = base !== n.raw;
    const parent = n.style === 'multilevel' ? base.replace(/\.?\d+[.):]?$/, '') : '';
    const key = `${block.kind === 'subitem' ? 'sub' : block.kind}:${n.style}:${parent}`;
    const previous = last.get(key);
    if (block.kind === 'paragraph' || block.kind === 'heading') {
      for (const k of last.keys()) if (k.startsWith('sub:')) last.delete(k);
    }
    const between = unnumbered > 0 ? ` (${unnumbered} unnumbered paragraph${unnumbered > 1 ? 's' : ''} in between)` : '';
    if (inserted) {
      // nothing to check: the numbering around it is as the source inserted it
    } else if (previous === undefined && n.value > 1 && !(block.kind === 'paragraph' && afterHeading && last.size > 0)) {
      out.push({ kind: 'numbering-gap', span, message: `Numbering starts at ${n.value}, not 1.`, suggestion: 'Check whether paragraphs are missing before this one.', blockId: block.id });
    } else if (previous !== undefined && n.value <= previous && !(afterHeading && n.value === 1)) {
      out.push({ kind: 'numbering-restart', span, message: `Numbering goes back from ${previous} to ${n.value}.`, suggestion: `Number this ${previous + 1}.`, blockId: block.id });
    } else if (previous !== undefined && n.value > previous + 1) {
      out.push({ kind: 'numbering-gap', span, message: `Numbering jumps from ${previous} to ${n.value}${between}.`, suggestion: `Number this ${previous + 1}, or check whether paragraphs are missing.`, blockId: block.id });
    }
    last.set(key, n.value);
    if (block.kind === 'paragraph') {
      unnumbered = 0;
      afterHeading = false;
    }
  }
  return out;
}

/** Kinds of block a declaration can end on: text, not a title, signature or list. */
const RUNNING_TEXT = new Set<Block['kind']>(['preamble', 'paragraph', 'subitem']);

/**
 * A text that stops mid-sentence at its end (no closing punctuation after a long last paragraph,
 * or a word cut short): an excerpt, or a file that was cut. Reported so nobody takes it for the
 * whole declaration.
 */
function truncation(text: string, blocks: Block[]): TextWarning | undefined {
  const last = [...blocks].reverse().find((b) => b.kind !== 'footnote');
  if (!last || !RUNNING_TEXT.has(last.kind)) return undefined;
  const body = last.text.trimEnd();
  if (body.length < 60 || /[.!?;:,)\]”"’»*…]$|\[\d{1,3}\]$/.test(body)) return undefined;
  const tail = /\S+$/.exec(body)?.[0] ?? '';
  return {
    kind: 'truncated',
    span: { start: last.span.start, end: last.span.start + text.slice(last.span.start, last.span.end).trimEnd().length },
    message: `The text stops mid-sentence (“…${tail}”): it looks truncated. Check that the file holds the whole declaration.`,
    blockId: last.id,
  };
}

/** Every warning of a segmented text: numbering, then each block's own text. Offsets into `text`. */
export function checkDeclaration(text: string, blocks: Block[]): TextWarning[] {
  const out = checkNumbering(text, blocks);
  const cut = truncation(text, blocks);
  if (cut) out.push(cut);
  // Indexed loops: for-of here allocated an iterator result per block and per empty list.
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k] as Block;
    const { body } = bodyStart(text, block);
    const found = checkTextRange(text, body, trimmedEnd(text, block.span.start, block.span.end));
    for (let j = 0; j < found.length; j++) {
      const w = found[j] as TextWarning;
      out.push({ ...w, span: { start: w.span.start + body, end: w.span.end + body }, blockId: block.id });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
