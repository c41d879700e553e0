/**
 * Akoma Ntoso identifiers, nesting and identification as the naming convention and the schema
 * want them, and every export (templates and corpus) held to the schema's structural rules.
 */
import { describe, expect, it } from 'vitest';
import { declarationToAkn, frbrCountry } from '../../../shared/formats/akoma-ntoso';
import { childElements, parseXml, type XmlElement } from '../../../shared/formats/xml';
import { aknProblems } from '../../tools/akn-structure';
import { realDeclarations } from '../../tools/declarations';
import { declaration, num } from './sample';

function all(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  out.push(el);
  for (const c of childElements(el)) all(c, out);
  return out;
}
const ids = (xml: string, tag: string) => all(parseXml(xml)).filter((e) => e.name === tag).map((e) => e.attrs['eId']);

const un = declaration([
  { kind: 'title', text: 'Nuclear disarmament' },
  { kind: 'paragraph', text: 'Recalling its resolutions,' },
  { kind: 'paragraph', text: 'Decides to act;', number: num('14.', 'decimal', 14) },
  { kind: 'paragraph', text: 'Requests:', number: num('15.', 'decimal', 15) },
  { kind: 'subitem', text: 'a report;', number: num('(a)', 'alpha-paren', 1), level: 1 },
  { kind: 'subitem', text: 'on water;', number: num('(i)', 'roman', 1), level: 2 },
  { kind: 'subitem', text: 'on air;', number: num('(ii)', 'roman', 2), level: 2 },
  { kind: 'subitem', text: 'a meeting;', number: num('(b)', 'alpha-paren', 2), level: 1 },
]);
const treaty = declaration([
  { kind: 'title', text: 'Agreement' },
  { kind: 'parties', text: 'Chile\nPeru', parties: ['Chile', 'Peru'] },
  { kind: 'heading', text: 'Article 2', level: 1 },
  { kind: 'paragraph', text: 'Parties shall act.', number: num('1.', 'decimal', 1) },
  { kind: 'paragraph', text: 'They shall report.', number: num('2.', 'decimal', 2) },
  { kind: 'heading', text: 'Purpose', number: num('Article 3', 'article', 3), level: 1 },
  { kind: 'paragraph', text: 'This Agreement aims.', number: num('1.', 'decimal', 1) },
]);

describe('Akoma Ntoso names and structure', () => {
  it('names paragraphs by their own numbers; an unnumbered one gets no number of its own', () => {
    expect(ids(declarationToAkn(un), 'paragraph')).toEqual(['para_u1', 'para_14', 'para_15']);
  });

  it('nests (i) under (a) as points named within their paragraph', () => {
    const xml = declarationToAkn(un);
    expect(ids(xml, 'point')).toEqual(['para_15__point_a', 'para_15__point_a__point_i', 'para_15__point_a__point_ii', 'para_15__point_b']);
    const a = all(parseXml(xml)).find((e) => e.attrs['eId'] === 'para_15__point_a') as XmlElement;
    expect(childElements(a).map((c) => c.name)).toEqual(['num', 'intro', 'point', 'point']);
  });

  it('writes "Article N" headings as articles, their paragraphs named within them', () => {
    const xml = declarationToAkn(treaty);
    expect(ids(xml, 'article')).toEqual(['art_2', 'art_3']);
    expect(ids(xml, 'paragraph')).toEqual(['art_2__para_1', 'art_2__para_2', 'art_3__para_1']);
    expect(ids(xml, 'hcontainer')).toEqual([]);
  });

  it('keeps the parties where the source has them, each with its TLC entry', () => {
    const doc = parseXml(declarationToAkn(treaty));
    const statement = childElements(doc)[0] as XmlElement;
    expect(childElements(statement).map((c) => c.name)).toEqual(['meta', 'preface', 'preamble', 'mainBody']);
    const parties = all(doc).filter((e) => e.name === 'party').map((e) => e.attrs['refersTo']);
    const tlc = all(doc).filter((e) => e.name === 'TLCOrganization').map((e) => `#${e.attrs['eId']}`);
    expect(parties).toEqual(['#party-chile', '#party-peru']);
    expect(tlc).toEqual(expect.arrayContaining(parties));
  });

  it('gives two party names with one slug their own TLC entries', () => {
    const twins = declaration([
      { kind: 'title', text: 'Agreement' },
      { kind: 'parties', text: "Côte d'Ivoire\nCote d Ivoire", parties: ["Côte d'Ivoire", 'Cote d Ivoire'] },
      { kind: 'paragraph', text: 'Parties shall act.' },
    ]);
    const doc = parseXml(declarationToAkn(twins));
    const refs = all(doc).filter((e) => e.name === 'party').map((e) => e.attrs['refersTo']);
    const tlc = all(doc).filter((e) => e.name === 'TLCOrganization').map((e) => [`#${e.attrs['eId']}`, e.attrs['showAs']]);
    expect(new Set(refs).size).toBe(2);
    expect(tlc).toEqual(expect.arrayContaining([[refs[0], "Côte d'Ivoire"], [refs[1], 'Cote d Ivoire']]));
  });

  it('dates the FRBR levels with the declaration date and takes the country from its origin', () => {
    const dated = { ...un, date: '2025-12-01', details: [{ name: 'Symbol', value: 'A/RES/80/24' }] };
    const doc = parseXml(declarationToAkn(dated));
    expect(new Set(all(doc).filter((e) => e.name === 'FRBRdate').map((e) => e.attrs['date']))).toEqual(new Set(['2025-12-01']));
    expect(all(doc).find((e) => e.name === 'FRBRcountry')?.attrs['value']).toBe('un');
    expect(frbrCountry({ ...un, details: [{ name: 'Source', value: 'https://www.whitehouse.gov/briefing-room/x' }] })).toBe('us');
    expect(frbrCountry({ ...un, details: [{ name: 'Source', value: 'http://www.fmprc.gov.cn/eng/x.html' }] })).toBe('cn');
  });

  it('finds a reference without its TLC entry (the rules check themselves)', () => {
    const xml = declarationToAkn(treaty).replace(/<TLCOrganization eId="party-peru"[^>]*\/>/, '');
    expect(aknProblems(parseXml(xml))).toEqual(['reference #party-peru has no TLC entry']);
  });

  it.each(realDeclarations().map((d) => [d.name, d.declaration] as const))('%s follows the schema rules', (_name, decl) => {
    expect(aknProblems(parseXml(declarationToAkn(decl)))).toEqual([]);
  });
});
