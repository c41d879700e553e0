import { describe, expect, it } from 'vitest';
import type { Block, Declaration, InlineMark } from '../../../shared/model';
import { declarationToDoc, docFromJSON, docToDeclaration } from '../../../renderer/editor/convert';

function declaration(text: string, marks: InlineMark[], cites: string[] = []): Declaration {
  const block: Block = { id: 'b1', kind: 'preamble', text, level: 1, span: { start: 0, end: text.length }, cites, parties: [], marks };
  return { id: 'd', title: 'T', parties: [], text, source: { name: 'd.md', hash: '' }, blocks: [block] };
}

const roundTrip = (decl: Declaration) => {
  const doc = docFromJSON(declarationToDoc(decl, { provenance: false }).toJSON());
  return docToDeclaration(doc, { id: 'd', sourceName: 'd.md' }).blocks.find((b) => b.kind === 'preamble');
};

describe('inline marks through the editor', () => {
  it.each<[string, string, InlineMark[]]>([
    ['an italic preamble opening', 'Recognizing the role of the Court,', [{ from: 0, to: 11, type: 'italic' }]],
    ['bold inside a sentence', 'We will develop the sustainable ocean economy and more.', [{ from: 20, to: 45, type: 'bold' }]],
    ['a link with its address', 'See the final draft text here.', [{ from: 8, to: 24, type: 'link', href: 'http://unfccc.int/x.pdf' }]],
    ['bold italic over one stretch', 'Option 1: Recognizing', [{ from: 0, to: 9, type: 'bold' }, { from: 10, to: 21, type: 'italic' }, { from: 10, to: 21, type: 'bold' }]],
  ])('keeps %s', (_what, text, marks) => {
    const block = roundTrip(declaration(text, marks));
    expect(block?.text).toBe(text);
    expect(block?.marks).toEqual([...marks].sort((a, b) => a.from - b.from || a.to - b.to));
  });

  it('keeps a mark on both sides of a footnote reference', () => {
    const block = roundTrip(declaration('Recalling* its resolutions,', [{ from: 0, to: 10, type: 'italic' }], ['*']));
    expect(block?.text).toBe('Recalling* its resolutions,');
    expect(block?.cites).toEqual(['*']);
    expect(block?.marks?.map((m) => m.type)).toEqual(['italic']);
  });

  it('gives a block without marks none', () => {
    expect(roundTrip(declaration('Plain text.', []))?.marks).toBeUndefined();
  });
});
