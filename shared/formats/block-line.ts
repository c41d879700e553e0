/**
 * How one block reads as plain text: its number or footnote marker, then its text. Plain-text
 * export and the declaration assembled from a Word file both write blocks this way, so a
 * declaration read from .docx has the same kind of `text` as one read from .txt.
 */
import type { Block, Declaration } from '../model';

/** The block as a line of text, number or marker included ("1. We recall ...", "* The ..."). */
export function blockLine(block: Pick<Block, 'kind' | 'text' | 'number' | 'marker' | 'parties'>): string {
  const body = block.text || block.parties.join('\n');
  if (block.kind === 'footnote' && block.marker) return `${block.marker} ${body}`;
  if (block.number) return `${block.number.raw}${block.number.glued ? '' : ' '}${body}`;
  return body;
}

/** A block as a reader builds it, before ids and spans are known. */
export type BlockDraft = Omit<Block, 'span'>;

/**
 * Joins blocks into a declaration's text, one blank line between blocks, and points each
 * block's span at its line: the invariant every reader of a Declaration relies on.
 */
export function assembleDeclaration(
  blocks: BlockDraft[],
  head: Omit<Declaration, 'text' | 'blocks' | 'parties' | 'title'> & { title?: string },
): Declaration {
  let text = '';
  const placed: Block[] = blocks.map((block) => {
    if (text) text += '\n\n';
    const start = text.length;
    text += blockLine(block);
    return { ...block, span: { start, end: text.length } };
  });
  const parties = [...new Set(placed.flatMap((b) => b.parties))];
  const title = head.title ?? placed.find((b) => b.kind === 'title')?.text ?? head.source.name;
  return { ...head, title, parties, text, blocks: placed };
}
