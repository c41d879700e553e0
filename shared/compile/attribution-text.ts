/**
 * Attributions written into the text, for files read by people and other tools: each attributed
 * alternative "[should]" becomes "[EU, Japan: should]", the prefix the negotiation parser reads
 * back as its proposers. Exports (text, Markdown, bracketed Word) apply this to the declaration
 * they write; the draft itself keeps attributions as data.
 */
import { assembleDeclaration, type BlockDraft } from '../formats/block-line';
import type { Block, Declaration, InlineMark } from '../model';

/** The block's text with its attributions written in, and its marks moved along. */
export function attributedBlockText(block: Pick<Block, 'text' | 'marks' | 'attributions'>): { text: string; marks?: InlineMark[] } {
  const ranges = [...(block.attributions ?? [])].sort((a, b) => a.from - b.from);
  if (ranges.length === 0) return { text: block.text, ...(block.marks ? { marks: block.marks } : {}) };
  const inserts = ranges.filter((r) => block.text[r.from] === '[').map((r) => ({ at: r.from + 1, text: `${r.parties.join(', ')}:${r.to - r.from > 2 ? ' ' : ''}` }));
  let text = '';
  let from = 0;
  for (const ins of inserts) {
    text += block.text.slice(from, ins.at) + ins.text;
    from = ins.at;
  }
  text += block.text.slice(from);
  const shift = (offset: number, after: boolean) => offset + inserts.filter((i) => (after ? i.at <= offset : i.at < offset)).reduce((n, i) => n + i.text.length, 0);
  const marks = block.marks?.map((m) => ({ ...m, from: shift(m.from, false), to: shift(m.to, true) }));
  return { text, ...(marks ? { marks } : {}) };
}

/** The declaration with every block's attributions written into its text (and removed as data). */
export function withAttributionText(decl: Declaration): Declaration {
  if (!decl.blocks.some((b) => b.attributions?.length)) return decl;
  const drafts: BlockDraft[] = decl.blocks.map(({ span: _span, attributions: _attributions, ...block }) => {
    const { text, marks } = attributedBlockText({ ...block, ...(_attributions ? { attributions: _attributions } : {}) });
    return { ...block, text, ...(marks ? { marks } : {}) };
  });
  const { text: _text, blocks: _blocks, parties: _parties, ...head } = decl;
  return { ...assembleDeclaration(drafts, head), parties: decl.parties };
}
