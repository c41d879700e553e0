/**
 * Builds small Declarations for library tests: `decl('d1', [para('We agree.'), heading('Trade')])`.
 * Spans and hashes are filled in plausibly; the library only reads ids, kinds, text and metadata.
 */
import type { Block, BlockKind, Declaration } from '../../../shared/model';

/** A block spec: its kind and text. */
export type BlockSpec = [BlockKind, string];

export const para = (text: string): BlockSpec => ['paragraph', text];
export const preamble = (text: string): BlockSpec => ['preamble', text];
export const heading = (text: string): BlockSpec => ['heading', text];
export const title = (text: string): BlockSpec => ['title', text];

/** A declaration with the given blocks (ids b1, b2, ...) and optional date, title and parties. */
export function decl(
  id: string,
  specs: BlockSpec[],
  extra: { title?: string; date?: string; parties?: string[]; hash?: string } = {},
): Declaration {
  let offset = 0;
  const blocks: Block[] = specs.map(([kind, text], i) => {
    const block: Block = { id: `b${i + 1}`, kind, text, level: 1, span: { start: offset, end: offset + text.length }, cites: [], parties: [] };
    offset += text.length + 2;
    return block;
  });
  return {
    id,
    title: extra.title ?? `Declaration ${id}`,
    ...(extra.date === undefined ? {} : { date: extra.date }),
    parties: extra.parties ?? [],
    text: specs.map(([, text]) => text).join('\n\n'),
    blocks,
    source: { name: `${id}.txt`, hash: extra.hash ?? `hash-${id}` },
  };
}
