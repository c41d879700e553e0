import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/formats/docx-read';
import { readMarkdown } from '../../../shared/formats/markdown';

const dir = fileURLToPath(new URL('../../fixtures/docx-real/', import.meta.url));

/**
 * Word files made by the tools delegates use (tests/fixtures/docx-real/make.sh): pandoc's, and
 * the same file after LibreOffice opened and saved it. Both must read with the numbers the
 * application shows: lists continued across paragraphs of one list, restarts, a list that starts
 * at 5, nested letters and roman numerals, Symbol-font bullets, bold lines as headings, italics.
 */
describe.each(['un-resolution.pandoc.docx', 'un-resolution.libreoffice.docx'])('%s', (file) => {
  const read = async () => (await readDocx(readFileSync(dir + file), { name: file })).declaration;

  it('numbers paragraphs as the application displays them', async () => {
    const numbers = (await read()).blocks.filter((b) => b.number).map((b) => b.number?.raw);
    expect(numbers).toEqual(['1.', '2.', 'a.', 'b.', 'i.', 'ii.', '3.', '4.', '5.', '6.', '1.', '2.', '•', '•', '•', '(1)', '(2)']);
  });

  it('nests letters under their paragraph and roman numerals under their letter', async () => {
    const items = (await read()).blocks.filter((b) => b.kind === 'subitem');
    expect(items.map((b) => b.number?.raw)).toEqual(['a.', 'b.', 'i.', 'ii.']);
    // One rule with the text reader: the paragraph is level 1, its letters 2, their numerals 3.
    expect(items.map((item) => item.level)).toEqual([2, 2, 3, 3]);
    const text = readMarkdown(readFileSync(`${dir}un-resolution.md`, 'utf8'), { name: 'un-resolution.md' }).declaration;
    expect(items.map((item) => item.level)).toEqual(text.blocks.filter((b) => b.kind === 'subitem').map((b) => b.level));
  });

  it('reads a short paragraph all in bold as a heading', async () => {
    const headings = (await read()).blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['Follow-up', 'Annex']));
  });

  it('keeps italics as marks', async () => {
    const welcomes = (await read()).blocks.find((b) => b.text.startsWith('Welcomes'));
    expect(welcomes?.marks).toEqual([{ from: 0, to: 8, type: 'italic' }]);
    const recalling = (await read()).blocks.find((b) => b.text.startsWith('Recalling'));
    expect(recalling?.marks).toEqual([{ from: 0, to: 9, type: 'italic' }]);
  });
});
