import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../shared/diff/compare';
import { blockPlaces } from '../../../shared/diff/places';
import { comparisonToJson } from '../../../shared/diff/redline/json';
import { comparisonToText } from '../../../shared/diff/redline/text';
import { sideFromDeclaration } from '../../../shared/diff/side';
import { readMarkdown } from '../../../shared/formats/markdown';
import type { Block } from '../../../shared/model';

type B = Pick<Block, 'kind' | 'text' | 'number' | 'marker'>;
const n = (raw: string) => ({ raw, style: 'decimal' as const, value: 1, glued: false });
const block = (kind: Block['kind'], text: string, raw?: string, marker?: string): B => ({ kind, text, ...(raw ? { number: n(raw) } : {}), ...(marker ? { marker } : {}) });

const corpus = (name: string) => readMarkdown(readFileSync(fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url)), 'utf8'), { name }).declaration;

describe('places named by the document’s own numbers', () => {
  it('names a resolution’s preamble and operative paragraphs', () => {
    expect(blockPlaces([block('title', 'T'), block('preamble', 'Recalling'), block('preamble', 'Noting'), block('paragraph', 'Decides', '1.'), block('subitem', 'to', '(a)'), block('paragraph', 'Requests', '2.')])).toEqual([
      'title',
      'preamble 1',
      'preamble 2',
      'OP 1',
      'OP 1 (a)',
      'OP 2',
    ]);
  });

  it('names paragraphs of articles "Art. 4.2" and headings by their text', () => {
    expect(blockPlaces([block('heading', 'Mitigation', 'Article 4'), block('paragraph', 'x', '1.'), block('paragraph', 'y', '2.'), block('subitem', 'z', '(a)'), block('heading', 'Final provisions'), block('paragraph', 'w')])).toEqual([
      'Art. 4',
      'Art. 4.1',
      'Art. 4.2',
      'Art. 4.2 (a)',
      '“Final provisions”',
      '“Final provisions” para 1',
    ]);
  });

  it('names a declaration’s paragraphs "para 14 (a)", footnotes by their mark', () => {
    expect(blockPlaces([block('paragraph', 'x', '14.'), block('subitem', 'y', '(a)'), block('footnote', 'f', undefined, '*'), block('parties', 'p'), block('signature', 's')])).toEqual(['para 14', 'para 14 (a)', 'footnote *', 'parties', 'signature']);
  });

  it('never names a place by a block index on a real declaration', () => {
    for (const name of ['unfccc-adp-draft-agreement-2015-10-23.md', 'wh-2023-09-18-declaration-on-atlantic-cooperation.md', 'un-ga-res-80-1.md']) {
      const places = blockPlaces(corpus(name).blocks);
      expect(places.some((p) => /¶|\bb\d+\b/u.test(p))).toBe(false);
      expect(new Set(places).size).toBeGreaterThan(places.length * 0.75);
    }
  });
});

describe('places in a comparison', () => {
  const decl = corpus('wh-2023-09-18-declaration-on-atlantic-cooperation.md');
  const a = sideFromDeclaration(decl);
  const at = blockPlaces(decl.blocks).indexOf('OP 7');
  const edited = { ...decl, blocks: decl.blocks.map((b, k) => (k === at ? { ...b, text: `${b.text} We add this sentence.` } : b)) };
  const c = compareDeclarations(a, sideFromDeclaration(edited));

  it('lists the change as “OP 7”, in the summary and the text redline', () => {
    expect(c.summary.changes.map((x) => x.where)).toEqual(['OP 7']);
    expect(comparisonToText(c)).toContain('OP 7');
  });

  it('gives every changed row a where for both sides in the JSON', () => {
    const json = JSON.parse(comparisonToJson(c)) as { rows: { kind: string; where: { a?: string; b?: string } }[] };
    const changed = json.rows.find((r) => r.kind === 'changed');
    expect(changed?.where).toEqual({ a: 'OP 7', b: 'OP 7' });
  });
});
