/**
 * Round trips through the tools another delegation uses, for every template and every file of
 * tests/fixtures/corpus: Concord's DOCX saved again by LibreOffice headless (one start for all
 * files), Concord's Markdown rewritten by pandoc (its own Markdown and GitHub's); each read back by
 * Concord gives the same blocks, numbers and notes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocx } from '../../../shared/formats/docx-read';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import { declarationToMarkdown, readMarkdown } from '../../../shared/formats/markdown';
import type { Declaration } from '../../../shared/model';
import { bodyShape, noteShape, realDeclarations } from '../../tools/declarations';
import { libreOffice, pandoc } from '../../tools/real-tools';

const all = realDeclarations();
const docxName = (name: string) => name.replace(/\.[^.]+$/, '.docx');

/** Markdown collapses runs of spaces; pandoc writes them as one. */
const oneSpace = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/ {2,}/g, ' ')) as T;

function expectSame(back: Declaration, decl: Declaration, collapse = false) {
  const norm = collapse ? oneSpace : <T>(v: T) => v;
  expect(norm(bodyShape(back))).toEqual(norm(bodyShape(decl)));
  expect(norm(noteShape(back))).toEqual(norm(noteShape(decl)));
}

describe('DOCX saved again by LibreOffice', () => {
  let saved = new Map<string, Uint8Array>();
  beforeAll(async () => {
    const files = new Map<string, Uint8Array>();
    for (const { name, declaration } of all) files.set(docxName(name), await declarationToDocx(declaration));
    saved = await libreOffice(files, 'docx:MS Word 2007 XML', 'docx');
  }, 600_000);

  it.each(all.map((d) => [d.name, d.declaration] as const))('%s reads back with the same blocks, numbers and notes', async (name, decl) => {
    const bytes = saved.get(docxName(name));
    if (!bytes) throw new Error(`LibreOffice gave no file for ${name}`);
    expectSame((await readDocx(bytes, { name })).declaration, decl);
  });
});

describe('Markdown rewritten by pandoc', () => {
  it.each(all.map((d) => [d.name, d.declaration] as const))('%s reads back the same through pandoc and GitHub Markdown', async (name, decl) => {
    const markdown = declarationToMarkdown(decl);
    const [viaPandoc, viaGfm] = await Promise.all([pandoc(markdown, 'markdown-smart', 'markdown-smart'), pandoc(markdown, 'gfm+yaml_metadata_block', 'gfm+yaml_metadata_block')]);
    expectSame(readMarkdown(viaPandoc, { name }).declaration, decl, true);
    expectSame(readMarkdown(viaGfm, { name }).declaration, decl, true);
  });
});
