/**
 * A plugin's decorations, as the view draws them, with a fast lookup of one block's own set.
 *
 * To redraw a document, prosemirror-view asks each decoration set for every top-level block's
 * decorations (`forChild`), and a set answers by scanning its blocks from the start. Numbers and
 * provenance markers give every block decorations, so a keystroke costs a scan per block:
 * quadratic, a quarter of a second a key on a 26,000-block draft. The set keeps its blocks in
 * document order, so this view of it finds one by binary search instead (or, as the view walks
 * the blocks in order, right after the last one found). It answers exactly as
 * the set would (the unit test compares them); a set with inline decorations spanning blocks,
 * rare, is left to its own lookup.
 */
import { DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';

/** What a DecorationSet keeps (internal to prosemirror-view): [start, end, set, …] by start. */
interface SetInternals {
  local: readonly { inline: boolean }[];
  children: readonly (number | DecorationSet)[];
}

const views = new WeakMap<DecorationSet, DecorationSet>();

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

/** `set` with a fast `forChild`, for a plugin's `decorations` prop; the same view for the same set. */
export function withFastLookup(set: DecorationSet | undefined): DecorationSet | undefined {
  if (!set || set === DecorationSet.empty) return set;
  const known = views.get(set);
  if (known) return known;
  const { local, children } = set as unknown as SetInternals;
  // Inline decorations reaching across blocks are cut to each block by the set's own lookup.
  if (!Array.isArray(children) || local.some((d) => d.inline)) return set;
  const childAt = lookup(children);
  const view = Object.create(set, {
    forChild: { value: (offset: number, node: Node) => (node.isLeaf ? DecorationSet.empty : childAt(offset)) },
  }) as DecorationSet;
  views.set(set, view);
  return view;
}
