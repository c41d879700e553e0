import { describe, expect, it } from 'vitest';
import { Node } from 'prosemirror-model';
import { blockText, schema } from '../../../renderer/editor/schema';
import { br, doc, fn, p, parties, party, ref, sig, source } from './builder';

describe('schema', () => {
  it.each([
    ['a footnote reference reads as its marker', p('partners', ref('*'), ', held'), 'partners*, held'],
    ['a list of parties reads one party per line', parties(party('Chile'), party('Kenya')), 'Chile\nKenya'],
    ['a signature keeps its lines', sig('Done at Beijing', br(), '18 June 2020'), 'Done at Beijing\n18 June 2020'],
  ])('%s', (_name, built, expected) => {
    expect(blockText(built.node)).toBe(expected);
  });

  it('round-trips a draft with provenance through JSON', () => {
    const draft = doc(p({ provenance: source('We agree.'), sourceNumber: '3.' }, 'We agree.'), fn({ marker: '**' }, 'Note')).node;
    const back = Node.fromJSON(schema, draft.toJSON());
    expect(back.eq(draft)).toBe(true);
    expect(back.firstChild?.attrs['provenance']).toEqual(source('We agree.'));
  });

  it.each([
    ['a provenance without its source text', { source: 'd', blockId: 'b1', hash: 'h' }, /provenance is malformed \(text/],
    ['a provenance that is a string', 'from somewhere', /provenance is malformed/],
  ])('rejects %s with a readable message', (_name, provenance, message) => {
    expect(() => schema.nodes.numbered.create({ provenance })).toThrow(message);
  });

  it('rejects a heading numbering mode other than continue or restart', () => {
    expect(() => schema.nodes.heading.create({ numbering: 'reset' })).toThrow(/"continue" or "restart"/);
  });
});
