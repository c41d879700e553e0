import { describe, expect, it } from 'vitest';
import type { Block, Declaration } from '../../../shared/model';
import { declarationToDoc, docFromJSON, docToDeclaration } from '../../../renderer/editor/convert';
import { blockText, provenanceOf } from '../../../renderer/editor/schema';
import { blockLabels } from '../../../renderer/editor/numbering';
import { doc, fn, p, ref, up } from './builder';

function block(id: string, kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block {
  return { id, kind, text, level: 1, span: { start: 0, end: 0 }, cites: [], parties: [], ...extra };
}

const decl: Declaration = {
  id: 'js-2020',
  title: 'Joint Statement',
  parties: ['Chile', 'Kenya'],
  text: '',
  source: { name: 'js.txt', hash: 'abc' },
  blocks: [
    block('b1', 'title', 'Joint Statement'),
    block('b2', 'preamble', 'We, the ministers of the partners*, met.', { cites: ['*'] }),
    block('b3', 'heading', 'Guideline', { number: { raw: 'I.', style: 'roman', value: 1, glued: false } }),
    block('b4', 'paragraph', 'We agree.', { number: { raw: '14.', style: 'decimal', value: 14, glued: false } }),
    block('b5', 'subitem', 'to promote trade;', { number: { raw: '(a)', style: 'alpha-paren', value: 1, glued: false } }),
    block('b6', 'paragraph', 'Unnumbered closing words.'),
    block('b7', 'footnote', 'Chile, Kenya', { marker: '*', anchorBlockId: 'b2' }),
    block('b8', 'parties', '', { parties: ['Chile', 'Kenya'] }),
    block('b9', 'signature', 'Done at Beijing\n18 June 2020'),
  ],
};

describe('declarationToDoc', () => {
  const draft = declarationToDoc(decl, { provenance: true });
  const kinds: string[] = [];
  draft.forEach((node) => kinds.push(node.type.name));

  it('maps every block kind to its node, the footnote in the notes area at the end', () => {
    expect(kinds).toEqual(['title', 'preamble', 'heading', 'numbered', 'subitem', 'paragraph', 'parties', 'signature', 'footnote']);
  });

  it('links the footnote to its reference by an id both carry', () => {
    const refIds: unknown[] = [];
    draft.child(1).descendants((n) => void (n.type.name === 'footnote_ref' && refIds.push(n.attrs['note'])));
    expect(refIds).toEqual([draft.lastChild?.attrs['note']]);
    expect(refIds[0]).toEqual(expect.any(String));
  });

  it.each(decl.blocks.map((b) => [b.id] as const))('block %s keeps its text exactly and points at its source', (id) => {
    const nodes: ReturnType<typeof draft.child>[] = [];
    draft.forEach((n) => void (provenanceOf(n)?.blockId === id && nodes.push(n)));
    const node = nodes[0];
    if (!node) throw new Error(`no block from ${id}`);
    const provenance = provenanceOf(node);
    expect(provenance).toMatchObject({ source: 'js-2020', sourceTitle: 'Joint Statement', blockId: id });
    expect(blockText(node)).toBe(provenance?.text);
  });

  it('turns a cited footnote marker into a footnote reference', () => {
    const refs: string[] = [];
    draft.child(1).descendants((n) => void (n.type.name === 'footnote_ref' && refs.push(String(n.attrs['marker']))));
    expect(refs).toEqual(['*']);
  });

  it('keeps source numbers for "keep source numbering" mode', () => {
    const kept = draft.type.create({ keepSourceNumbering: true }, draft.content);
    expect(blockLabels(kept)).toEqual([null, null, 'I.', '14.', '(a)', null, null, null, null]);
  });

  it('gives no provenance when asked not to', () => {
    const plain = declarationToDoc(decl, { provenance: false });
    const any: unknown[] = [];
    plain.forEach((n) => any.push(provenanceOf(n)));
    expect(any.every((p) => p === null)).toBe(true);
  });

  it('adds a title block from the declaration title when the blocks have none', () => {
    const untitled = declarationToDoc({ ...decl, blocks: [block('b1', 'paragraph', 'Text')] }, { provenance: false });
    expect(untitled.firstChild?.type.name).toBe('title');
    expect(untitled.firstChild?.textContent).toBe('Joint Statement');
  });
});

describe('docToDeclaration', () => {
  it('writes displayed numbers, footnote links and spans into the text', () => {
    const draft = doc(p('We met', ref('*'), '.'), up('Closing.'), p('Second.'), fn({ marker: '*' }, 'Chile')).node;
    const out = docToDeclaration(draft, { id: 'd1', sourceName: 'Draft', title: 'Zero draft' });
    expect(out.text).toBe('1. We met*.\n\nClosing.\n\n2. Second.\n\n* Chile');
    expect(out.blocks.map((b) => [b.kind, b.number?.raw, b.cites, b.anchorBlockId])).toEqual([
      ['paragraph', '1.', ['*'], undefined],
      ['paragraph', undefined, [], undefined],
      ['paragraph', '2.', [], undefined],
      ['footnote', undefined, [], 'b1'],
    ]);
    expect(out.blocks[3]?.anchorAt).toBe('We met'.length);
    for (const b of out.blocks) expect(out.text.slice(b.span.start, b.span.end)).toContain(b.text);
  });

  it('round-trips a read declaration block for block', () => {
    const back = docToDeclaration(declarationToDoc(decl, { provenance: true }), { id: 'x', sourceName: 'x' });
    const notesLast = [...decl.blocks.filter((b) => b.kind !== 'footnote'), ...decl.blocks.filter((b) => b.kind === 'footnote')];
    expect(back.blocks.map((b) => [b.kind, b.text])).toEqual(notesLast.map((b) => [b.kind, b.kind === 'parties' ? b.parties.join('\n') : b.text]));
    const note = back.blocks.find((b) => b.kind === 'footnote');
    expect([note?.anchorBlockId, note?.anchorAt]).toEqual(['b2', 'We, the ministers of the partners'.length]);
    expect(back.parties).toEqual(['Chile', 'Kenya']);
    expect(back.title).toBe('Joint Statement');
  });
});

describe('docFromJSON', () => {
  it.each([
    ['not an object', 42, /not valid JSON for Concord/],
    ['an unknown node type', { type: 'doc', content: [{ type: 'bogus' }] }, /does not fit Concord's declaration schema/],
    ['an empty document', { type: 'doc', content: [] }, /does not fit/],
  ])('rejects %s', (_name, json, message) => {
    expect(() => docFromJSON(json)).toThrow(message);
  });

  it('reads back what a draft wrote', () => {
    const draft = doc(p('We agree.')).node;
    expect(docFromJSON(draft.toJSON()).eq(draft)).toBe(true);
  });
});
