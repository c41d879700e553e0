/**
 * Concord's own Word export after one save in LibreOffice (headless, a private profile) reads
 * back with the numbers it had: a real UN resolution of the corpus, with its sub-items.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../shared/formats/markdown';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import { readDocx } from '../../../shared/formats/docx-read';
import { libreOffice } from '../../tools/real-tools';

const file = fileURLToPath(new URL('../../fixtures/corpus/un-ga-res-80-1.md', import.meta.url));

describe('a Concord export saved again by LibreOffice', () => {
  it('keeps every paragraph and sub-item number', async () => {
    const decl = readMarkdown(readFileSync(file, 'utf8'), { name: 'un-ga-res-80-1.md' }).declaration;
    const exported = await declarationToDocx(decl);
    const resaved = (await libreOffice(new Map([['res.docx', exported]]), 'docx:MS Word 2007 XML', 'docx')).get('res.docx');
    expect(resaved).toBeDefined();
    const again = (await readDocx(resaved ?? new Uint8Array(), { name: 'res.docx' })).declaration;
    const numbers = (d: typeof decl) => d.blocks.filter((b) => b.number && b.kind !== 'heading').map((b) => b.number?.raw);
    expect(numbers(again)).toEqual(numbers(decl));
    expect(numbers(decl)).toEqual(['1.', '(a)', '(b)', '(c)', '2.', '3.']);
  }, 240_000);
});
