import { describe, expect, it } from 'vitest';
import { AKN_NAMESPACE, declarationToAkn } from '../../../shared/formats/akoma-ntoso';
import { childElements, firstChild, parseXml, type XmlElement } from '../../../shared/formats/xml';
import { declaration, num, sample } from './sample';

const names = (el: XmlElement | undefined) => (el ? childElements(el).map((c) => c.name) : []);
function all(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  out.push(el);
  for (const c of childElements(el)) all(c, out);
  return out;
}
const text = (el: XmlElement | undefined): string => (el ? el.children.map((c) => (typeof c === 'string' ? c : text(c))).join('') : '');

describe('declarationToAkn', () => {
  const root = parseXml(declarationToAkn(sample));
  const statement = firstChild(root, 'statement');

  it('is well-formed AKN 3.0 with the parts in schema order', () => {
    expect(root.name).toBe('akomaNtoso');
    expect(root.attrs['xmlns']).toBe(AKN_NAMESPACE);
    expect(statement?.attrs['name']).toBe('declaration');
    expect(names(statement)).toEqual(['meta', 'preface', 'preamble', 'mainBody', 'conclusions']);
  });

  it('identifies the work, expression and manifestation (FRBR)', () => {
    const identification = firstChild(firstChild(statement, 'meta'), 'identification');
    expect(names(identification)).toEqual(['FRBRWork', 'FRBRExpression', 'FRBRManifestation']);
    for (const level of childElements(identification as XmlElement)) {
      expect(names(level).slice(0, 4)).toEqual(['FRBRthis', 'FRBRuri', 'FRBRdate', 'FRBRauthor']);
    }
    expect(names(firstChild(identification, 'FRBRWork'))).toContain('FRBRcountry');
    expect(names(firstChild(identification, 'FRBRExpression'))).toContain('FRBRlanguage');
  });

  it('puts paragraphs with num then content or intro and points, inside their headings', () => {
    const body = firstChild(statement, 'mainBody') as XmlElement;
    expect(names(body)).toEqual(['hcontainer', 'hcontainer']);
    const first = childElements(body)[0] as XmlElement;
    expect(names(first)).toEqual(['num', 'heading', 'paragraph', 'paragraph', 'paragraph']);
    const [p1, p2] = childElements(first, 'paragraph');
    expect(names(p1)).toEqual(['num', 'content']);
    expect(names(p2)).toEqual(['num', 'intro', 'point', 'point']);
    expect(text(firstChild(childElements(p2 as XmlElement, 'point')[1], 'num'))).toBe('(b)');
  });

  it('gives every element with an eId a unique one', () => {
    const ids = all(root).map((e) => e.attrs['eId']).filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('places footnotes as authorial notes at their markers', () => {
    const notes = all(root).filter((e) => e.name === 'authorialNote');
    expect(notes.map((n) => [n.attrs['marker'], text(n)])).toEqual([
      ['*', 'Kenya, Nepal and Serbia.'],
      ['**', 'Document A/79/1.'],
    ]);
  });

  it.each([
    ['<', 'a < b'],
    ['&', 'R&D'],
    ['quotes', 'the "clean" way'],
    ['control characters', 'bell\u0007'],
  ])('escapes %s in text', (_name, value) => {
    const xml = declarationToAkn(declaration([{ kind: 'title', text: value }, { kind: 'paragraph', text: value, number: num('1.', 'decimal', 1) }]));
    const parsed = parseXml(xml);
    expect(text(all(parsed).find((e) => e.name === 'docTitle'))).toBe(value.replace('\u0007', ''));
  });
});
