/**
 * A compilation as a Declaration, the shape drafts, exports and the editor read: the base's
 * blocks kept (kind, number, footnotes), their text compiled, new and moved paragraphs as new
 * blocks, and who proposed each alternative stored on the block as attribution ranges.
 */
import { assembleDeclaration, type BlockDraft } from '../formats/block-line';
import type { Block, Declaration } from '../model';
import { compiledLine } from './render';
import type { Compilation } from './schemas';

/** The paragraphs of a declaration as compile() takes them: one string per block, numbers left out. */
export function compileParagraphs(decl: Pick<Declaration, 'blocks'>): string[] {
  return decl.blocks.map(blockBody);
}

function blockBody(block: Block): string {
  return block.text || block.parties.join('\n');
}

const EXCERPT_WORDS = 6;

/** Names a base paragraph for a note: its number where it has one, else its first words. */
function placeOf(block: Block | undefined): string {
  if (!block) return 'elsewhere in the text';
  if (block.number) return `paragraph ${block.number.raw.replace(/[.)]$/u, '')}`;
  const words = blockBody(block).split(/\s+/u).filter(Boolean);
  return `the paragraph beginning “${words.slice(0, EXCERPT_WORDS).join(' ')}${words.length > EXCERPT_WORDS ? '…' : ''}”`;
}

/** The compiled declaration; `base` is the declaration whose compileParagraphs() were compiled. */
export function compilationDeclaration(base: Declaration, compilation: Compilation): Declaration {
  const where = (index: number) => placeOf(base.blocks[index]);
  const drafts: BlockDraft[] = compilation.paragraphs.map((p, k): BlockDraft => {
    const line = compiledLine(p, where);
    const attributions = line.attributions.length > 0 ? { attributions: line.attributions } : {};
    const source = p.origin.kind === 'base' ? base.blocks[p.origin.index] : undefined;
    if (!source) {
      const moved = p.origin.kind === 'moved' ? base.blocks[p.origin.from] : undefined;
      return { id: `b${k + 1}`, kind: moved?.kind ?? 'paragraph', text: line.text, level: moved?.level ?? 1, cites: [], parties: [], ...attributions };
    }
    const { span: _span, marks, ...kept } = source;
    // Emphasis offsets hold only while the text is the base's own.
    const unchanged = line.text === blockBody(source);
    return { ...kept, id: `b${k + 1}`, text: line.text, ...(unchanged && marks ? { marks } : {}), ...attributions, ...(kept.anchorBlockId ? { anchorBlockId: kept.anchorBlockId } : {}) };
  });
  return assembleDeclaration(drafts, {
    id: `compilation-${base.id}`,
    title: base.title,
    ...(base.date ? { date: base.date } : {}),
    ...(base.place ? { place: base.place } : {}),
    source: { name: `Compilation of ${compilation.delegations.length} returns of ${base.source.name}`, hash: '' },
  });
}
