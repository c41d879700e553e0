/**
 * A small declaration built block by block, with every kind of block and the numbering forms
 * exports must carry: the shared input of the format tests.
 */
import type { Block, BlockNumber, Declaration } from '../../../shared/model';
import { assembleDeclaration, type BlockDraft } from '../../../shared/formats/block-line';

/** A block as a test writes it: kind and text, the rest defaulted. */
export type Spec = Partial<Omit<BlockDraft, 'id'>> & Pick<BlockDraft, 'kind' | 'text'>;

/** A number as the reader gives it. */
export const num = (raw: string, style: BlockNumber['style'], value: number): BlockNumber => ({ raw, style, value, glued: false });

/** Builds a declaration from block specs, ids "b1", "b2"... in order. */
export function declaration(specs: Spec[], name = 'sample.txt'): Declaration {
  const blocks: BlockDraft[] = specs.map((s, i) => ({ id: `b${i + 1}`, level: 1, cites: [], parties: [], ...s }));
  return assembleDeclaration(blocks, { id: 'sample', source: { name, hash: '0'.repeat(64) } });
}

/** What a round trip must keep of a block. */
export function shape(b: Block) {
  return { kind: b.kind, text: b.text, number: b.number?.raw, level: b.level, marker: b.marker, cites: b.cites, parties: b.parties };
}

/** A declaration of the genre: title, date line, preamble with a "*" footnote, numbered paragraphs, sub-items, a roman heading, parties and signature. */
export const sample: Declaration = declaration([
  { kind: 'title', text: 'Joint Statement of the Ministerial Meeting on Water & Sanitation' },
  { kind: 'meta', text: 'Geneva, 3 March 2024' },
  { kind: 'preamble', text: 'We, the ministers of the partner countries*, met in Geneva.', cites: ['*'] },
  { kind: 'preamble', text: 'Recalling the 2030 Agenda for Sustainable Development,' },
  { kind: 'heading', text: 'Cooperation', number: num('I.', 'roman', 1) },
  { kind: 'paragraph', text: 'We commit to "clean water" for all <by 2030>.', number: num('1.', 'decimal', 1) },
  { kind: 'paragraph', text: 'We will:', number: num('2.', 'decimal', 2) },
  { kind: 'subitem', level: 2, text: 'share data;', number: num('(a)', 'alpha-paren', 1) },
  { kind: 'subitem', level: 2, text: 'train staff; and', number: num('(b)', 'alpha-paren', 2) },
  { kind: 'paragraph', text: 'We welcome the report of the Secretariat**.', number: num('3.', 'decimal', 3), cites: ['**'] },
  { kind: 'heading', text: 'Follow-up', number: num('II.', 'roman', 2) },
  { kind: 'paragraph', text: 'We skip a number, as the source did.', number: num('5.', 'decimal', 5) },
  { kind: 'subitem', level: 2, text: 'a new list of sub-items.', number: num('(a)', 'alpha-paren', 1) },
  { kind: 'paragraph', text: 'Secondly, not a Word list but typed.', number: num('Article 7', 'article', 7) },
  { kind: 'parties', text: 'Kenya\nNepal\nSerbia', parties: ['Kenya', 'Nepal', 'Serbia'] },
  { kind: 'signature', text: 'Done at Geneva\n3 March 2024' },
  { kind: 'footnote', text: 'Kenya, Nepal and Serbia.', marker: '*', anchorBlockId: 'b3' },
  { kind: 'footnote', text: 'Document A/79/1.', marker: '**', anchorBlockId: 'b10' },
]);
