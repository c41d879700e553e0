import { describe, expect, it } from 'vitest';
import { withAttributionText } from '../../../shared/compile/attribution-text';
import { compile } from '../../../shared/compile/compile';
import { compilationDeclaration, compileParagraphs } from '../../../shared/compile/declaration';
import { declarationToText } from '../../../shared/formats/plain';
import { readDeclarationText } from '../../../shared/text/read';

const BASE = readDeclarationText('Joint Statement\n\n1. We shall promote free trade.\n\n2. We recall the conference.\n', { name: 'base.txt' }).declaration;

function compiled() {
  const base = compileParagraphs(BASE);
  const returns = [
    { delegation: 'the European Union and its member States', paragraphs: base.map((t) => t.replace('shall', 'should')) },
    { delegation: 'G77 and China', paragraphs: [...base, 'We welcome the new members.'] },
  ];
  return compilationDeclaration(BASE, compile({ base, returns }));
}

describe('compilationDeclaration', () => {
  it('keeps the base blocks and numbers and stores attributions as data, not text', () => {
    const decl = compiled();
    const para = decl.blocks.find((b) => b.text.includes('promote'))!;
    expect(para.number?.raw).toBe('1.');
    expect(para.text).toBe('We [shall][should] promote free trade.');
    expect(para.attributions).toEqual([{ from: 10, to: 18, parties: ['the European Union and its member States'] }]);
    expect(decl.blocks.at(-1)?.text).toBe('[We welcome the new members.]');
  });

  it('writes attributions as "[Name: ...]" for exports, multi-word names whole', () => {
    const text = declarationToText(withAttributionText(compiled()));
    expect(text).toContain('1. We [shall][the European Union and its member States: should] promote free trade.');
    expect(text).toContain('[G77 and China: We welcome the new members.]');
  });
});
