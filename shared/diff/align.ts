/**
 * The paragraph level: which paragraph of the old text became which of the new. Exact matches
 * in order first (an LCS over normalized paragraph keys), then, between those anchors,
 * edited, split and merged paragraphs by word-set similarity, then moves: exact or similar
 * paragraphs found out of order anywhere in the document.
 */
import { diffArrays } from 'diff';
import { sharedCount } from '../sorted';
import { candidate, findCandidates, union, Vocabulary } from './similarity';
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
 *
 * Unchanged paragraphs in order (the LCS of the keys) and edited ones found near them compete
 * for one heaviest chain in document order: a paragraph that moved past edited paragraphs is
 * then the one move, rather than an anchor that pushes each edited paragraph into a move.
 */
export function alignParagraphs(keysA: string[], keysB: string[], textsA: string[], textsB: string[], deadline: number): Alignment {
  const anchors: Item[] = exactAnchors(keysA, keysB, deadline).map(([i, j]) => ({ kind: 'equal', a: [i], b: [j], weight: anchorWeight(textsA[i] ?? '') }));
  const usedA = new Set(anchors.map((x) => x.a[0] ?? -1));
  const usedB = new Set(anchors.map((x) => x.b[0] ?? -1));
  const moves: [number, number, RowKind][] = [];

  // The same key out of order: a move, unless the chain below finds it is the anchor that
  // moved the other way.
  const outOfOrder: Item[] = [];
  const waiting = new Map<string, number[]>();
  keysB.forEach((k, j) => {
    if (usedB.has(j)) return;
    const list = waiting.get(k);
    if (list) list.push(j);
    else waiting.set(k, [j]);
  });
  keysA.forEach((k, i) => {
    const j = usedA.has(i) ? undefined : waiting.get(k)?.shift();
    if (j === undefined) return;
    outOfOrder.push({ kind: 'equal', a: [i], b: [j], weight: anchorWeight(textsA[i] ?? '') });
    usedA.add(i);
    usedB.add(j);
  });

  let inOrder = anchors;
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
    const gapOfA = gapIndex(anchors.map((x) => x.a[0] ?? 0), keysA.length);
    const gapOfB = gapIndex(anchors.map((x) => x.b[0] ?? 0), keysB.length);
    const near = nearCandidates(setsA, restA, gapOfA, setsB, restB, gapOfB, SAME_PARAGRAPH * 0.8);
    complete = performance.now() < deadline;
    if (complete) {
      const items = [...anchors, ...outOfOrder, ...splitsAndMerges(near, setsA, setsB), ...near.filter((c) => c.dice >= SAME_PARAGRAPH).map(pairItem)];
      inOrder = heaviestChain(items, keysB.length);
      const kept = new Set(inOrder);
      usedA.clear();
      usedB.clear();
      for (const it of inOrder) {
        it.a.forEach((i) => usedA.add(i));
        it.b.forEach((j) => usedB.add(j));
      }
      // An unchanged paragraph the chain left out moved; the edited ones kept their place.
      for (const it of [...anchors, ...outOfOrder]) {
        if (kept.has(it)) continue;
        const [i, j] = [it.a[0] ?? 0, it.b[0] ?? 0];
        moves.push([i, j, 'moved']);
        usedA.add(i);
        usedB.add(j);
      }
      // Similar paragraphs out of order anywhere: moved and changed, best pairs first.
      const leftA = restA.filter((i) => !usedA.has(i));
      const leftB = restB.filter((j) => !usedB.has(j));
      for (const c of findCandidates(setsA, leftA, setsB, leftB, SAME_PARAGRAPH * 0.8).sort((x, y) => y.dice - x.dice)) {
        if (c.dice < MOVED_PARAGRAPH || usedA.has(c.a) || usedB.has(c.b)) continue;
        moves.push([c.a, c.b, 'moved-changed']);
        usedA.add(c.a);
        usedB.add(c.b);
      }
    }
  }
  // Without time for the chain, the exact pairs out of order are the moves.
  if (!complete) for (const it of outOfOrder) moves.push([it.a[0] ?? 0, it.b[0] ?? 0, 'moved']);
  return { rows: inDocumentOrder(inOrder, moves, keysA.length, keysB.length), complete };
}

/**
 * An unchanged paragraph counts 1, an edited pair its similarity (under 1): the chain keeps the
 * most paragraphs in place, so the fewest are reported moved; among equals, longer texts stay.
 */
function anchorWeight(text: string): number {
  return 1 + text.length * 1e-7;
}

/** How many anchors apart an edited paragraph may be from its old self and still keep its place. */
const NEAR_GAPS = 3;
/** Up to this many pairs in a window are compared one by one; past it, an index finds them. */
const DIRECT_PAIRS = 4096;

/** The indices grouped by the gap each falls in. */
function byGap(indices: readonly number[], gapOf: readonly number[]): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const index of indices) {
    const g = gapOf[index] ?? 0;
    const list = groups.get(g);
    if (list) list.push(index);
    else groups.set(g, [index]);
  }
  return groups;
}

/**
 * Candidate pairs of unpaired paragraphs whose gaps (runs between anchors) are at most
 * NEAR_GAPS apart: an edited paragraph, or one an anchor wrongly pushed to the other side of
 * itself. Linear in the text for texts edited here and there.
 */
function nearCandidates(setsA: Int32Array[], restA: number[], gapOfA: number[], setsB: Int32Array[], restB: number[], gapOfB: number[], minShare: number): Candidate[] {
  const byGapB = byGap(restB, gapOfB);
  const byGapA = byGap(restA, gapOfA);
  const out: Candidate[] = [];
  for (const [g, as] of byGapA) {
    const bs: number[] = [];
    for (let h = g - NEAR_GAPS; h <= g + NEAR_GAPS; h++) for (const j of byGapB.get(h) ?? []) bs.push(j);
    if (bs.length === 0) continue;
    if (as.length * bs.length > DIRECT_PAIRS) {
      // A loop, not push(...): a long text may have more candidates than a call has arguments.
      for (const c of findCandidates(setsA, as, setsB, bs, minShare)) out.push(c);
      continue;
    }
    for (const i of as) for (const j of bs) {
      const c = candidate(setsA[i], setsB[j], i, j, minShare);
      if (c) out.push(c);
    }
  }
  return out;
}

/**
 * A candidate row that keeps document order: an unchanged paragraph, an edited pair, a split or
 * a merge. Its weight is how much of one paragraph it accounts for (1 unchanged, the similarity
 * for the others), so a split only wins over a plain pair when its extra part really came from
 * the old paragraph, and the chain reports the fewest paragraphs moved.
 */
interface Item {
  kind: RowKind;
  a: number[];
  b: number[];
  weight: number;
}

function pairItem(c: Candidate): Item {
  return { kind: 'changed', a: [c.a], b: [c.b], weight: c.dice };
}

/**
 * Index pairs of paragraphs equal under the keys and in order; never past the deadline. Only
 * paragraphs whose key the other text also has can pair, so the LCS runs on those alone,
 * compared as small integers: when most paragraphs were edited (a negotiating session's next
 * draft) that keeps the diff short instead of walking every edited paragraph.
 */
function exactAnchors(keysA: string[], keysB: string[], deadline: number): [number, number][] {
  const idsA = new Map<string, number>();
  keysA.forEach((k) => {
    if (!idsA.has(k)) idsA.set(k, idsA.size);
  });
  const shared = new Map<string, number>();
  for (const k of keysB) {
    const id = idsA.get(k);
    if (id !== undefined) shared.set(k, id);
  }
  const pairable = (keys: string[]) => {
    const at: number[] = [];
    const ids: number[] = [];
    keys.forEach((k, i) => {
      const id = shared.get(k);
      if (id === undefined) return;
      at.push(i);
      ids.push(id);
    });
    return { at, ids };
  };
  const a = pairable(keysA);
  const b = pairable(keysB);
  const timeout = Math.max(1, deadline - performance.now());
  const changes = a.ids.length && b.ids.length ? diffArrays(a.ids, b.ids, { timeout }) : [];
  if (!changes) return uniqueAnchors(keysA, keysB);
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  for (const c of changes) {
    if (c.added) j += c.count;
    else if (c.removed) i += c.count;
    else for (let n = 0; n < c.count; n++) out.push([a.at[i++] ?? 0, b.at[j++] ?? 0]);
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
      if (d >= PART_OF) items.push({ kind: 'split', a: [whole], b: run, weight: d + shared * 1e-6 });
    }
  }
  for (const [whole, parts] of partsOf('b', 'aInB')) {
    for (const run of consecutiveRuns(parts)) {
      const [d, shared] = similarity(setsB[whole], union(run.map((i) => setsA[i] ?? new Int32Array())));
      if (d >= PART_OF) items.push({ kind: 'merged', a: run, b: [whole], weight: d + shared * 1e-6 });
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

/**
 * The heaviest set of items that overlap nowhere and keep document order on both sides: a
 * weighted longest increasing chain, n log n with a Fenwick tree of best chains by where they
 * end on the new side.
 */
function heaviestChain(items: Item[], lengthB: number): Item[] {
  const byStart = [...items].sort((x, y) => (x.a[0] ?? 0) - (y.a[0] ?? 0) || (x.b[0] ?? 0) - (y.b[0] ?? 0));
  const byEnd = byStart.map((_, k) => k).sort((x, y) => (byStart[x]?.a.at(-1) ?? 0) - (byStart[y]?.a.at(-1) ?? 0));
  const best = new Float64Array(byStart.length);
  const prev = new Int32Array(byStart.length).fill(-1);
  // Fenwick tree over the new side's last paragraph + 1: the best chain ending at or before.
  const treeBest = new Float64Array(lengthB + 2);
  const treeAt = new Int32Array(lengthB + 2).fill(-1);
  const insert = (pos: number, value: number, k: number) => {
    for (let x = pos + 1; x < treeBest.length; x += x & -x) {
      if (value > (treeBest[x] ?? 0)) {
        treeBest[x] = value;
        treeAt[x] = k;
      }
    }
  };
  const query = (pos: number): number => {
    let bestValue = 0;
    let at = -1;
    for (let x = pos; x > 0; x -= x & -x) {
      if ((treeBest[x] ?? 0) > bestValue) {
        bestValue = treeBest[x] ?? 0;
        at = treeAt[x] ?? -1;
      }
    }
    return at;
  };
  let e = 0;
  byStart.forEach((it, k) => {
    const a0 = it.a[0] ?? 0;
    for (; e < byEnd.length; e++) {
      const m = byEnd[e] ?? 0;
      const done = byStart[m];
      if (!done || (done.a.at(-1) ?? 0) >= a0) break;
      insert(done.b.at(-1) ?? 0, best[m] ?? 0, m);
    }
    // Chains ending strictly before this item's first new paragraph.
    const before = query(it.b[0] ?? 0);
    best[k] = it.weight + (before >= 0 ? (best[before] ?? 0) : 0);
    prev[k] = before;
  });
  let end = -1;
  best.forEach((w, k) => {
    if (end < 0 || w > (best[end] ?? 0)) end = k;
  });
  const chain: Item[] = [];
  for (let k = end; k >= 0; k = prev[k] ?? -1) {
    const it = byStart[k];
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
