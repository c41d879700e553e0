/**
 * The word level: diffs two stretches of text token by token (jsdiff's Myers diff over the
 * token keys), then joins the result into hunks a reader can take in: whole words, deletions
 * before insertions, and a rewritten sentence shown as one replacement rather than confetti.
 */
import { diffArrays } from 'diff';
import { gapKey, keyTokens, leadingNumberLength, NO_IGNORE } from './normalize';
import type { KeyedToken } from './normalize';
import { codePointTest } from './char-class';
import { tokenize } from '../text/tokens';
import { isWhitespace } from '../text/whitespace';
import type { IgnoreOptions, WordDiff } from './schemas';

/** A stretch of both texts, as offsets: equal (same words) or changed (a replaced by b). */
export interface Hunk {
  kind: 'equal' | 'change';
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  /** Words on each side (punctuation and whitespace not counted). */
  aWords: number;
  bWords: number;
}

/** Options of the word diff; `deadline` is a performance.now() time after which it gives up. */
export interface WordDiffOptions {
  ignore?: Partial<IgnoreOptions>;
  deadline?: number;
}

/**
 * Diffs two texts word by word. Equal stretches show the new text; offsets point into `a` and
 * `b` as given. Cheap enough to run on every keystroke for a paragraph.
 */
export function wordDiff(a: string, b: string, opts: WordDiffOptions = {}): WordDiff {
  const hunks = diffHunks(a, b, { ...NO_IGNORE, ...opts.ignore }, opts.deadline) ?? wholeReplacement(a, b);
  const ops: WordDiff['ops'] = [];
  let inserted = 0;
  let deleted = 0;
  for (const h of hunks) {
    if (h.kind === 'equal') {
      ops.push({ kind: 'equal', text: b.slice(h.bStart, h.bEnd), a: { start: h.aStart, end: h.aEnd }, b: { start: h.bStart, end: h.bEnd } });
      continue;
    }
    if (h.aEnd > h.aStart) ops.push({ kind: 'delete', text: a.slice(h.aStart, h.aEnd), a: { start: h.aStart, end: h.aEnd } });
    if (h.bEnd > h.bStart) ops.push({ kind: 'insert', text: b.slice(h.bStart, h.bEnd), b: { start: h.bStart, end: h.bEnd } });
    inserted += h.bWords;
    deleted += h.aWords;
  }
  return { ops, inserted, deleted };
}

/** The pair as one replacement: what the comparison shows when it has no time for words. */
export function wholeReplacement(a: string, b: string): Hunk[] {
  // A rough count on purpose: this runs when there is no time left to tokenize properly.
  const kind = a === b ? 'equal' : 'change';
  return [{ kind, aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length, aWords: countWords(a), bWords: countWords(b) }];
}

/**
 * The hunks of a pair under the ignore switches, covering both texts end to end; undefined
 * when jsdiff passes the deadline. The stretches the two texts share verbatim at either end
 * are set aside first, so an edited paragraph costs only its edited middle.
 */
export function diffHunks(a: string, b: string, ignore: IgnoreOptions, deadline?: number): Hunk[] | undefined {
  const [head, tail] = sharedEnds(a, b);
  const numberA = ignore.numbering ? leadingNumberLength(a) : 0;
  const numberB = ignore.numbering ? leadingNumberLength(b) : 0;
  const middle = diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), ignore, Math.max(0, numberA - head), Math.max(0, numberB - head), deadline);
  if (!middle) return undefined;
  const out = new HunkBuilder();
  const headWords = countWords(a, 0, head);
  out.equal(0, head, 0, head, headWords, headWords);
  for (const h of middle) out.add(h.kind, h.aStart + head, h.aEnd + head, h.bStart + head, h.bEnd + head, h.aWords, h.bWords);
  const tailWords = countWords(a, a.length - tail);
  out.equal(a.length - tail, a.length, b.length - tail, b.length, tailWords, tailWords);
  const hunks = joinRewrites(out.hunks);
  hunks.forEach((h, k) => {
    const next = hunks[k + 1];
    if (h.kind === 'change' && next) trimSharedSpace(h, next, a, b);
  });
  return hunks;
}

/** Letters and digits make words. */
const isWordChar = codePointTest(/[\p{L}\p{N}]/u);

/**
 * Runs of letters and digits in text[from, to) (what /[\p{L}\p{N}]+/gu matches): the words of
 * a stretch, counted in one pass (it runs over every shared head and tail).
 */
export function countWords(text: string, from = 0, to = text.length): number {
  let n = 0;
  let inWord = 0;
  for (let i = from; i < to; i++) {
    let cp = text.charCodeAt(i);
    let w: number;
    if (cp < 128) w = ASCII_WORD_CHAR[cp] ?? 0;
    else {
      if (cp >= 0xd800) {
        cp = text.codePointAt(i) ?? cp;
        if (cp > 0xffff) i++;
      }
      w = isWordChar(cp) ? 1 : 0;
    }
    // Counted without a branch: word starts come too irregularly for the CPU to guess.
    n += w & (inWord ^ 1);
    inWord = w;
  }
  return n;
}

const ASCII_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, cp) => (isWordChar(cp) ? 1 : 0));

/**
 * Lengths of the verbatim prefix and suffix of two texts, cut at whitespace so no word is
 * split: the prefix ends just after a space, the suffix starts with one.
 */
function sharedEnds(a: string, b: string): [number, number] {
  const limit = Math.min(a.length, b.length);
  let head = 0;
  while (head < limit && a.charCodeAt(head) === b.charCodeAt(head)) head++;
  if (head === a.length && head === b.length) return [head, 0];
  while (head > 0 && !isWhitespace(a.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (tail < limit - head && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++;
  while (tail > 0 && !isWhitespace(a.charCodeAt(a.length - tail))) tail--;
  return [head, tail];
}

/** The hunks of the differing middle of a pair, offsets relative to it. */
function diffMiddle(a: string, b: string, ignore: IgnoreOptions, numberEndA: number, numberEndB: number, deadline?: number): Hunk[] | undefined {
  const ta = keyTokens(a, tokenize(a), ignore, numberEndA);
  const tb = keyTokens(b, tokenize(b), ignore, numberEndB);
  const sa = significantIndices(ta);
  const sb = significantIndices(tb);
  const keysA = sa.map((i) => ta[i]?.key ?? '');
  const keysB = sb.map((i) => tb[i]?.key ?? '');
  const timeout = deadline === undefined ? undefined : Math.max(1, deadline - performance.now());
  const changes = timeout === undefined ? diffArrays(keysA, keysB) : diffArrays(keysA, keysB, { timeout });
  if (!changes) return undefined;

  const out = new HunkBuilder();
  const sideA = new Side(a, ta, sa);
  const sideB = new Side(b, tb, sb);
  // Whatever stands before the first counted token (spaces, an ignored number).
  const leadA = sideA.unitStart(0);
  const leadB = sideB.unitStart(0);
  if (gapKey(ta, 0, sa[0] ?? ta.length) === gapKey(tb, 0, sb[0] ?? tb.length)) out.equal(0, leadA, 0, leadB, 0, 0);
  else out.change(0, leadA, 0, leadB, 0, 0);

  let i = 0;
  let j = 0;
  for (const c of changes) {
    for (let n = 0; n < c.count; n++) {
      if (c.added) {
        out.change(sideA.unitStart(i), sideA.unitStart(i), sideB.unitStart(j), sideB.unitStart(j + 1), 0, sideB.words(j));
        j++;
      } else if (c.removed) {
        out.change(sideA.unitStart(i), sideA.unitStart(i + 1), sideB.unitStart(j), sideB.unitStart(j), sideA.words(i), 0);
        i++;
      } else {
        const [aTokEnd, bTokEnd] = [sideA.tokenEnd(i), sideB.tokenEnd(j)];
        out.equal(sideA.unitStart(i), aTokEnd, sideB.unitStart(j), bTokEnd, sideA.words(i), sideB.words(j));
        const [aNext, bNext] = [sideA.unitStart(i + 1), sideB.unitStart(j + 1)];
        if (sideA.trailingGapKey(i) === sideB.trailingGapKey(j)) out.equal(aTokEnd, aNext, bTokEnd, bNext, 0, 0);
        else out.change(aTokEnd, aNext, bTokEnd, bNext, 0, 0);
        i++;
        j++;
      }
    }
  }
  return out.hunks;
}

/** One text's counted tokens, each owning the gap that follows it up to the next one. */
class Side {
  constructor(
    private readonly text: string,
    private readonly tokens: KeyedToken[],
    private readonly sig: number[],
  ) {}

  /** Offset where counted token `n` starts; the text's end past the last. */
  unitStart(n: number): number {
    const t = this.sig[n];
    return t === undefined ? this.text.length : (this.tokens[t]?.start ?? this.text.length);
  }

  tokenEnd(n: number): number {
    return this.tokens[this.sig[n] ?? -1]?.end ?? this.text.length;
  }

  trailingGapKey(n: number): string {
    const from = (this.sig[n] ?? this.tokens.length) + 1;
    return gapKey(this.tokens, from, this.sig[n + 1] ?? this.tokens.length);
  }

  words(n: number): number {
    return this.tokens[this.sig[n] ?? -1]?.kind === 'word' ? 1 : 0;
  }
}

function significantIndices(tokens: KeyedToken[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.significant) out.push(i);
  });
  return out;
}

/** Collects contiguous stretches into alternating equal and change hunks. */
class HunkBuilder {
  readonly hunks: Hunk[] = [];

  equal(aStart: number, aEnd: number, bStart: number, bEnd: number, aWords: number, bWords: number): void {
    this.add('equal', aStart, aEnd, bStart, bEnd, aWords, bWords);
  }

  change(aStart: number, aEnd: number, bStart: number, bEnd: number, aWords: number, bWords: number): void {
    this.add('change', aStart, aEnd, bStart, bEnd, aWords, bWords);
  }

  add(kind: Hunk['kind'], aStart: number, aEnd: number, bStart: number, bEnd: number, aWords: number, bWords: number): void {
    if (aEnd === aStart && bEnd === bStart) return;
    const last = this.hunks.at(-1);
    if (last && last.kind === kind) {
      last.aEnd = aEnd;
      last.bEnd = bEnd;
      last.aWords += aWords;
      last.bWords += bWords;
      return;
    }
    this.hunks.push({ kind, aStart, aEnd, bStart, bEnd, aWords, bWords });
  }
}

/** An equal stretch this short between two changes reads as part of one rewritten phrase. */
const SHORT_EQUAL_WORDS = 2;

/**
 * When most of a pair changed, the few words that happen to match ("the", "of") cut the
 * rewrite into fragments; fold such short equal stretches into the surrounding changes.
 */
function joinRewrites(hunks: Hunk[]): Hunk[] {
  let changed = 0;
  let total = 0;
  for (const h of hunks) {
    total += Math.max(h.aWords, h.bWords);
    if (h.kind === 'change') changed += Math.max(h.aWords, h.bWords);
  }
  if (changed * 2 <= total) return hunks;
  const out: Hunk[] = [];
  for (let k = 0; k < hunks.length; k++) {
    const h = hunks[k];
    if (!h) continue;
    const prev = out.at(-1);
    const next = hunks[k + 1];
    const fold = h.kind === 'equal' && prev?.kind === 'change' && next?.kind === 'change' && h.bWords <= SHORT_EQUAL_WORDS;
    if (prev && (fold || (h.kind === 'change' && prev.kind === 'change'))) {
      prev.aEnd = h.aEnd;
      prev.bEnd = h.bEnd;
      prev.aWords += h.aWords;
      prev.bWords += h.bWords;
    } else {
      out.push({ ...h });
    }
  }
  return out;
}

/** "cat " → "dog " reads better as "cat" → "dog" followed by an equal space. */
function trimSharedSpace(h: Hunk, next: Hunk, a: string, b: string): void {
  let n = 0;
  while (
    h.aEnd - n > h.aStart + 1 &&
    h.bEnd - n > h.bStart + 1 &&
    a[h.aEnd - n - 1] === b[h.bEnd - n - 1] &&
    /\s/u.test(a[h.aEnd - n - 1] ?? '')
  )
    n++;
  h.aEnd -= n;
  h.bEnd -= n;
  next.aStart -= n;
  next.bStart -= n;
}
