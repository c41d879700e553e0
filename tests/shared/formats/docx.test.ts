import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/formats/docx-read';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import { declaration, num, sample, shape } from './sample';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .docx of our own: body paragraphs, optional numbering and extra parts. */
async function docx(body: string, parts: Record<string, string> = {}, rels = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`);
  zip.file('word/_rels/document.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="n" Type="${REL}/numbering" Target="numbering.xml"/>${rels}</Relationships>`);
  zip.file('word/document.xml', `<w:document ${W}><w:body>${body}</w:body></w:document>`);
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

const p = (text: string, pPr = '') => `<w:p><w:pPr>${pPr}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const listed = (numId: number, ilvl: number, text: string) => p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const numbering = (levels: string, nums: string) => ({ 'word/numbering.xml': `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}</w:numbering>` });
const lvl = (ilvl: number, fmt: string, text: string, start = 1) => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;

describe('declarationToDocx then readDocx', () => {
  it('gives back the same blocks, numbers, footnotes and parties', async () => {
    const { declaration: back } = await readDocx(await declarationToDocx(sample), { name: 'sample.docx' });
    expect(back.blocks.map(shape)).toEqual(sample.blocks.map(shape));
    expect(back.blocks.filter((b) => b.kind === 'footnote').map((b) => b.anchorBlockId)).toEqual(['b3', 'b10']);
  });

  it('keeps the invariant: spans point at each block in the text', async () => {
    const { declaration: back } = await readDocx(await declarationToDocx(sample), { name: 'sample.docx' });
    for (const b of back.blocks) expect(back.text.slice(b.span.start, b.span.end)).toContain(b.text.split('\n')[0]);
    expect(back.parties).toEqual(['Kenya', 'Nepal', 'Serbia']);
    expect(back.source.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('writes numbers as Word lists, not typed text', async () => {
    const zip = await JSZip.loadAsync(await declarationToDocx(sample));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:numPr>');
    expect(xml).not.toMatch(/<w:t[^>]*>1\. /);
    expect(xml).toContain('w:customMarkFollows="1"');
  });

  it.each([
    ['"[1]" markers become Word\'s automatic numbers', '[1]', false],
    ['"*" markers become custom marks', '*', true],
  ])('%s', async (_name, marker, custom) => {
    const decl = declaration([
      { kind: 'title', text: 'T' },
      { kind: 'paragraph', text: `We agree${marker}.`, number: num('1.', 'decimal', 1), cites: [marker] },
      { kind: 'footnote', text: 'A note.', marker, anchorBlockId: 'b2' },
    ]);
    const bytes = await declarationToDocx(decl);
    const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml.includes('customMarkFollows')).toBe(custom);
    const { declaration: back } = await readDocx(bytes, { name: 'x.docx' });
    expect(back.blocks.map((b) => [b.kind, b.text, b.marker ?? b.cites.join()])).toEqual([
      ['title', 'T', ''],
      ['paragraph', `We agree${marker}.`, marker],
      ['footnote', 'A note.', marker],
    ]);
  });
});

describe('readDocx on Word files', () => {
  it.each([
    ['decimal list', lvl(0, 'decimal', '%1.'), ['1.', '2.', '3.']],
    ['list starting at 4', lvl(0, 'decimal', '%1)', 4), ['4)', '5)', '6)']],
    ['upper roman', lvl(0, 'upperRoman', '%1.'), ['I.', 'II.', 'III.']],
    ['legal multilevel', lvl(0, 'decimal', 'Article %1'), ['Article 1', 'Article 2', 'Article 3']],
  ])('shows the numbers Word displays: %s', async (_name, level, expected) => {
    const body = [p('Title'), listed(1, 0, 'one'), listed(1, 0, 'two'), listed(1, 0, 'three')].join('');
    const bytes = await docx(body, numbering(level, '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'));
    const { declaration: d } = await readDocx(bytes, { name: 'x.docx' });
    expect(d.blocks.filter((b) => b.number).map((b) => b.number?.raw)).toEqual(expected);
  });

  it('restarts sub-items under each paragraph and honours startOverride', async () => {
    const levels = lvl(0, 'decimal', '%1.') + lvl(1, 'lowerLetter', '(%2)');
    const nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>';
    const body = [p('Title'), listed(1, 0, 'a'), listed(1, 1, 'b'), listed(1, 1, 'c'), listed(1, 0, 'd'), listed(1, 1, 'e'), listed(2, 0, 'f')].join('');
    const { declaration: d } = await readDocx(await docx(body, numbering(levels, nums)), { name: 'x.docx' });
    expect(d.blocks.slice(1).map((b) => [b.kind, b.number?.raw])).toEqual([
      ['paragraph', '1.'],
      ['subitem', '(a)'],
      ['subitem', '(b)'],
      ['paragraph', '2.'],
      ['subitem', '(a)'],
      ['paragraph', '7.'],
    ]);
  });

  it('reads typed numbers, a right-aligned signature and a table of parties', async () => {
    const table = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Chile</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Peru</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const body = [p('Declaration'), p('Recalling our work,'), p('1. We agree.'), table, p('Done at Lima', '<w:jc w:val="right"/>')].join('');
    const { declaration: d } = await readDocx(await docx(body), { name: 'x.docx' });
    expect(d.blocks.map((b) => [b.kind, b.number?.raw, b.text])).toEqual([
      ['title', undefined, 'Declaration'],
      ['preamble', undefined, 'Recalling our work,'],
      ['paragraph', '1.', 'We agree.'],
      ['parties', undefined, 'Chile\nPeru'],
      ['signature', undefined, 'Done at Lima'],
    ]);
  });

  it('reads typed numbers on past 999 in a long document, but not a year opening a paragraph', async () => {
    const numbered = Array.from({ length: 1001 }, (_, k) => p(`${k + 1}. We note report ${k + 1}.`));
    const body = [p('Declaration'), ...numbered, p('2015. A year of agreements.')].join('');
    const { declaration: d } = await readDocx(await docx(body), { name: 'x.docx' });
    expect(d.blocks.slice(-3).map((b) => [b.number?.raw, b.text])).toEqual([
      ['1000.', 'We note report 1000.'],
      ['1001.', 'We note report 1001.'],
      [undefined, '2015. A year of agreements.'],
    ]);
  });

  it('leaves out deleted revisions and field codes', async () => {
    const body = '<w:p><w:r><w:t>We </w:t></w:r><w:del><w:r><w:delText>never </w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText><w:t>agree.</w:t></w:r></w:p>';
    const { declaration: d } = await readDocx(await docx(body), { name: 'x.docx' });
    expect(d.blocks[0]?.text).toBe('We agree.');
  });

  it('ignores macros and external references, saying so', async () => {
    const rels = `<Relationship Id="t" Type="${REL}/attachedTemplate" Target="http://example.org/evil.dotm" TargetMode="External"/>`;
    const bytes = await docx(p('Title'), { 'word/vbaProject.bin': 'MZ...' }, rels);
    const { declaration: d, report } = await readDocx(bytes, { name: 'x.docm' });
    expect(d.title).toBe('Title');
    expect(report.warnings.map((w) => w.message).join(' ')).toMatch(/macros.*ignored[\s\S]*did not fetch/);
  });

  it.each([
    ['an Excel workbook', { 'xl/workbook.xml': '<workbook/>' }, /Excel workbook/],
    ['a plain zip', { 'readme.txt': 'hello' }, /zip archive, not a Word document/],
  ])('refuses %s', async (_name, files, message) => {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }), { name: 'x.docx' })).rejects.toThrow(message);
  });

  it('refuses a document whose XML is broken', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document><w:body><w:p></w:body>');
    await expect(readDocx(await zip.generateAsync({ type: 'uint8array' }), { name: 'x.docx' })).rejects.toThrow(/not valid XML/);
  });

  it('refuses a truncated file', async () => {
    const bytes = await declarationToDocx(sample);
    await expect(readDocx(bytes.slice(0, bytes.length / 2), { name: 'x.docx' })).rejects.toThrow(/damaged or incomplete/);
  });
});
