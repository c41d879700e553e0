import { describe, expect, it } from 'vitest';
import { compile } from '../../../shared/compile/compile';
import { compilationDeclaration, compileParagraphs } from '../../../shared/compile/declaration';
import { readDeclarationBrackets } from '../../../shared/negotiation/draft-lines';
import { readDeclarationText } from '../../../shared/text/read';
import { declarationToDoc, docToDeclaration } from '../../../renderer/editor/convert';
import { readDraftBrackets } from '../../../renderer/editor/draft-brackets';
import { blockBrackets } from '../../../renderer/editor/plugins/brackets';
import { schema } from '../../../renderer/editor/schema';

const BASE = readDeclarationText('Joint Statement\n\n1. We shall promote free trade.\n\n2. We recall the conference.\n', { name: 'base.txt' }).declaration;

function compilation() {
  const base = compileParagraphs(BASE);
  return compilationDeclaration(
    BASE,
    compile({
      base,
      returns: [
        { delegation: 'G77 and China', paragraphs: base.map((t) => t.replace('shall', 'should')) },
        { delegation: 'the European Union and its member States', paragraphs: base.map((t) => t.replace('shall', 'should')) },
        { delegation: 'Japan', paragraphs: [...base, 'We welcome the new members.'] },
      ],
    }),
  );
}

/** Each alternative's text and parties, as a parse found them. */
const alternatives = (brackets: { alternatives: { text: string; parties: string[] }[] }[]) => brackets.flatMap((b) => b.alternatives.map((a) => [a.text, a.parties]));

describe('attributions as data in the drafting pane', () => {
  it('reads the delegations of each alternative from the mark, multi-word names whole', () => {
    const doc = declarationToDoc(compilation(), { provenance: false });
    expect(alternatives(readDraftBrackets(doc).parse.brackets)).toEqual([
      ['shall', []],
      ['should', ['G77 and China', 'the European Union and its member States']],
      ['We welcome the new members.', ['Japan']],
    ]);
  });

  it('keeps the text as it is: the mark is not words of the paragraph', () => {
    const decl = compilation();
    const doc = declarationToDoc(decl, { provenance: false });
    expect(doc.textContent).not.toContain('G77');
    let marked = '';
    doc.descendants((n) => {
      if (n.isText && schema.marks.attribution.isInSet(n.marks)) marked += n.text;
    });
    expect(marked).toBe('[should][We welcome the new members.]');
  });

  it('gives the attributions back to the saved Declaration, where the exports read them', () => {
    const decl = compilation();
    const saved = docToDeclaration(declarationToDoc(decl, { provenance: false }), { id: 'd1', sourceName: 'Compilation' });
    expect(saved.blocks.map((b) => b.attributions ?? [])).toEqual(decl.blocks.map((b) => b.attributions ?? []));
    expect(alternatives(readDeclarationBrackets(saved).parse.brackets)).toEqual(alternatives(readDraftBrackets(declarationToDoc(decl, { provenance: false })).parse.brackets));
  });

  it('draws the same attributions block by block', () => {
    const doc = declarationToDoc(compilation(), { provenance: false });
    const found: unknown[] = [];
    doc.descendants((n) => {
      if (n.isTextblock) found.push(...alternatives(blockBrackets(n, []).brackets));
      return !n.isTextblock;
    });
    expect(found).toEqual(alternatives(readDraftBrackets(doc).parse.brackets));
  });
});
