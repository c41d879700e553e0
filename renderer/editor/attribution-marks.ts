/**
 * A block's attributions (shared/model.ts AttributionRange: who proposed each bracketed
 * alternative, offsets into its text) to and from the editor's `attribution` mark, and the
 * ranges the bracket parser reads them at (the block's accepted text).
 */
import type { Node } from 'prosemirror-model';
import type { AttributionRange } from '../../shared/model';
import { sameJson } from '../../shared/same-json';
import type { DataAttribution } from '../../shared/negotiation/parse';
import { acceptedOffsetAt } from './review/accepted-text';
import { schema } from './schema';

const length = (child: Node) => (child.isText ? (child.text ?? '').length : (child.type.spec.leafText?.(child).length ?? 0));

/** `content` with the attribution mark over each range (offsets into the text the nodes spell). */
export function withAttributionMarks(content: readonly Node[], ranges: readonly AttributionRange[] = []): Node[] {
  if (ranges.length === 0) return [...content];
  const out: Node[] = [];
  let at = 0;
  for (const node of content) {
    const size = length(node);
    if (!node.isText) {
      out.push(node);
      at += size;
      continue;
    }
    const cuts = new Set([0, size]);
    for (const r of ranges) for (const edge of [r.from - at, r.to - at]) if (edge > 0 && edge < size) cuts.add(edge);
    const points = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < points.length; k++) {
      const from = points[k] ?? 0;
      const to = points[k + 1] ?? 0;
      const range = ranges.find((r) => r.from <= at + from && r.to >= at + to);
      const piece = node.cut(from, to);
      out.push(range ? piece.mark(schema.marks.attribution.create({ parties: [...range.parties] }).addToSet(piece.marks)) : piece);
    }
    at += size;
  }
  return out;
}

/** Ranges of a textblock's attribution marks, merged where the same parties continue; `offsetOf` maps a child's content offset. */
function rangesOf(block: Node, offsetOf: (contentOffset: number) => number): AttributionRange[] {
  const out: AttributionRange[] = [];
  block.forEach((child, offset) => {
    const mark = schema.marks.attribution.isInSet(child.marks);
    if (!mark) return;
    const parties = mark.attrs['parties'] as string[];
    const from = offsetOf(offset);
    const to = offsetOf(offset + child.nodeSize);
    const last = out.at(-1);
    if (last && last.to === from && sameJson(last.parties, parties)) last.to = to;
    else if (to > from) out.push({ from, to, parties: [...parties] });
  });
  return out;
}

/** The block's attributions as offsets into its text (textContent, leaves as their text), for its Declaration block. */
export function attributionsOf(block: Node): AttributionRange[] {
  const starts = new Map<number, number>();
  let at = 0;
  block.forEach((child, offset) => {
    starts.set(offset, at);
    at += length(child);
    starts.set(offset + child.nodeSize, at);
  });
  return rangesOf(block, (offset) => starts.get(offset) ?? at);
}

const cache = new WeakMap<Node, DataAttribution[]>();

/** The block's attributions as the bracket parser reads them: offsets into its accepted text. */
export function acceptedAttributions(block: Node): DataAttribution[] {
  const hit = cache.get(block);
  if (hit) return hit;
  // Positions relative to a block at 0: its content starts at 1.
  const ranges = rangesOf(block, (offset) => acceptedOffsetAt(block, 0, 1 + offset));
  cache.set(block, ranges);
  return ranges;
}
