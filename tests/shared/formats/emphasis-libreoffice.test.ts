/**
 * Emphasis through the tool another delegation edits in: Concord's DOCX of every template and
 * corpus file that has italics, bold or links, saved again by LibreOffice headless (one start for
 * all), read back by Concord with the same marks over the same characters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/formats/docx-read';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import type { Block, Declaration } from '../../../shared/model';
import { marksOf, realDeclarations } from '../../tools/declarations';
import { libreOffice } from '../../tools/real-tools';

/**
 * A title or heading all in bold is bold by its heading style, which Word and LibreOffice show
 * and Concord's DOCX reader reads as the heading it is; emphasis inside it is kept.
 */
function withoutHeadingLook(d: Declaration): Declaration {
  const bold = (b: Block, i: number) => (b.marks ?? []).some((m) => m.type === 'bold' && m.from <= i && i < m.to);
  const look = (b: Block) => (b.kind === 'title' || b.kind === 'heading') && [...b.text].every((c, i) => /\s/.test(c) || bold(b, i));
  return { ...d, blocks: d.blocks.map((b) => (look(b) ? { ...b, marks: (b.marks ?? []).filter((m) => m.type !== 'bold') } : b)) };
}

const marked = realDeclarations()
  .map((d) => ({ ...d, declaration: withoutHeadingLook(d.declaration) }))
  .filter((d) => d.declaration.blocks.some((b) => b.marks?.length));
const docxName = (name: string) => name.replace(/\.[^.]+$/, '.docx');

describe('emphasis kept through DOCX saved again by LibreOffice', () => {
  let saved = new Map<string, Uint8Array>();
  beforeAll(async () => {
    const files = new Map<string, Uint8Array>();
    for (const { name, declaration } of marked) files.set(docxName(name), await declarationToDocx(declaration));
    saved = await libreOffice(files, 'docx:MS Word 2007 XML', 'docx');
  }, 600_000);

  it('covers the files with emphasis', () => {
    expect(marked.length).toBeGreaterThan(8);
  });

  it.each(marked.map((d) => [d.name, d.declaration] as const))('%s', async (name, decl) => {
    const bytes = saved.get(docxName(name));
    if (!bytes) throw new Error(`LibreOffice gave no file for ${name}`);
    expect(marksOf(withoutHeadingLook((await readDocx(bytes, { name })).declaration))).toEqual(marksOf(decl));
  });
});
