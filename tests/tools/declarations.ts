/**
 * Every real declaration the format tests run on: the five templates and every file of
 * tests/fixtures/corpus, read as Concord reads them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMarkdown } from '../../shared/formats/markdown';
import type { Declaration } from '../../shared/model';
import { readDeclaration } from '../../shared/text/read';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The templates and the corpus, by file name. */
export function realDeclarations(): { name: string; declaration: Declaration }[] {
  const templates = readdirSync(path.join(root, 'templates'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ name: f, declaration: readDeclaration(new Uint8Array(readFileSync(path.join(root, 'templates', f))), { name: f }).declaration }));
  const corpusDir = path.join(root, 'tests/fixtures/corpus');
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => ({ name: f, declaration: readMarkdown(readFileSync(path.join(corpusDir, f), 'utf8'), { name: f }).declaration }));
  return [...templates, ...corpus];
}

/** What a round trip must keep of a block of the body: kind, number, text. */
export const bodyShape = (d: Declaration) =>
  d.blocks.filter((b) => b.kind !== 'footnote').map((b) => ({ kind: b.kind, number: b.number?.raw, level: b.level, text: b.text }));

/**
 * What a round trip must keep of the footnotes: each note's mark and text, and the text of the
 * block citing it (none for a note with no reference). Writers put notes in their own places
 * (Word after the text, in citation order), so the notes compare as a sorted list.
 */
export function noteShape(d: Declaration, citing: (note: Declaration['blocks'][number]) => string | undefined) {
  return d.blocks
    .filter((b) => b.kind === 'footnote')
    .map((n) => ({ marker: n.marker, text: n.text, citedIn: citing(n) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
