import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { bracketedDocx } from '../../../shared/negotiation/bracketed-docx';
import { readDocx } from '../../../shared/formats/docx-read';
import { declaration, num } from '../formats/sample';

/** The parts of a .docx a test reads. */
async function parts(bytes: Uint8Array): Promise<{ document: string; comments: string | undefined }> {
  const zip = await JSZip.loadAsync(bytes);
  return { document: (await zip.file('word/document.xml')?.async('string')) ?? '', comments: await zip.file('word/comments.xml')?.async('string') };
}

/** A run with the given text, whatever its properties. */
const run = (text: string, props = '[^<]*(?:<[^>]*>[^<]*)*?') => new RegExp(`<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${text.replace(/[[\]().*]/gu, '\\$&')}</w:t></w:r>`, 'u');

const draft = declaration([
  { kind: 'title', text: 'Declaration on Water' },
  { kind: 'heading', text: 'Commitments', number: num('I.', 'roman', 1) },
  { kind: 'paragraph', text: 'Parties [shall][should] act [EU: promptly].', number: num('1.', 'decimal', 1) },
  { kind: 'paragraph', text: 'We urge [all States] [Note: check with legal] to act.', number: num('2.', 'decimal', 2) },
  { kind: 'paragraph', text: 'We [agree][3] and] note.', number: num('3.', 'decimal', 3) },
  { kind: 'footnote', text: 'Proposed by the Group of 77.', marker: '[3]', anchorBlockId: 'b5' },
]);

describe('bracketedDocx', () => {
  it.each([
    ['brackets in bold', run('[', '<w:b/><w:bCs/>')],
    ['the first alternative shaded', run('shall', '<w:shd w:fill="FFF2CC" w:color="auto" w:val="clear"/>')],
    ['the second alternative in the other tint', run('should', '<w:shd w:fill="DDEBF7" w:color="auto" w:val="clear"/>')],
    ['a written attribution in small caps', run('EU:', '<w:i/><w:iCs/><w:smallCaps/><w:color w:val="5A5A5A"/>')],
    ['a party named only in a footnote as a label', run(' [G77]', '<w:i/><w:iCs/><w:smallCaps/><w:color w:val="5A5A5A"/>')],
    ['a bracket that does not pair up in red', run(']', '<w:b/><w:bCs/><w:color w:val="C00000"/>')],
  ])('shows %s', async (_, pattern) => {
    const { document } = await parts(await bracketedDocx(draft));
    expect(document).toMatch(pattern);
  });

  it('turns a note into a Word comment on its bracket, out of the text', async () => {
    const { document, comments } = await parts(await bracketedDocx(draft, { author: 'Chair', date: new Date('2031-02-12T09:00:00Z') }));
    expect(document).not.toContain('Note: check with legal');
    expect(document).toMatch(/<w:commentRangeStart w:id="0"\/>.*all States.*<w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r>/u);
    expect(comments).toContain('check with legal');
    expect(comments).toContain('w:author="Chair"');
  });

  it('keeps headings, Word numbering and the text of every open bracket', async () => {
    const { declaration: back } = await readDocx(await bracketedDocx(draft), { name: 'back.docx' });
    expect(back.blocks.filter((b) => b.kind !== 'footnote').map((b) => [b.kind, b.number?.raw, b.text])).toEqual([
      ['title', undefined, 'Declaration on Water'],
      ['heading', 'I.', 'Commitments'],
      ['paragraph', '1.', 'Parties [shall][should] act [EU: promptly].'],
      ['paragraph', '2.', 'We urge [all States] to act.'],
      ['paragraph', '3.', 'We [agree] [G77][3] and] note.'],
    ]);
  });

  it('reads a plain negotiation text the way an import does', async () => {
    const { declaration: back } = await readDocx(await bracketedDocx('Declaration on Water\n\n1. Parties [shall/should] act.\n\n2. We agree.'), { name: 'back.docx' });
    expect(back.blocks.map((b) => b.text)).toEqual(['Declaration on Water', 'Parties [shall/should] act.', 'We agree.']);
  });
});
