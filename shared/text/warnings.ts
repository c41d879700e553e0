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

/**
 * Letters of the scripts declarations are written in (Latin, Greek, Cyrillic). Plain ranges, not
 * \p{L}: the editor runs these checks on every keystroke and Unicode classes are several times slower.
 */
const LETTERS = 'A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff';
/** Punctuation directly followed by a letter; which of these lack a space is decided in code. */
const PUNCT_LETTER = new RegExp(`[,;:.!?](?=[${LETTERS}])`, 'g');
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
const BLANK = /^\s+$/;

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '“': '”', '«': '»' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“', '»': '«' };
const BRACKETS = /["“”«»()[\]{}]/g;

/** "COVID-19,it", "pandemic.We", "Note:the" — but not "U.S.", "S.Rajaratnam" or "e.g.". */
function spacing(text: string, out: Sink): void {
  PUNCT_LETTER.lastIndex = 0;
  for (let m = PUNCT_LETTER.exec(text); m; m = PUNCT_LETTER.exec(text)) {
    const at = m.index;
    const p = m[0];
    const next = text[at + 1] ?? '';
    const missing =
      p === ',' || p === ';' ? true
      : p === ':' ? LETTER.test(text[at + 2] ?? '')
      : LOWER.test(text[at - 1] ?? '') && LOWER.test(text[at - 2] ?? '') && UPPER.test(next) && LOWER.test(text[at + 2] ?? '');
    if (!missing) continue;
    if (out.take()) out.items.push({ kind: 'missing-space', span: { start: at, end: at + 2 }, message: `No space after “${p}” before “${next}”.`, suggestion: `${p} ${next}` });
  }
}

/**
 * 1 for the letters of LETTERS, by code: one load per character, where four range tests cost a
 * quarter more on a megabyte; scanning words by hand allocates nothing per word.
 */
const LETTER_CODES = new Uint8Array(0x10000);
LETTER_CODES.fill(1, 65, 91).fill(1, 97, 123).fill(1, 0xc0, 0x250).fill(1, 0x370, 0x500);

/**
 * Words written twice in a row ("the the"), in text[from, to), with offsets from `from`: the
 * declaration's checks scan its one flat text, which reads faster than a slice of it.
 */
function doubledWords(text: string, from: number, to: number, out: Sink): void {
  let previousStart = -1;
  let previousEnd = -1;
  for (let i = from; i < to; ) {
    if (LETTER_CODES[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < to && LETTER_CODES[text.charCodeAt(i)] === 1) i++;
    // Cheap tests first: most neighbouring words differ in length, or in their first ASCII letter.
    if (
      previousStart >= 0 &&
      i - start === previousEnd - previousStart &&
      mayBeSameLetter(text.charCodeAt(start), text.charCodeAt(previousStart)) &&
      BLANK.test(text.slice(previousEnd, start)) &&
      text.slice(start, i).toLowerCase() === text.slice(previousStart, previousEnd).toLowerCase() &&
      out.take()
    ) {
      const word = text.slice(start, i);
      out.items.push({
        kind: 'doubled-word',
        span: { start: previousEnd - from, end: i - from },
        message: `“${word}” appears twice in a row.`,
        suggestion: word,
      });
    }
    previousStart = start;
    previousEnd = i;
  }
}

/** False only for two ASCII letters that differ in more than case; other letters are left to toLowerCase. */
function mayBeSameLetter(a: number, b: number): boolean {
  return a === b || a >= 128 || b >= 128 || (a | 32) === (b | 32);
}

function balance(text: string, out: Sink): void {
  const open: { ch: string; at: number }[] = [];
  let straight = -1;
  let straightCount = 0;
  BRACKETS.lastIndex = 0;
  // test() moves lastIndex past the one-character match without building a match array per bracket.
  while (BRACKETS.test(text)) {
    const i = BRACKETS.lastIndex - 1;
    const ch = text[i] ?? '';
    if (ch === '"') {
      straightCount++;
      straight = i;
    } else if (OPENERS[ch]) open.push({ ch, at: i });
    else {
      const top = open[open.length - 1];
      if (top && top.ch === CLOSERS[ch]) open.pop();
      else if (out.take()) out.items.push(unbalanced(ch, i, `“${ch}” closes nothing.`, `Remove “${ch}” or add “${CLOSERS[ch]}” before it.`));
    }
  }
  for (const { ch, at } of open) {
    if (out.take()) out.items.push(unbalanced(ch, at, `“${ch}” is never closed.`, `Add “${OPENERS[ch]}” where the ${ch === '“' || ch === '«' ? 'quotation' : 'aside'} ends.`));
  }
  if (straightCount % 2 === 1 && out.take()) out.items.push(unbalanced('"', straight, 'An odd number of straight quotes: one is not closed.', 'Add the missing ".'));
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

/** checkBlockText of text[from, to), with offsets from `from`. */
function checkTextRange(whole: string, from: number, to: number): TextWarning[] {
  const text = from === 0 && to === whole.length ? whole : whole.slice(from, to);
  // One set of sinks serves every paragraph (checks never nest): a declaration of 10,000
  // paragraphs would otherwise build 60,000 objects only to find nothing in most.
  const [gaps, doubles, pairs] = SINKS;
  spacing(text, gaps.reset());
  doubledWords(whole, from, to, doubles.reset());
  balance(text, pairs.reset());
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
  for (const block of blocks) {
    const { body } = bodyStart(text, block);
    for (const w of checkTextRange(text, body, trimmedEnd(text, block.span.start, block.span.end))) {
      out.push({ ...w, span: { start: w.span.start + body, end: w.span.end + body }, blockId: block.id });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
