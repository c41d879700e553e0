/**
 * The paragraph level: which paragraph of the old text became which of the new. Exact matches
 * in order first (an LCS over normalized paragraph keys), then, between those anchors,
 * edited, split and merged paragraphs by word-set similarity, then moves: exact or similar
 * paragraphs found out of order anywhere in the document.
 */
import { diffArrays } from 'diff';
import { findCandidates, sharedCount, union, Vocabulary } from './similarity';
import type { Candidate } from './similarity';
import type { RowKind } from './schemas';

/** One row of the alignment; a move comes as two pieces sharing `moveId`. */
export interface AlignedRow {
  kind: RowKind;
  a: number[];
  b: number[];
  move?: { id: number; end: 'from' | 'to' };
}

export interface Alignment {
  rows: AlignedRow[];
  /** False when the deadline stopped the search for edited, split and moved paragraphs. */
  complete: boolean;
}

/** A changed paragraph needs this much of its words kept to count as the same paragraph. */
const SAME_PARAGRAPH = 0.5;
/** Out of order, a paragraph needs more in common to count as moved rather than replaced. */
const MOVED_PARAGRAPH = 0.6;
/** A part of a split must come this much from the old paragraph, and the parts rebuild it this well. */
const PART_OF = 0.75;

/**
 * Aligns two lists of paragraphs given their comparison keys (equal keys = same paragraph
 * under the ignore switches) and texts (for similarity). Stops looking for edited and moved
 * paragraphs at `deadline` (a performance.now() time) and reports what it could not find as
 * deleted and inserted.
 */
export function alignParagraphs(keysA: string[], keysB: string[], textsA: string[], textsB: string[], deadline: number): Alignment {
  const inOrder: Item[] = exactAnchors(keysA, keysB, deadline).map(([i, j]) => ({ kind: 'equal', a: [i], b: [j], weight: 1 }));
  const usedA = new Set(inOrder.map((x) => x.a[0] ?? -1));
  const usedB = new Set(inOrder.map((x) => x.b[0] ?? -1));
  const moves: [number, number, RowKind][] = [];

  // Exact moves: the same key, out of order.
  const waiting = new Map<string, number[]>();
  keysB.forEach((k, j) => {
    if (!usedB.has(j)) waiting.set(k, [...(waiting.get(k) ?? []), j]);
  });
  keysA.forEach((k, i) => {
    const j = usedA.has(i) ? undefined : waiting.get(k)?.shift();
    if (j === undefined) return;
    moves.push([i, j, 'moved']);
    usedA.add(i);
    usedB.add(j);
  });

  let complete = performance.now() < deadline;
  if (complete) {
    const vocab = new Vocabulary();
    const restA = keysA.map((_, i) => i).filter((i) => !usedA.has(i));
    const restB = keysB.map((_, j) => j).filter((j) => !usedB.has(j));
    // Word sets only for the paragraphs still unpaired: most of a long text is not.
    const setsA: Int32Array[] = [];
    const setsB: Int32Array[] = [];
    for (const i of restA) setsA[i] = vocab.wordSet(textsA[i] ?? '');
    for (const j of restB) setsB[j] = vocab.wordSet(textsB[j] ?? '');
    const candidates = findCandidates(setsA, restA, setsB, restB, SAME_PARAGRAPH * 0.8);
    complete = performance.now() < deadline;
    if (complete) {
      const gapOfA = gapIndex(inOrder.map((x) => x.a[0] ?? 0), keysA.length);
      const gapOfB = gapIndex(inOrder.map((x) => x.b[0] ?? 0), keysB.length);
      const sameGap = candidates.filter((c) => gapOfA[c.a] === gapOfB[c.b]);
      const items = [...splitsAndMerges(sameGap, setsA, setsB), ...sameGap.filter((c) => c.dice >= SAME_PARAGRAPH).map(pairItem)];
      const byGap = new Map<number, Item[]>();
      for (const it of items) {
        const g = gapOfA[it.a[0] ?? 0] ?? 0;
        byGap.set(g, [...(byGap.get(g) ?? []), it]);
      }
      for (const group of byGap.values()) {
        for (const it of heaviestChain(group)) {
          inOrder.push(it);
          it.a.forEach((i) => usedA.add(i));
          it.b.forEach((j) => usedB.add(j));
        }
      }
      // Similar paragraphs out of order: moved and changed, best pairs first.
      for (const c of [...candidates].sort((x, y) => y.dice - x.dice)) {
        if (c.dice < MOVED_PARAGRAPH || usedA.has(c.a) || usedB.has(c.b)) continue;
        moves.push([c.a, c.b, 'moved-changed']);
        usedA.add(c.a);
        usedB.add(c.b);
      }
    }
  }
  return { rows: inDocumentOrder(inOrder, moves, keysA.length, keysB.length), complete };
}

/**
 * A candidate row that keeps document order: a pair, a split or a merge. Its weight is the
 * number of words it explains, so a split only wins over a plain pair when its extra part
 * really came from the old paragraph.
 */
interface Item {
  kind: RowKind;
  a: number[];
  b: number[];
  weight: number;
}

function pairItem(c: Candidate): Item {
  return { kind: 'changed', a: [c.a], b: [c.b], weight: c.shared };
}

/** Index pairs of paragraphs equal under the keys and in order; never past the deadline. */
function exactAnchors(keysA: string[], keysB: string[], deadline: number): [number, number][] {
  const timeout = Math.max(1, deadline - performance.now());
  const changes = diffArrays(keysA, keysB, { timeout });
  if (!changes) return uniqueAnchors(keysA, keysB);
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    if (c.added) j += c.count;
    else if (c.removed) i += c.count;
    else for (let n = 0; n < c.count; n++) out.push([i++, j++]);
  }
  return out;
}

/**
 * The fallback when a full LCS would take too long: paragraphs whose key occurs once on each
 * side, kept in their longest increasing order (patience diff). n log n, never stuck.
 */
function uniqueAnchors(keysA: string[], keysB: string[]): [number, number][] {
  const count = (keys: string[]) => {
    const m = new Map<string, number>();
    keys.forEach((k, i) => m.set(k, m.has(k) ? -1 : i));
    return m;
  };
  const onceA = count(keysA);
  const onceB = count(keysB);
  const pairs: [number, number][] = [];
  for (const [k, i] of onceA) {
    const j = onceB.get(k);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return longestIncreasing(pairs);
}

function longestIncreasing(pairs: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const prev: number[] = [];
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tails[mid] ?? 0]?.[1] ?? 0) < j) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = k;
  });
  const out: [number, number][] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = prev[k] ?? -1) {
    const p = pairs[k];
    if (p) out.push(p);
  }
  return out.reverse();
}

/** For every paragraph, how many anchors come before it: paragraphs in the same gap can pair. */
function gapIndex(anchors: number[], length: number): number[] {
  const gap: number[] = new Array<number>(length).fill(0);
  const isAnchor = new Set(anchors);
  let g = 0;
  for (let i = 0; i < length; i++) {
    if (isAnchor.has(i)) g++;
    gap[i] = g;
  }
  return gap;
}

/**
 * Splits (one old paragraph → consecutive new ones that each come from it) and merges (the
 * reverse), found among same-gap candidates.
 */
function splitsAndMerges(candidates: Candidate[], setsA: Int32Array[], setsB: Int32Array[]): Item[] {
  const items: Item[] = [];
  const partsOf = (key: 'a' | 'b', share: 'bInA' | 'aInB') => {
    const groups = new Map<number, number[]>();
    for (const c of candidates) {
      if (c[share] < PART_OF) continue;
      const whole = key === 'a' ? c.a : c.b;
      groups.set(whole, [...(groups.get(whole) ?? []), key === 'a' ? c.b : c.a]);
    }
    return groups;
  };
  for (const [whole, parts] of partsOf('a', 'bInA')) {
    for (const run of consecutiveRuns(parts)) {
      const [d, shared] = similarity(setsA[whole], union(run.map((j) => setsB[j] ?? new Int32Array())));
      if (d >= PART_OF) items.push({ kind: 'split', a: [whole], b: run, weight: shared });
    }
  }
  for (const [whole, parts] of partsOf('b', 'aInB')) {
    for (const run of consecutiveRuns(parts)) {
      const [d, shared] = similarity(setsB[whole], union(run.map((i) => setsA[i] ?? new Int32Array())));
      if (d >= PART_OF) items.push({ kind: 'merged', a: run, b: [whole], weight: shared });
    }
  }
  return items;
}

/** Dice similarity and shared word count of a paragraph and the union of its parts. */
function similarity(whole: Int32Array | undefined, parts: Int32Array): [number, number] {
  const w = whole ?? new Int32Array();
  const shared = sharedCount(w, parts);
  return [(2 * shared) / Math.max(1, w.length + parts.length), shared];
}

/** Runs of two or more consecutive indices. */
function consecutiveRuns(indices: number[]): number[][] {
  const sorted = [...new Set(indices)].sort((x, y) => x - y);
  const runs: number[][] = [];
  let run: number[] = [];
  for (const i of sorted) {
    if (run.length && i !== (run.at(-1) ?? 0) + 1) {
      if (run.length > 1) runs.push(run);
      run = [];
    }
    run.push(i);
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/** Cap on the quadratic chain search within one gap; past it, the best items win greedily. */
const CHAIN_LIMIT = 1500;

/** The heaviest set of items that overlap nowhere and keep document order on both sides. */
function heaviestChain(items: Item[]): Item[] {
  const sorted = [...items].sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0) || (x.b[0] ?? 0) - (y.b[0] ?? 0));
  const before = (x: Item, y: Item) => (x.a.at(-1) ?? 0) < (y.a[0] ?? 0) && (x.b.at(-1) ?? 0) < (y.b[0] ?? 0);
  if (sorted.length > CHAIN_LIMIT) {
    const chosen: Item[] = [];
    for (const it of [...sorted].sort((x, y) => y.weight - x.weight)) {
      if (chosen.every((c) => before(c, it) || before(it, c))) chosen.push(it);
    }
    return chosen;
  }
  const best: number[] = [];
  const prev: number[] = [];
  sorted.forEach((it, k) => {
    best[k] = it.weight;
    prev[k] = -1;
    for (let m = 0; m < k; m++) {
      const earlier = sorted[m];
      if (earlier && before(earlier, it) && (best[m] ?? 0) + it.weight > (best[k] ?? 0)) {
        best[k] = (best[m] ?? 0) + it.weight;
        prev[k] = m;
      }
    }
  });
  let end = -1;
  best.forEach((w, k) => {
    if (end < 0 || w > (best[end] ?? 0)) end = k;
  });
  const chain: Item[] = [];
  for (let k = end; k >= 0; k = prev[k] ?? -1) {
    const it = sorted[k];
    if (it) chain.push(it);
  }
  return chain.reverse();
}

/**
 * Lays the rows out in reading order: paragraphs that kept their place in step, each old-only
 * piece (deleted, moved away) before the new-only pieces (inserted, moved here) around it.
 */
function inDocumentOrder(inOrder: Item[], moves: [number, number, RowKind][], lengthA: number, lengthB: number): AlignedRow[] {
  const itemAtA = new Map<number, Item>();
  const itemAtB = new Map<number, Item>();
  for (const it of inOrder) {
    it.a.forEach((i) => itemAtA.set(i, it));
    it.b.forEach((j) => itemAtB.set(j, it));
  }
  const moveFrom = new Map<number, { id: number; kind: RowKind }>();
  const moveTo = new Map<number, { id: number; kind: RowKind; a: number }>();
  moves.forEach(([i, j, kind], k) => {
    moveFrom.set(i, { id: k + 1, kind });
    moveTo.set(j, { id: k + 1, kind, a: i });
  });
  const rows: AlignedRow[] = [];
  let i = 0;
  let j = 0;
  while (i < lengthA || j < lengthB) {
    if (i < lengthA && !itemAtA.has(i)) {
      const m = moveFrom.get(i);
      rows.push(m ? { kind: m.kind, a: [i], b: [], move: { id: m.id, end: 'from' } } : { kind: 'deleted', a: [i], b: [] });
      i++;
    } else if (j < lengthB && !itemAtB.has(j)) {
      const m = moveTo.get(j);
      rows.push(m ? { kind: m.kind, a: [m.a], b: [j], move: { id: m.id, end: 'to' } } : { kind: 'inserted', a: [], b: [j] });
      j++;
    } else {
      const it = itemAtA.get(i) ?? itemAtB.get(j);
      if (!it) break;
      rows.push({ kind: it.kind, a: it.a, b: it.b });
      i = (it.a.at(-1) ?? i) + 1;
      j = (it.b.at(-1) ?? j) + 1;
    }
  }
  return rows;
}
