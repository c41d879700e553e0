import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDeclaration } from '../../../shared/text/read';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The held-out check: declarations written for the tests, with quirks the templates lack, must
 * segment as a reader would. Each block is "kind[level] number".
 */
describe('held-out fixtures', () => {
  it.each([
    ['01-treaty-articles.txt', 'utf-8', { date: '2019-03-14', place: 'Lisbon' },
      ['title', 'heading Article 1', 'heading', 'paragraph 1.', 'paragraph 2.', 'subitem2 (a)', 'subitem2 (b)', 'subitem2 (c)', 'heading Article 2 —', 'paragraph 1.', 'paragraph 2.', 'signature']],
    ['02-multilevel.txt', 'utf-8', {},
      ['title', 'heading 1.', 'paragraph2 1.1', 'paragraph2 1.2', 'heading 2.', 'paragraph2 2.1', 'paragraph2 2.2', 'paragraph2 2.4']],
    ['03-resolution.txt', 'utf-8', {},
      ['title', 'preamble', 'preamble', 'preamble', 'paragraph 1.', 'paragraph 2.', 'subitem2 (a)', 'subitem2 (b)', 'subitem2 (c)', 'subitem3 (i)', 'subitem3 (ii)',
        'subitem2 (d)', 'subitem2 (e)', 'subitem2 (f)', 'subitem2 (g)', 'subitem2 (h)', 'subitem2 (i)', 'paragraph 3.']],
    ['04-communique.utf16le.txt', 'utf-16le', { date: '2021-03-12', place: 'Geneva', parties: ['Austria', 'Belgium', 'Chile', 'Kenya', 'Viet Nam'] },
      ['title', 'meta', 'preamble', 'paragraph 1.', 'paragraph 2.', 'paragraph 3.', 'footnote *']],
    ['05-windows1252.txt', 'windows-1252', { date: '2018-06-05', place: 'Paris' },
      ['title', 'preamble', 'paragraph 1.', 'paragraph 2.', 'paragraph 3.', 'signature']],
    ['06-hard-wrapped.txt', 'utf-8', { date: '2022-10-02', place: 'Nairobi' },
      ['title', 'preamble', 'paragraph 1.', 'paragraph 2.', 'paragraph 3.']],
    ['07-scraped-mojibake.txt', 'utf-8', {},
      ['title', 'preamble', 'paragraph 1.', 'paragraph 2.', 'paragraph 3.']],
    ['08-parties-list.txt', 'utf-8', { date: '2019-05-03', place: 'Vienna', parties: ['Republic of Austria', 'Kingdom of Sweden', 'United Mexican States', 'Republic of South Africa'] },
      ['title', 'preamble', 'paragraph 1.', 'paragraph 2.', 'paragraph', 'parties', 'signature']],
    ['09-ordinals-bullets.txt', 'utf-8', {},
      ['title', 'preamble', 'paragraph Firstly,', 'paragraph Secondly,', 'subitem2 •', 'subitem2 •', 'paragraph Thirdly,', 'footnote [1]']],
    ['10-sections.utf16be.txt', 'utf-16be', { date: '2017-11-22', place: 'Rotterdam' },
      ['title', 'heading I.', 'heading2 A.', 'paragraph', 'heading2 B.', 'paragraph', 'heading II.', 'paragraph', 'signature']],
  ])('%s (%s)', (file, encoding, facts, shape) => {
    const { declaration, report } = readDeclaration(readFileSync(`${root}tests/fixtures/${file}`), { name: file });
    expect(report.encoding).toBe(encoding);
    expect(declaration).toMatchObject(facts);
    expect(declaration.blocks.map((b) => `${b.kind}${b.level > 1 ? b.level : ''}${b.number || b.marker ? ' ' : ''}${b.number?.raw ?? b.marker ?? ''}`)).toEqual(shape);
  });

  it('repairs the mojibake and removes the debris of the scraped page, keeping its accents', () => {
    const { declaration, report } = readDeclaration(readFileSync(`${root}tests/fixtures/07-scraped-mojibake.txt`), { name: '07' });
    expect(report.repairs.map((r) => r.to)).toEqual(['’', '“', '”']);
    expect(report.removals.map((r) => r.reason)).toEqual(['site navigation', 'breadcrumb', 'share and print buttons', 'cookie notice', 'page navigation']);
    expect(declaration.text).toContain('Agence française de développement and the Fundação Getúlio Vargas in São Paulo');
  });

  it('links the bracketed footnote to its anchor', () => {
    const { declaration } = readDeclaration(readFileSync(`${root}tests/fixtures/09-ordinals-bullets.txt`), { name: '09' });
    expect(declaration.blocks.at(-1)).toMatchObject({ kind: 'footnote', marker: '[1]', anchorBlockId: 'b2' });
  });
});
