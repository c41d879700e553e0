// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { DOMParser, DOMSerializer } from 'prosemirror-model';
import { schema } from '../../../renderer/editor/schema';
import { outline, doc, fn, heading, meta, p, parties, party, pre, ref, sig, source, sub, title, up } from './builder';

describe('copy and paste through HTML', () => {
  it('keeps every block kind, its attributes and its provenance', () => {
    const draft = doc(
      title('Joint Statement'),
      meta('Beijing, 18 June 2020'),
      pre({ provenance: source('Recalling the plan,') }, 'Recalling the plan,'),
      heading({ numbering: 'restart', numbered: true }, 'Guideline'),
      p({ sourceNumber: '14.', provenance: source('We agree', 'b7') }, 'We agree', ref('*')),
      sub({ level: 2 }, 'to trade;'),
      up('Closing words.'),
      fn({ marker: '**' }, 'Chile, Kenya'),
      parties(party('Chile'), party('Kenya')),
      sig('Done at Beijing'),
    ).node;
    const html = DOMSerializer.fromSchema(schema).serializeFragment(draft.content, { document });
    const holder = document.createElement('div');
    holder.append(html);
    const back = DOMParser.fromSchema(schema).parse(holder);
    expect(outline(back)).toEqual(outline(draft));
    expect(back.toJSON()).toEqual(draft.toJSON());
  });

  it('keeps who proposed an alternative, whatever the delegations are called', () => {
    const names = ['EU | Member States', 'Japan'];
    const draft = schema.node('doc', null, [
      schema.node('title', null, schema.text('T')),
      schema.node('numbered', null, [schema.text('We '), schema.text('[agree]', [schema.mark('attribution', { parties: names })])]),
    ]);
    const holder = document.createElement('div');
    holder.append(DOMSerializer.fromSchema(schema).serializeFragment(draft.content, { document }));
    const back = DOMParser.fromSchema(schema).parse(holder);
    expect(back.toJSON()).toEqual(draft.toJSON());
    // A span whose list cannot be read pastes as plain words, never as a broken attribution.
    const foreign = new window.DOMParser().parseFromString('<p>We <span class="cn-attributed" data-parties="EU|Japan">[agree]</span></p>', 'text/html').body;
    const pasted = DOMParser.fromSchema(schema).parse(foreign);
    expect(pasted.textContent).toContain('We [agree]');
    expect(pasted.rangeHasMark(0, pasted.content.size, schema.marks['attribution']!)).toBe(false);
  });

  it.each([
    ['<p>Plain text from elsewhere</p>', ['numbered:Plain text from elsewhere']],
    ['<h1>A title</h1><ul><li>Chile</li></ul>', ['title:A title', 'numbered:Chile']],
    ['<p data-provenance="{&quot;broken">Bad provenance</p>', ['numbered:Bad provenance']],
  ])('reads foreign HTML %j', (html, expected) => {
    const body = new window.DOMParser().parseFromString(html, 'text/html').body;
    expect(outline(DOMParser.fromSchema(schema).parse(body))).toEqual(expected);
  });
});
