/**
 * Every real declaration the format tests run on: the five templates and every file of
 * tests/fixtures/corpus, read as Concord reads them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMarkdown } from '../../shared/formats/markdown';
import { placeNotes } from '../../shared/formats/note-places';
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

/**
 * What a round trip must keep of a block of the body: kind, number, depth, text. A note the block
 * cites without showing its mark is called at the block's end, so there the text gains the mark.
 */
export function bodyShape(d: Declaration) {
  const places = placeNotes(d.blocks);
  return d.blocks
    // An empty block (a bullet with no text after it) is nothing a reader of the file sees.
    .filter((b) => b.kind !== 'footnote' && (b.text.trim() !== '' || b.parties.length > 0))
    .map((b) => {
      const appended = (places.calls.get(b.id) ?? []).filter((c) => c.start === b.text.length).map((c) => c.note.marker ?? '');
      const level = b.kind === 'heading' || b.kind === 'subitem' ? b.level : 1;
      return { kind: b.kind, number: b.number?.raw, level, text: b.text + appended.join('') };
    });
}

/**
 * What a round trip must keep of the footnotes: each note's mark and text, and the text of the
 * block citing it as every writer places it (none for a note with no reference). Writers put
 * notes in their own places (Word after the text, in citation order), so notes compare sorted.
 */
export function noteShape(d: Declaration) {
  const places = placeNotes(d.blocks);
  const citing = new Map<string, string>();
  for (const [id, calls] of places.calls) for (const c of calls) citing.set(c.note.id, d.blocks.find((b) => b.id === id)?.text ?? '');
  return d.blocks
    .filter((b) => b.kind === 'footnote')
    .map((n) => ({ marker: n.marker, text: n.text, citedIn: citing.get(n.id) }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/**
 * The emphasis of every block as text a test can compare: per kind of mark, the block's text
 * with the characters it does not cover blanked. Nested or split marks over the same characters
 * compare equal; white space is left out, since writers keep it outside their delimiters.
 */
export const marksOf = (d: Declaration) =>
  d.blocks
    .filter((b) => b.marks?.length)
    .map((b) =>
      (['italic', 'bold', 'link'] as const)
        .map((type) => [...b.text].map((c, i) => (/\s/.test(c) ? ' ' : (b.marks ?? []).some((m) => m.type === type && m.from <= i && i < m.to) ? c : '·')).join(''))
        .join('|'),
    );
