import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../shared/diff/compare';
import { comparisonToDocx } from '../../../shared/diff/redline/docx';
import { declarationToAkn } from '../../../shared/formats/akoma-ntoso';
import { bracketedDocx } from '../../../shared/negotiation/bracketed-docx';
import { readDocx } from '../../../shared/formats/docx-read';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import { readDeclarationText } from '../../../shared/text/read';
import { declaration, num } from './sample';

/** Characters XML 1.0 allows nowhere: C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const HOSTILE = 'We 🌍 agree\uFFFE on [this\uFFFF] text\u0001 now\uD800 and\u000C then\uDC00.';

const hostile = declaration([
  { kind: 'title', text: `Joint\uFFFF Statement\u0002` },
  { kind: 'paragraph', text: HOSTILE, number: num('1.', 'decimal', 1) },
  { kind: 'paragraph', text: 'Emoji stay: 🌍 and 𠀀.', number: num('2.', 'decimal', 2) },
]);

async function xmlParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) parts[name] = await zip.file(name)!.async('string');
  return parts;
}

describe('every XML writer leaves out the characters XML forbids', () => {
  it.each<[string, () => Promise<Uint8Array>]>([
    ['Word export', () => declarationToDocx(hostile)],
    ['bracketed Word export', () => bracketedDocx(hostile)],
    ['bracketed Word export of a text', () => bracketedDocx(`Title\n\n1. ${HOSTILE}`)],
    ['Word redline', () => comparisonToDocx(compareDeclarations({ title: 'A\uFFFE', paragraphs: [{ id: 'p1', text: HOSTILE }] }, { title: 'B', paragraphs: [{ id: 'p1', text: `${HOSTILE} more\uFFFF` }] }), { author: 'X\uFFFF', date: new Date(0) })],
  ])('%s', async (_name, write) => {
    const parts = await xmlParts(await write());
    for (const [name, xml] of Object.entries(parts)) expect(FORBIDDEN.test(xml), name).toBe(false);
    expect(parts['word/document.xml']).toContain('🌍');
    // And Concord reads its own file back.
    const back = await readDocx(await write(), { name: 'back.docx' });
    expect(back.declaration.blocks.length).toBeGreaterThan(0);
  });

  it('Akoma Ntoso', () => {
    const xml = declarationToAkn(hostile);
    expect(FORBIDDEN.test(xml)).toBe(false);
    expect(xml).toContain('𠀀');
  });

  it('reading a text with such characters removes them and says so in the report', () => {
    const read = readDeclarationText(`Title\n\n1. ${HOSTILE}\n`, { name: 'hostile.txt' });
    // A form feed is kept as a page break by the reader; the writers drop it.
    expect(FORBIDDEN.test(read.declaration.text.replace(/\f/g, ''))).toBe(false);
    expect(read.report.removals.map((r) => r.reason)).toEqual(expect.arrayContaining(['character XML does not allow']));
  });
});
