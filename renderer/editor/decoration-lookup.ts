/**
 * The plugins' decorations, as the view draws them, with a fast lookup of one block's own set.
 *
 * To redraw a document, prosemirror-view asks each decoration set for every top-level block's
 * decorations (`forChild`), and a set answers by scanning its blocks from the start. Numbers and
 * provenance markers give every block decorations, so a keystroke costs a scan per block:
 * quadratic, a quarter of a second a key on a 26,000-block draft. The set keeps its blocks in
 * document order, so this view of it finds one by binary search instead (or, as the view walks
 * the blocks in order, right after the last one found). It answers exactly as the set would
 * (the unit test compares them); a set with inline decorations spanning blocks, rare, is left to
 * its own lookup.
 *
 * Several plugins' sets would reach the view as a group, which merges them afresh for every
 * block on every keystroke (a quarter of a keystroke's work on 1,000 blocks). `combinedDecorations`
 * hands them over as one source instead: a block decorated by one plugin alone (nearly all of
 * them) gets that plugin's set itself, the same object from one keystroke to the next; a block
 * decorated by several gets one set of all of theirs, made once.
 */
import { DecorationSet } from 'prosemirror-view';
import type { Decoration } from 'prosemirror-view';
import { byPosition } from './decoration-build';
import type { Node } from 'prosemirror-model';
import type { Mapping } from 'prosemirror-transform';

/** What a DecorationSet keeps (internal to prosemirror-view): its own decorations, and [start, end, set, …] by start. */
interface SetInternals {
  local: readonly (Decoration & { inline: boolean })[];
  children: readonly (number | DecorationSet)[];
  eq(other: DecorationSet): boolean;
}

type ChildLookup = (offset: number, node: Node) => DecorationSet;

/**
 * A lookup of one set's block sets. The view asks for the blocks in document order, so the
 * block after the last one found is tried first; anything else is found by binary search.
 */
function lookup(children: readonly (number | DecorationSet)[]): (offset: number) => DecorationSet {
  const count = children.length / 3;
  let next = 0;
  return (offset) => {
    let low = 0;
    let high = count - 1;
    if (next < count && children[next * 3] === offset) low = high = next;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const start = children[mid * 3] as number;
      if (start === offset) {
        next = mid + 1;
        return children[mid * 3 + 2] as DecorationSet;
      }
      if (start < offset) low = mid + 1;
      else high = mid - 1;
    }
    return DecorationSet.empty;
  };
}

const lookups = new WeakMap<DecorationSet, ChildLookup | null>();

/** The fast lookup of a set's blocks, or null for a set whose own lookup must cut inline decorations to each block. */
function fastLookup(set: DecorationSet): ChildLookup | null {
  const known = lookups.get(set);
  if (known !== undefined) return known;
  const { local, children } = set as unknown as SetInternals;
  let found: ChildLookup | null = null;
  if (Array.isArray(children) && !local.some((d) => d.inline)) {
    const childAt = lookup(children);
    found = (offset, node) => (node.isLeaf ? DecorationSet.empty : childAt(offset));
  }
  lookups.set(set, found);
  return found;
}

const views = new WeakMap<DecorationSet, DecorationSet>();

/** `set` with a fast `forChild`; the same view for the same set. */
export function withFastLookup(set: DecorationSet | undefined): DecorationSet | undefined {
  if (!set || set === DecorationSet.empty) return set;
  const known = views.get(set);
  if (known) return known;
  const childAt = fastLookup(set);
  if (!childAt) return set;
  const view = Object.create(set, { forChild: { value: childAt } }) as DecorationSet;
  views.set(set, view);
  return view;
}

// One set of several plugins' decorations of a block, kept while the block and its sets stay.
const merged = new WeakMap<DecorationSet, { node: Node; sets: readonly DecorationSet[]; set: DecorationSet }>();

function mergedSet(node: Node, sets: readonly DecorationSet[]): DecorationSet {
  const first = sets[0] as DecorationSet;
  const hit = merged.get(first);
  if (hit && hit.node === node && hit.sets.length === sets.length && hit.sets.every((s, i) => s === sets[i])) return hit.set;
  const set = DecorationSet.create(
    node,
    sets.flatMap((s) => s.find()),
  );
  merged.set(first, { node, sets, set });
  return set;
}


// The sets each combined source was made of, for comparing two sources.
const membersOf = new WeakMap<DecorationSet, readonly DecorationSet[]>();
const combinedOf = new WeakMap<DecorationSet, { members: readonly DecorationSet[]; source: DecorationSet }>();

/**
 * The page's decorations from several plugins' sets, as one source for the view (a
 * `decorations` prop); empty sets are left out.
 */
export function combinedDecorations(sets: readonly (DecorationSet | undefined)[]): DecorationSet {
  const members = sets.filter((s): s is DecorationSet => s !== undefined && s !== DecorationSet.empty);
  const [first] = members;
  if (!first) return DecorationSet.empty;
  if (members.length === 1) return withFastLookup(first) ?? first;
  const known = combinedOf.get(first);
  if (known && known.members.length === members.length && known.members.every((s, i) => s === members[i])) return known.source;
  // A set's own answer for one block is a set: groups come only from several sets.
  const childLookups = members.map((set) => fastLookup(set) ?? ((offset: number, node: Node) => set.forChild(offset, node) as DecorationSet));
  // The document's own decorations (a block's node decorations) of every set; inline ones
  // reaching across blocks come to each block through its set's own lookup.
  const local = members.flatMap((set) => (set as unknown as SetInternals).local.filter((d) => !d.inline)).sort(byPosition);
  const forChild = (offset: number, node: Node): DecorationSet => {
    let only: DecorationSet | null = null;
    let several: DecorationSet[] | null = null;
    for (const childAt of childLookups) {
      const set = childAt(offset, node);
      if (set === DecorationSet.empty) continue;
      if (!only) only = set;
      else (several ??= [only]).push(set);
    }
    return several ? mergedSet(node, several) : (only ?? DecorationSet.empty);
  };
  const source = Object.create(DecorationSet.prototype, {
    local: { value: local },
    children: { value: [] },
    forChild: { value: forChild },
    eq: {
      value: (other: DecorationSet) => {
        const theirs = membersOf.get(other);
        return other === source || (theirs !== undefined && theirs.length === members.length && theirs.every((s, i) => (s as unknown as SetInternals).eq(members[i] as DecorationSet)));
      },
    },
    map: { value: (mapping: Mapping, doc: Node) => combinedDecorations(members.map((set) => set.map(mapping, doc))) },
    forEachSet: { value: (f: (set: DecorationSet) => void) => members.forEach((set) => f(set)) },
  }) as DecorationSet;
  membersOf.set(source, members);
  combinedOf.set(first, { members, source });
  return source;
}
