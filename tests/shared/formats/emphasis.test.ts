/**
 * Emphasis the reader keeps as inline marks ("*Recognizing*" in a UN preamble, a Word italic)
 * survives every export: Word runs, the HTML/PDF page, Markdown (rendered by pandoc) and
 * Akoma Ntoso; and Markdown read back by Concord gives the same marks, for every corpus file.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { declarationToAkn } from '../../../shared/formats/akoma-ntoso';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import { declarationToHtml } from '../../../shared/formats/html-write';
import { declarationToMarkdown, readMarkdown } from '../../../shared/formats/markdown';
import { marksOf, realDeclarations } from '../../tools/declarations';
import { pandoc } from '../../tools/real-tools';
import { declaration, num } from './sample';

const decl = declaration([
  { kind: 'title', text: 'Resolution' },
  { kind: 'preamble', text: 'Recognizing the role of the Assembly,', marks: [{ from: 0, to: 11, type: 'italic' }] },
  { kind: 'paragraph', text: 'Decides to act now, see the report.', number: num('1.', 'decimal', 1), marks: [{ from: 0, to: 7, type: 'bold' }, { from: 24, to: 34, type: 'link', href: 'https://undocs.org/A/80/1' }] },
]);

describe('emphasis in every writer', () => {
  it('Word: italic and bold runs, the link a hyperlink', async () => {
    const zip = await JSZip.loadAsync(await declarationToDocx(decl));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Recognizing<\/w:t><\/w:r>/);
    expect(xml).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Decides<\/w:t>/);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*>.*the report/);
  });

  it('HTML and PDF page: em, strong and a', () => {
    for (const paged of [false, true]) {
      const html = declarationToHtml(decl, { paged });
      expect(html).toContain('<em>Recognizing</em> the role');
      expect(html).toContain('<strong>Decides</strong> to act');
      expect(html).toContain('<a href="https://undocs.org/A/80/1">the report</a>');
    }
  });

  it('Markdown: rendered by pandoc as emphasis', async () => {
    const html = await pandoc(declarationToMarkdown(decl), 'markdown', 'html');
    expect(html).toContain('<em>Recognizing</em> the role');
    expect(html).toContain('<strong>Decides</strong> to act');
    expect(html).toContain('<a href="https://undocs.org/A/80/1">the report</a>');
  });

  it('Akoma Ntoso: i, b and a', () => {
    const xml = declarationToAkn(decl);
    expect(xml).toContain('<i>Recognizing</i> the role');
    expect(xml).toContain('<b>Decides</b> to act');
    expect(xml).toContain('<a href="https://undocs.org/A/80/1">the report</a>');
  });

  it('never writes a script address as a link', () => {
    const hostile = declaration([{ kind: 'paragraph', text: 'Click', marks: [{ from: 0, to: 5, type: 'link', href: 'javascript:alert(1)' }] }]);
    expect(declarationToHtml(hostile)).not.toContain('javascript:');
    expect(declarationToAkn(hostile)).not.toContain('javascript:');
  });
});

describe('emphasis kept through Concord\'s own Markdown', () => {
  it.each(realDeclarations().map((d) => [d.name, d.declaration] as const))('%s', (name, d) => {
    expect(marksOf(readMarkdown(declarationToMarkdown(d), { name }).declaration)).toEqual(marksOf(d));
  });
});
