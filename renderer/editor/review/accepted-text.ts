/**
 * A textblock's text as it reads with every suggestion accepted: words suggested out are left
 * out (with one of the two spaces around them, as accepting does), the library's zero-width
 * placeholders too. Checks, brackets, provenance, word counts and the negotiation engine read
 * this text; the offsets they report are mapped back to document positions here.
 * A block with no suggestions reads exactly as its textContent.
 */
import type { Node } from 'prosemirror-model';

/** One kept stretch of the block: an inline child, or the part of it accepting keeps. */
interface Piece {
  /** Offset of its first character in the accepted text. */
  at: number;
  /** Offset of its first character in the block's content. */
  offset: number;
  length: number;
  /** Its size in the document (a leaf's text can be longer or shorter than the leaf). */
  size: number;
  leaf: boolean;
}

interface Accepted {
  text: string;
  pieces: Piece[];
}

const isDeleted = (node: Node) => node.marks.some((m) => m.type.name === 'deletion');
const isPlaceholder = (node: Node) => node.isText && node.text === '\u200b' && node.marks.some((m) => m.type.name === 'insertion');

// Pure in the block, and unchanged blocks keep their identity: each version is read once.
const cache = new WeakMap<Node, Accepted>();

function read(block: Node): Accepted {
  const hit = cache.get(block);
  if (hit) return hit;
  const pieces: Piece[] = [];
  let text = '';
  if (!isDeleted(block)) {
    let afterDeletion = false;
    block.forEach((child, offset) => {
      if (isDeleted(child) || isPlaceholder(child)) {
        afterDeletion ||= isDeleted(child);
        return;
      }
      let part = child.isText ? (child.text ?? '') : (child.type.spec.leafText?.(child) ?? '');
      let start = offset;
      // Words deleted between two spaces leave one space behind, not two.
      if (afterDeletion && child.isText && text.endsWith(' ') && part.startsWith(' ')) {
        part = part.slice(1);
        start += 1;
      }
      afterDeletion = false;
      pieces.push({ at: text.length, offset: start, length: part.length, size: child.isText ? part.length : child.nodeSize, leaf: !child.isText });
      text += part;
    });
  }
  const accepted = { text, pieces };
  cache.set(block, accepted);
  return accepted;
}

/** The text of a textblock with every suggestion accepted. */
export function acceptedText(block: Node): string {
  return read(block).text;
}

/** The accepted text with each leaf (a footnote marker) read as a space: what words are counted in. */
export function acceptedWords(block: Node): string {
  const { text, pieces } = read(block);
  if (!pieces.some((p) => p.leaf)) return text;
  return pieces.map((p) => (p.leaf ? ' ' : text.slice(p.at, p.at + p.length))).join('');
}

/**
 * The document position of `offset` into the accepted text of the textblock at `pos`. An offset
 * inside a leaf's text resolves to the leaf's start or end.
 */
export function acceptedOffsetToPos(block: Node, pos: number, offset: number): number {
  for (const piece of read(block).pieces) {
    if (offset > piece.at + piece.length) continue;
    const start = pos + 1 + piece.offset;
    if (!piece.leaf) return start + (offset - piece.at);
    return offset - piece.at > piece.length / 2 ? start + piece.size : start;
  }
  return pos + 1 + block.content.size;
}

/** The offset into the accepted text of document position `at` inside the textblock at `pos` (deleted words read as nothing). */
export function acceptedOffsetAt(block: Node, pos: number, at: number): number {
  const { text, pieces } = read(block);
  for (const piece of pieces) {
    const start = pos + 1 + piece.offset;
    if (at <= start) return piece.at;
    if (at < start + piece.size) return piece.at + (piece.leaf ? piece.length : at - start);
  }
  return text.length;
}
