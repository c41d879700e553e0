/**
 * The comparison engine's entry point: aligns the paragraphs of two sides, diffs the words of
 * every aligned pair, and returns rows in document order with a summary. Pure and bounded by
 * a time budget: past it, pairs stay whole and the result says so in `notice`.
 */
import { alignParagraphs } from './align';
import { detailChanges, markEmphasisChanges } from './details';
import { annotateBrackets } from './brackets';
import type { AlignedRow } from './align';
import { hashedKeys, leadingNumberLength, paragraphKey } from './normalize';
import { isBuiltSide } from './side';
import { summarize } from './summary';
import { CompareOptions, CompareSide } from './schemas';
import type { Comparison, IgnoreOptions, ParagraphSpan, Row, WordOp } from './schemas';
import { diffHunks, wholeReplacement } from './words';
import type { Hunk } from './words';
import { issuesText } from '../issues';

/** How long a comparison may take when the caller does not say. */
export const DEFAULT_BUDGET_MS = 4000;

/** Joins the paragraphs of a split or merge so they can be diffed as one text. */
const JOINT = '\u2029';

/** Compares two declarations (or versions, or texts) paragraph by paragraph, then word by word. */
export function compareDeclarations(a: CompareSide, b: CompareSide, opts: CompareOptions = {}): Comparison {
  const started = performance.now();
  const sideA = isBuiltSide(a) ? a : parseOrExplain(CompareSide, a, 'the old side');
  const sideB = isBuiltSide(b) ? b : parseOrExplain(CompareSide, b, 'the new side');
  const { ignore, budgetMs } = parseOrExplain(CompareOptions, opts, 'the comparison options');
  const deadline = started + (budgetMs ?? DEFAULT_BUDGET_MS);
  const textsA = sideA.paragraphs.map((p) => p.text);
  const textsB = sideB.paragraphs.map((p) => p.text);
  const [keysA, keysB] = paragraphKeys(textsA, textsB, ignore);
  const alignment = alignParagraphs(
    keysA,
    keysB,
    textsA,
    textsB,
    deadline,
  );
  let wordsComplete = true;
  const rows = alignment.rows.map((r): Row => {
    const mapA = new JointMap(r.a, sideA, ignore);
    const mapB = new JointMap(r.move?.end === 'from' ? [] : r.b, sideB, ignore);
    const hunks = rowHunks(mapA.joined, mapB.joined, ignore, deadline);
    if (!hunks) wordsComplete = false;
    return toRow(r, hunks ?? wholeReplacement(mapA.joined, mapB.joined), mapA, mapB, sideA, sideB, ignore);
  });
  linkMoves(rows);
  annotateBrackets(rows, sideA, sideB, deadline);
  if (!ignore.emphasis) markEmphasisChanges(rows, sideA, sideB);
  const notice = alignment.complete && wordsComplete ? undefined : budgetNotice(budgetMs ?? DEFAULT_BUDGET_MS, alignment.complete);
  const details = detailChanges(sideA.details, sideB.details);
  return {
    a: { title: sideA.title, paragraphs: sideA.paragraphs.length },
    b: { title: sideB.title, paragraphs: sideB.paragraphs.length },
    ignore,
    rows,
    summary: summarize(rows, textsA, textsB),
    ...(notice ? { notice } : {}),
    ...(details.length > 0 ? { details } : {}),
    elapsedMs: performance.now() - started,
  };
}

/**
 * Both sides' paragraph keys; when keys are hashes, a paragraph the new side kept verbatim (most
 * are) reuses its old key. Other keys are the text itself or a slice of it, cheaper to take again
 * than to look up.
 */
function paragraphKeys(textsA: string[], textsB: string[], ignore: IgnoreOptions): [string[], string[]] {
  if (!hashedKeys(ignore)) return [textsA.map((t) => paragraphKey(t, ignore)), textsB.map((t) => paragraphKey(t, ignore))];
  const known = new Map<string, string>();
  const keysA = textsA.map((t) => {
    const key = paragraphKey(t, ignore);
    known.set(t, key);
    return key;
  });
  return [keysA, textsB.map((t) => known.get(t) ?? paragraphKey(t, ignore))];
}

function parseOrExplain<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`Cannot compare: ${what} is not valid (${issuesText(result.error, 3)}).`);
}

function budgetNotice(budgetMs: number, aligned: boolean): string {
  const what = aligned ? 'Some changed paragraphs are shown whole' : 'Edited and moved paragraphs were not looked for, and changed paragraphs are shown whole';
  return `These texts took longer than the ${Math.round(budgetMs)} ms budget to compare word by word. ${what}: the comparison is at paragraph level there. Compare smaller parts, or allow more time.`;
}

/** The hunks of one row's joined texts; undefined when the deadline left no time for its words. */
function rowHunks(a: string, b: string, ignore: IgnoreOptions, deadline: number): Hunk[] | undefined {
  if (a === b) return [{ kind: 'equal', aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length, aWords: 0, bWords: 0 }];
  if (a === '' || b === '') return wholeReplacement(a, b);
  if (performance.now() > deadline) return undefined;
  return diffHunks(a, b, ignore, deadline);
}

/** Turns a row's hunks into word operations located in the original paragraphs. */
function toRow(r: AlignedRow, hunks: Hunk[], mapA: JointMap, mapB: JointMap, a: CompareSide, b: CompareSide, ignore: IgnoreOptions): Row {
  const toB = r.move?.end === 'from' ? [] : r.b;
  const ops: WordOp[] = [];
  let changed = false;
  for (const h of hunks) {
    if (h.kind === 'equal') {
      ops.push(...equalOps(h, mapA, mapB));
      continue;
    }
    changed = true;
    for (const s of mapA.pieces(h.aStart, h.aEnd)) ops.push({ kind: 'delete', text: s.text, a: span(s) });
    for (const s of mapB.pieces(h.bStart, h.bEnd)) ops.push({ kind: 'insert', text: s.text, b: span(s) });
  }
  const numberA = r.a.length ? a.paragraphs[r.a[0] ?? 0]?.number : undefined;
  const numberB = toB.length ? b.paragraphs[toB[0] ?? 0]?.number : undefined;
  const renumbered = !ignore.numbering && !r.move && r.a.length > 0 && toB.length > 0 && (numberA ?? '') !== (numberB ?? '');
  let kind = r.kind;
  if (!changed && !renumbered && kind === 'changed') kind = 'equal';
  if ((changed || renumbered) && kind === 'equal') kind = 'changed';
  if (!changed && kind === 'moved-changed' && r.move?.end === 'to') kind = 'moved';
  if (changed && kind === 'moved' && r.move?.end === 'to') kind = 'moved-changed';
  return {
    kind,
    a: r.a,
    b: r.b,
    aIds: r.a.map((i) => a.paragraphs[i]?.id ?? ''),
    bIds: r.b.map((j) => b.paragraphs[j]?.id ?? ''),
    ops,
    ...(numberA !== undefined || numberB !== undefined ? { number: { a: numberA, b: numberB, changed: renumbered } } : {}),
    ...(r.move ? { move: { ...r.move, peer: 0 } } : {}),
    where: places(placeOf(r.a, a), placeOf(toB, b)),
  };
}

/** The place of a row's paragraphs on one side: "OP 3", or "OP 3 + OP 4" for a merge or split. */
function placeOf(indices: number[], side: CompareSide): string | undefined {
  if (indices.length === 0) return undefined;
  return indices.length === 1 ? paragraphPlace(side, indices[0] ?? 0) : indices.map((i) => paragraphPlace(side, i)).join(' + ');
}

/** Sides built without places (an API caller's own paragraphs) fall back on their numbers. */
function paragraphPlace(side: CompareSide, i: number): string {
  const p = side.paragraphs[i];
  return p?.place ?? (p?.number ? `para ${p.number.replace(/[.):]+$/u, '')}` : `¶ ${i + 1}`);
}

/** A row's `where`, with only the sides it has (built directly: spreads cost a row each time). */
function places(a: string | undefined, b: string | undefined): { a?: string; b?: string } {
  const where: { a?: string; b?: string } = {};
  if (a !== undefined) where.a = a;
  if (b !== undefined) where.b = b;
  return where;
}

/**
 * Equal text, cut wherever either side changes paragraph (a split or merge). Equal text has
 * nearly the same length on both sides, so a cut on one side maps across by its offset.
 */
function equalOps(h: Hunk, mapA: JointMap, mapB: JointMap): WordOp[] {
  const lengthA = h.aEnd - h.aStart;
  const lengthB = h.bEnd - h.bStart;
  // One paragraph each side and the same length (most rows): one stretch, nothing to cut.
  const [pa, pb] = [mapA.only(), mapB.only()];
  if (pa !== undefined && pb !== undefined && lengthA === lengthB && lengthA > 0) {
    return [{ kind: 'equal', text: mapB.joined.slice(h.bStart, h.bEnd), a: { p: pa, start: h.aStart, end: h.aEnd }, b: { p: pb, start: h.bStart, end: h.bEnd } }];
  }
  const cuts = new Set<number>([0]);
  // Cut where each piece starts, and where one ends before the stretch does (at a joint), so a
  // joint's neighbourhood is a stretch of its own.
  for (const s of mapA.pieces(h.aStart, h.aEnd)) cuts.add(s.at - h.aStart).add(Math.min(lengthA, s.at + s.text.length - h.aStart));
  for (const s of mapB.pieces(h.bStart, h.bEnd)) cuts.add(s.at - h.bStart).add(Math.min(lengthB, s.at + s.text.length - h.bStart));
  cuts.delete(lengthA);
  cuts.delete(lengthB);
  const sorted = [...cuts].filter((c) => c < Math.max(lengthA, lengthB)).sort((x, y) => x - y);
  const ops: WordOp[] = [];
  sorted.forEach((from, k) => {
    const to = sorted[k + 1];
    const sa = mapA.pieces(h.aStart + Math.min(from, lengthA), to === undefined ? h.aEnd : h.aStart + Math.min(to, lengthA))[0];
    const sb = mapB.pieces(h.bStart + Math.min(from, lengthB), to === undefined ? h.bEnd : h.bStart + Math.min(to, lengthB))[0];
    // The space a split turned into a paragraph break (or a merge into a space) stands on one
    // side only: old text gone, or new text come, so Reject All can put it back.
    if (sa && !sb && sa.text.trim() === '') ops.push({ kind: 'delete', text: sa.text, a: span(sa) });
    else if (sb && !sa && sb.text.trim() === '') ops.push({ kind: 'insert', text: sb.text, b: span(sb) });
    else if (sa || sb) ops.push({ kind: 'equal', text: sb?.text ?? '', ...(sa ? { a: span(sa) } : {}), ...(sb ? { b: span(sb) } : {}) });
  });
  return ops;
}

/**
 * A stretch of a row's joined text within one paragraph: its text, where it starts in the
 * joined text (`at`), and its offsets in the paragraph. A paragraph number that stands inside
 * the joined text (see JointMap) is a piece at offset 0 of length 0 in its paragraph's text.
 */
interface Piece extends ParagraphSpan {
  at: number;
  text: string;
}

const span = (s: Piece): ParagraphSpan => ({ p: s.p, start: s.start, end: s.end });

/**
 * The paragraphs of one side of a row joined by JOINT, with offsets mapped back to (paragraph,
 * offset). The paragraphs after the first carry their number ("First,", "*", "3.") inside the
 * joined text, after the joint: when a merge or split moves a number into or out of the text,
 * it then reads as the same words, and a number that went with a paragraph break reads as
 * deleted rather than vanishing. Under "ignore numbering" computed numbers stay out.
 */
class JointMap {
  readonly joined: string;
  private readonly starts: number[] = [];
  private readonly numberStarts: number[] = [];
  private readonly texts: string[];
  private readonly numbers: string[];

  constructor(
    private readonly indices: number[],
    side: CompareSide,
    ignore: IgnoreOptions,
  ) {
    this.texts = indices.map((i) => side.paragraphs[i]?.text ?? '');
    this.numbers = indices.map((i, k) => {
      const n = k === 0 ? undefined : side.paragraphs[i]?.number;
      if (!n || (ignore.numbering && leadingNumberLength(`${n} `) > 0)) return '';
      return `${n} `;
    });
    let joined = '';
    this.texts.forEach((t, k) => {
      if (k > 0) joined += JOINT;
      this.numberStarts.push(joined.length);
      joined += this.numbers[k] ?? '';
      this.starts.push(joined.length);
      joined += t;
    });
    this.joined = joined;
  }

  /** The paragraph, when the row has one on this side: the joined text is then its text. */
  only(): number | undefined {
    return this.indices.length === 1 ? this.indices[0] : undefined;
  }

  /** The stretch [from, to) of the joined text as pieces within single paragraphs. */
  pieces(from: number, to: number): Piece[] {
    const out: Piece[] = [];
    this.texts.forEach((t, k) => {
      const p = this.indices[k] ?? 0;
      const ns = this.numberStarts[k] ?? 0;
      const s = this.starts[k] ?? 0;
      const n = this.numbers[k] ?? '';
      if (n) {
        const start = Math.max(from, ns);
        const end = Math.min(to, s);
        if (end > start) out.push({ p, start: 0, end: 0, at: start, text: this.joined.slice(start, end) });
      }
      const start = Math.max(from, s) - s;
      const end = Math.min(to, s + t.length) - s;
      if (end > start) out.push({ p, start, end, at: s + start, text: t.slice(start, end) });
    });
    return out;
  }
}

/** Points each end of a move at the other's row index. */
function linkMoves(rows: Row[]): void {
  const ends = new Map<number, number>();
  rows.forEach((r, k) => {
    if (!r.move) return;
    const other = ends.get(r.move.id);
    if (other === undefined) {
      ends.set(r.move.id, k);
      return;
    }
    r.move.peer = other;
    const peer = rows[other];
    if (peer?.move) peer.move.peer = k;
    // Both ends show the same kind: moved-changed if the words changed on the way.
    if (peer && r.kind !== peer.kind) {
      const kind = r.kind === 'moved-changed' || peer.kind === 'moved-changed' ? 'moved-changed' : 'moved';
      r.kind = kind;
      peer.kind = kind;
    }
  });
}
