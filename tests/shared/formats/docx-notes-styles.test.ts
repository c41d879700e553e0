import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/formats/docx-read';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import { declaration, num } from './sample';

/** The XML parts of an exported .docx a test reads. */
async function parts(bytes: Uint8Array): Promise<Record<'document' | 'styles' | 'numbering' | 'footer', string>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const footer = Object.keys(zip.files).find((n) => /^word\/footer\d*\.xml$/.test(n)) ?? '';
  return { document: await text('word/document.xml'), styles: await text('word/styles.xml'), numbering: await text('word/numbering.xml'), footer: await text(footer) };
}

/** The paragraphs of document.xml, each as its XML. */
const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];

describe('DOCX footnotes: each cited where its reference is, once', () => {
  // Like a UN text read from PDF: one note anchored, one found by its mark, one whose reference was lost.
  const un = declaration([
    { kind: 'title', text: 'Nuclear disarmament' },
    { kind: 'preamble', text: 'Recalling the Treaty[1] and its review,', cites: ['[1]'], number: undefined },
    { kind: 'preamble', text: 'Bearing in mind the Convention of 1972 and the Final Document,' },
    { kind: 'paragraph', text: 'Welcomes the entry into force of the Treaty[3] in 2021;', number: num('1.', 'decimal', 1) },
    { kind: 'footnote', text: 'Treaty Series, vol. 729.', marker: '[1]', anchorBlockId: 'b2' },
    { kind: 'footnote', text: 'Resolution S-10/2.', marker: '[2]' },
    { kind: 'footnote', text: 'A/CONF.229/2017/8.', marker: '[3]' },
  ]);

  it('puts a reference in the citing paragraphs only, never in the title', async () => {
    const { document } = await parts(await declarationToDocx(un));
    const refs = paragraphs(document).map((p) => (p.match(/<w:footnoteReference /g) ?? []).length);
    expect(refs).toEqual([0, 1, 0, 1, 0]);
  });

  it('shows each note with its own number and text; a note without a reference follows the text with its mark', async () => {
    const { declaration: back } = await readDocx(await declarationToDocx(un), { name: 'un.docx' });
    const notes = back.blocks.filter((b) => b.kind === 'footnote').map((n) => [n.marker, n.text, back.blocks.find((b) => b.id === n.anchorBlockId)?.text]);
    expect(notes).toEqual(
      expect.arrayContaining([
        ['[1]', 'Treaty Series, vol. 729.', 'Recalling the Treaty[1] and its review,'],
        ['[3]', 'A/CONF.229/2017/8.', 'Welcomes the entry into force of the Treaty[3] in 2021;'],
        ['[2]', 'Resolution S-10/2.', undefined],
      ]),
    );
    expect(notes).toHaveLength(3);
  });

  it('gives two notes with the same mark each their own reference', async () => {
    const twice = declaration([
      { kind: 'title', text: 'T' },
      { kind: 'paragraph', text: 'First*.', cites: ['*'] },
      { kind: 'paragraph', text: 'Second*.', cites: ['*'] },
      { kind: 'footnote', text: 'Note one.', marker: '*', anchorBlockId: 'b2' },
      { kind: 'footnote', text: 'Note two.', marker: '*', anchorBlockId: 'b3' },
    ]);
    const { document } = await parts(await declarationToDocx(twice));
    expect([...document.matchAll(/<w:footnoteReference [^>]*w:id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
    const { declaration: back } = await readDocx(await declarationToDocx(twice), { name: 't.docx' });
    expect(back.blocks.filter((b) => b.kind === 'footnote').map((n) => [n.text, back.blocks.find((b) => b.id === n.anchorBlockId)?.text])).toEqual([
      ['Note one.', 'First*.'],
      ['Note two.', 'Second*.'],
    ]);
  });
});

describe('DOCX style set and numbers', () => {
  const decl = declaration([
    { kind: 'title', text: 'Declaration' },
    { kind: 'heading', text: 'Article 15', level: 1 },
    { kind: 'paragraph', text: 'Typed number Word cannot show.', number: num('4 bis.', 'decimal', 4) },
    { kind: 'subitem', text: 'A bullet from a Word file.', number: { raw: '\uf0b7', style: 'bullet', value: 0, glued: false } },
    { kind: 'subitem', text: 'Another one.', number: { raw: '\uf0b7', style: 'bullet', value: 0, glued: false } },
  ]);

  it('writes headings in the document type, black and bold, kept with the next paragraph', async () => {
    const { styles, document } = await parts(await declarationToDocx(decl));
    const heading1 = /<w:style [^>]*w:styleId="Heading1".*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('<w:keepNext/>');
    expect(heading1).toMatch(/<w:color w:val="000000"\/>/);
    expect(heading1).toMatch(/<w:sz w:val="24"\/>/);
    expect(heading1).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(paragraphs(document)[1]).toContain('<w:keepNext/>');
  });

  it('numbers the pages in the footer, in the body font', async () => {
    const { footer, styles } = await parts(await declarationToDocx(decl));
    expect(footer).toMatch(/PAGE/);
    expect(/<w:style [^>]*w:styleId="Footer".*?<\/w:style>/.exec(styles)?.[0]).toMatch(/Times New Roman/);
  });

  it('hangs a typed number like a list number: number, tab, hanging indent', async () => {
    const { document } = await parts(await declarationToDocx(decl));
    const p = paragraphs(document)[2] ?? '';
    expect(p).toMatch(/<w:ind w:left="720" w:hanging="720"\/>/);
    expect(p).toMatch(/<w:t xml:space="preserve">4 bis\.<\/w:t><w:tab\/>/);
  });

  it('writes Symbol-font bullets as the bullet character any font shows', async () => {
    const { numbering } = await parts(await declarationToDocx(decl));
    expect(numbering).toContain('<w:lvlText w:val="•"/>');
    expect(numbering).not.toContain('\uf0b7');
  });
});
