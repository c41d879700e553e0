/**
 * Which top-level blocks a transaction touched, so that plugins can map their decorations and
 * recompute only those blocks: on a 1,000-paragraph draft, a keystroke must not redo the rest.
 */
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { AddMarkStep, AddNodeMarkStep, AttrStep, RemoveMarkStep, RemoveNodeMarkStep } from 'prosemirror-transform';
import type { Decoration, DecorationSet } from 'prosemirror-view';

/** A stretch of whole top-level blocks of the new document, [from, to). */
export interface BlockRange {
  from: number;
  to: number;
}

/** The changed stretches of `tr.doc`, in its coordinates, before widening to blocks. */
function changedStretches(tr: Transaction): [number, number][] {
  const stretches: [number, number][] = [];
  tr.steps.forEach((step, i) => {
    const after = tr.mapping.slice(i + 1);
    // Setting a node's attribute or mark changes no positions, so its step map is empty.
    if (step instanceof AttrStep || step instanceof AddNodeMarkStep || step instanceof RemoveNodeMarkStep) {
      const pos = after.map(step.pos, 1);
      stretches.push([pos, pos + 1]);
      return;
    }
    // Nor does marking text, which changes what a suggestion leaves of it.
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) {
      stretches.push([after.map(step.from, 1), after.map(step.to, -1)]);
      return;
    }
    step.getMap().forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      stretches.push([after.map(newStart, -1), after.map(newEnd, 1)]);
    });
  });
  return stretches;
}

/** Calls fn for every top-level block of `doc` overlapping [from, to]; a point touches the blocks on both sides. */
function forEachBlockIn(doc: Node, from: number, to: number, fn: (block: Node, pos: number, index: number) => void): void {
  const size = doc.content.size;
  let index = doc.resolve(Math.min(Math.max(from, 0), size)).index(0);
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  // A bare point between two blocks (a deletion, a join) touches the one before it too.
  if (index > 0 && pos === from && from === to) {
    index--;
    pos -= doc.child(index).nodeSize;
  }
  // A range ending where a block starts does not touch it, unless the range is a bare point.
  for (; index < doc.childCount && (pos < to || (pos === to && from === to)); index++) {
    const block = doc.child(index);
    fn(block, pos, index);
    pos += block.nodeSize;
  }
}

// Every plugin asks for the same transaction's blocks, and finding them walks the document's top level.
const touchedOf = new WeakMap<Transaction, readonly BlockRange[]>();

/** The top-level blocks of `tr.doc` the transaction changed, merged into ranges in document order. */
export function touchedBlocks(tr: Transaction): readonly Readonly<BlockRange>[] {
  const known = touchedOf.get(tr);
  if (known) return known;
  const ranges = findTouched(tr);
  touchedOf.set(tr, ranges);
  return ranges;
}

function findTouched(tr: Transaction): BlockRange[] {
  const ranges: BlockRange[] = [];
  for (const [from, to] of changedStretches(tr)) {
    let start = -1;
    let end = -1;
    forEachBlockIn(tr.doc, from, to, (block, pos) => {
      if (start < 0) start = pos;
      end = pos + block.nodeSize;
    });
    if (start >= 0) ranges.push({ from: start, to: end });
  }
  return mergedRanges(ranges);
}

/** The ranges in document order, those that overlap or touch joined into one. */
export function mergedRanges(ranges: readonly Readonly<BlockRange>[]): BlockRange[] {
  const out: BlockRange[] = [];
  for (const range of [...ranges].sort((x, y) => x.from - y.from)) {
    const last = out[out.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else out.push({ ...range });
  }
  return out;
}

/**
 * Calls fn for each top-level block of a range that touchedBlocks returned. To find the
 * decorations of those blocks alone, ask the set for [from + 1, to - 1]: the ends touch the
 * neighbours' node decorations.
 */
export function forEachBlockOf(doc: Node, range: BlockRange, fn: (block: Node, pos: number, index: number) => void): void {
  let index = doc.resolve(range.from).index(0);
  for (let pos = range.from; pos < range.to && index < doc.childCount; index++) {
    const block = doc.child(index);
    fn(block, pos, index);
    pos += block.nodeSize;
  }
}

/**
 * Whether `made` draws what `old` (the block's mapped decorations) already draws: as many, each at
 * the same place with the same `spec.key`. A decoration's key names what it draws (a widget's key
 * is ProseMirror's own); one without a key is never taken for another.
 */
function drawsTheSame(old: readonly Decoration[], made: readonly Decoration[]): boolean {
  if (old.length !== made.length) return false;
  const left = [...old];
  return made.every((d) => {
    const key = (d.spec as { key?: unknown }).key;
    const at = key === undefined ? -1 : left.findIndex((o) => o.from === d.from && o.to === d.to && (o.spec as { key?: unknown }).key === key);
    if (at < 0) return false;
    left.splice(at, 1);
    return true;
  });
}

/**
 * The redraw step of a plugin whose decorations belong to blocks: `set` mapped through the
 * transaction, then the decorations of every touched block made again by `make`. `stale` picks
 * which of a block's old decorations go (all of them when absent). A block whose decorations
 * come out the same keeps its mapped ones: typing in a paragraph then rebuilds no set.
 */
export function redrawTouched(
  set: DecorationSet,
  tr: Transaction,
  make: (range: BlockRange) => Decoration[],
  stale?: (spec: { [key: string]: unknown }) => boolean,
): DecorationSet {
  return redrawBlocks(set, tr, touchedBlocks(tr), make, stale);
}

/** `redrawTouched` for the given blocks of `tr.doc` instead of those the transaction touched. */
export function redrawBlocks(
  set: DecorationSet,
  tr: Transaction,
  ranges: readonly Readonly<BlockRange>[],
  make: (range: BlockRange) => Decoration[],
  stale?: (spec: { [key: string]: unknown }) => boolean,
): DecorationSet {
  let next = set.map(tr.mapping, tr.doc);
  for (const range of ranges) {
    const old = next.find(range.from + 1, range.to - 1, stale);
    const made = make(range);
    if (!drawsTheSame(old, made)) next = next.remove(old).add(tr.doc, made);
  }
  return next;
}

/**
 * Whether `tr` kept the document's blocks: as many, and each of the kind, attributes and marks
 * it had at its index. A keystroke in a paragraph does; Enter, a move or a change of kind does not.
 */
export function keptBlocks(tr: Transaction): boolean {
  const before = tr.before;
  const after = tr.doc;
  if (before.childCount !== after.childCount || !before.hasMarkup(after.type, after.attrs, after.marks)) return false;
  // Untouched blocks keep their index only when the change is one stretch of as many blocks.
  const ranges = touchedBlocks(tr);
  if (ranges.length > 1) return false;
  let kept = true;
  for (const range of ranges) forEachBlockOf(after, range, (block, _pos, index) => (kept &&= before.child(index).sameMarkup(block)));
  return kept;
}
