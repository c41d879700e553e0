/**
 * Walking the textblocks of a block and turning offsets into a block's text (what checks and
 * search report) into document positions (what selections and decorations need).
 */
import type { Node } from 'prosemirror-model';

/** Calls fn for a top-level block at `pos` if it is a textblock, else for each textblock in it (parties). */
export function forEachTextblockOf(block: Node, pos: number, fn: (node: Node, pos: number) => void): void {
  if (block.isTextblock) fn(block, pos);
  else block.forEach((child, offset) => {
    if (child.isTextblock) fn(child, pos + 1 + offset);
  });
}

/** The text of one inline child as the block's text shows it (leaves use their leafText). */
function inlineText(child: Node): string {
  if (child.isText) return child.text ?? '';
  return child.type.spec.leafText?.(child) ?? '';
}

/**
 * The document position of `offset` into the text of the textblock at `pos`. An offset that
 * falls inside a leaf's text (a footnote marker) resolves to the leaf's start or end.
 */
export function textOffsetToPos(block: Node, pos: number, offset: number): number {
  let textAt = 0;
  let docAt = pos + 1;
  for (let i = 0; i < block.childCount; i++) {
    const child = block.child(i);
    const length = inlineText(child).length;
    if (offset <= textAt + length) {
      if (child.isText) return docAt + (offset - textAt);
      return offset - textAt > length / 2 ? docAt + child.nodeSize : docAt;
    }
    textAt += length;
    docAt += child.nodeSize;
  }
  return docAt;
}
