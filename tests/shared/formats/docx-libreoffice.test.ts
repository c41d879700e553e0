/**
 * The DOCX export as another delegation sees it: opened and printed by LibreOffice headless,
 * its pages read back with poppler's pdftotext. One LibreOffice start converts every document.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationToDocx } from '../../../shared/formats/docx-write';
import type { Block } from '../../../shared/model';
import { libreOffice, markBeforeNote, pdfPages } from '../../tools/real-tools';
import { declaration, num, type Spec } from './sample';

const LOREM = 'The parties recall their commitments under the Charter of the United Nations and resolve to continue their cooperation in good faith, in every forum where it is useful.';
const bullet: Block['number'] = { raw: '\uf0b7', style: 'bullet', value: 0, glued: false };

/** A long text with an "Article N" heading every few paragraphs: some heading is bound to fall at a page foot. */
const articles = declaration([
  { kind: 'title', text: 'Agreement on Articles' },
  ...Array.from({ length: 30 }, (_, i): Spec[] => [
    { kind: 'heading', text: `Article ${i + 1}`, level: 1 },
    ...Array.from({ length: 1 + (i % 3) }, (_, j): Spec => ({ kind: 'paragraph', text: `${LOREM} (${i + 1}.${j + 1})`, number: num(`${j + 1}.`, 'decimal', j + 1) })),
  ]).flat(),
]);

const numbers = declaration([
  { kind: 'title', text: 'Numbers' },
  { kind: 'paragraph', text: 'We agree on the first point.', number: num('4.', 'decimal', 4) },
  { kind: 'paragraph', text: `We insert a later point. ${LOREM}`, number: num('4 bis.', 'decimal', 4) },
  { kind: 'paragraph', text: 'We will:', number: num('5.', 'decimal', 5) },
  { kind: 'subitem', text: 'A bullet from a Word file;', number: bullet },
  { kind: 'subitem', text: 'Another bullet.', number: bullet },
]);

const notes = declaration([
  { kind: 'title', text: 'Notes' },
  { kind: 'preamble', text: 'Recalling the Treaty[1] and its review,', cites: ['[1]'] },
  ...Array.from({ length: 30 }, (_, i): Spec => ({ kind: 'paragraph', text: LOREM, number: num(`${i + 1}.`, 'decimal', i + 1) })),
  { kind: 'paragraph', text: 'Welcomes the entry into force of the Convention[2];', number: num('31.', 'decimal', 31), cites: ['[2]'] },
  { kind: 'footnote', text: 'United Nations, Treaty Series, vol. 729.', marker: '[1]', anchorBlockId: 'b2' },
  { kind: 'footnote', text: 'A/CONF.229/2017/8.', marker: '[2]' },
]);

/** Notes with the source's own marks, which Word lists cannot number: written as custom marks. */
const marks = declaration([
  { kind: 'title', text: 'Marks' },
  { kind: 'preamble', text: 'We, the ministers of the partner countries*, met in Geneva.', cites: ['*'] },
  { kind: 'paragraph', text: 'We welcome the report of the Secretariat**.', number: num('1.', 'decimal', 1), cites: ['**'] },
  { kind: 'paragraph', text: 'Recalling the Statute of the Court[4] and its review,', number: num('2.', 'decimal', 2), cites: ['[4]'] },
  { kind: 'footnote', text: 'Kenya, Nepal and Serbia.', marker: '*', anchorBlockId: 'b2' },
  { kind: 'footnote', text: 'Document A/79/1.', marker: '**', anchorBlockId: 'b3' },
  { kind: 'footnote', text: 'United Nations, Treaty Series, vol. 2187.', marker: '[4]', anchorBlockId: 'b4' },
]);

/** The body lines of a page: without blank lines, the footer's page number and the note area. */
function bodyLines(page: string, notesFrom: RegExp): string[] {
  const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
  const footer = lines.pop();
  const noteStart = lines.findIndex((l) => notesFrom.test(l));
  expect(footer).toMatch(/^\d+$/);
  return noteStart < 0 ? lines : lines.slice(0, noteStart);
}

describe('DOCX export opened in LibreOffice', () => {
  const pages = new Map<string, string[]>();
  beforeAll(async () => {
    const docs = { articles, numbers, notes, marks };
    const files = new Map<string, Uint8Array>();
    for (const [name, d] of Object.entries(docs)) files.set(`${name}.docx`, await declarationToDocx(d));
    const pdfs = await libreOffice(files, 'pdf', 'pdf');
    for (const [name, pdf] of pdfs) pages.set(name, await pdfPages(pdf));
  }, 300_000);

  it('numbers every page in the footer', () => {
    const all = pages.get('articles.docx') ?? [];
    expect(all.length).toBeGreaterThan(3);
    all.forEach((page, i) => expect(page.trim().split('\n').pop()?.trim()).toBe(String(i + 1)));
  });

  it('never leaves an "Article N" heading alone at a page foot', () => {
    const all = pages.get('articles.docx') ?? [];
    for (const page of all.slice(0, -1)) expect(bodyLines(page, /^$/).pop()).not.toMatch(/^Article \d+$/);
  });

  it('shows bullets and typed numbers, the typed number hanging before its text', () => {
    const text = (pages.get('numbers.docx') ?? []).join('\n');
    expect(text).toMatch(/•\s+A bullet from a Word file;/);
    expect(text).toMatch(/•\s+Another bullet\./);
    expect(text).toMatch(/^4\.\s+We agree/m);
    expect(text).toMatch(/^4 bis\.\s+We insert a later point/m);
    // Wrapped lines of "4 bis." start under its text, not under the number.
    const lines = text.split('\n');
    const at = lines.findIndex((l) => /^4 bis\./.test(l));
    expect(lines[at + 1]).toMatch(/^\s{4,}\S/);
  });

  it('prints each note at the foot of the page citing it, numbered as in the source', () => {
    const all = pages.get('notes.docx') ?? [];
    const pageOf = (re: RegExp) => all.findIndex((p) => re.test(p));
    expect(pageOf(/Recalling the Treaty1 and its review/)).toBe(pageOf(/^\s*1\s*United Nations, Treaty Series, vol\. 729\./m));
    expect(pageOf(/the Convention2;/)).toBe(pageOf(/^\s*2\s*A\/CONF\.229\/2017\/8\./m));
    expect(pageOf(/the Convention2;/)).toBeGreaterThan(0);
    expect(all.join('\n').match(/A\/CONF\.229/g)).toHaveLength(1);
  });

  it('shows each custom mark once where it is cited', () => {
    const text = (pages.get('marks.docx') ?? []).join('\n');
    expect(text).toContain('partner countries*, met');
    // LibreOffice 7.4 showed a mark of two characters twice ("Secretariat****") before.
    expect(text).toContain('the Secretariat**.');
    expect(text).toContain('the Court4 and');
    for (const note of ['Kenya, Nepal and Serbia.', 'Document A/79/1.', 'vol. 2187.']) expect(text.split(note)).toHaveLength(2);
  });

  it('prints each custom mark once before its note, not the reference\'s mark and the typed one ("**Kenya", "****Document")', () => {
    const text = (pages.get('marks.docx') ?? []).join('\n');
    const markBefore = (note: string) => markBeforeNote(text, note);
    expect(markBefore('Kenya, Nepal and Serbia.')).toBe('*');
    expect(markBefore('Document A/79/1.')).toBe('**');
    expect(markBefore('United Nations, Treaty Series, vol. 2187.')).toBe('4');
    // Three stars cited in the text, three before the notes.
    expect(text.match(/\*/g)).toHaveLength(6);
  });
});
