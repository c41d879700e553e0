/**
 * The Word redline as a reviewer uses it: LibreOffice headless accepts every tracked change and
 * must get exactly the new text, rejects every change and must get exactly the old one. Three
 * pairs of real successive texts from tests/fixtures/corpus, and one real declaration with a
 * moved, a merged, a split and an edited paragraph.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../../shared/diff/compare';
import { comparisonToDocx } from '../../../../shared/diff/redline/docx';
import type { CompareParagraph, CompareSide } from '../../../../shared/diff/schemas';
import { sideFromDeclaration } from '../../../../shared/diff/side';
import { readMarkdown } from '../../../../shared/formats/markdown';
import { readDocx } from '../../../../shared/formats/docx-read';
import { shownMark } from '../../../../shared/formats/note-places';
import { acceptedDocx, afterAllChanges, libreOffice, markBeforeNote, pdfPages } from '../../../tools/real-tools';

const corpus = (name: string): CompareSide =>
  sideFromDeclaration(readMarkdown(readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)), 'utf8'), { name }).declaration);

/**
 * The text a side prints, one paragraph a line, number first: what Accept All must give. Notes
 * are Word footnotes: they come after the text, each after its mark, and Word numbers notes
 * marked [1], [2], ... itself (1, 2, ...), in the text as at the foot of the page.
 */
const printed = (side: CompareSide) => {
  const notes = side.paragraphs.filter((p) => p.kind === 'footnote');
  let body = side.paragraphs
    .filter((p) => p.kind !== 'footnote')
    .map((p) => `${p.number ? `${p.number} ` : ''}${p.text}`)
    .join('\n');
  for (const n of notes) body = body.replace(n.marker ?? '', shownMark(n.marker ?? ''));
  return `${[body, ...notes.map((n) => `${shownMark(n.marker ?? '')} ${n.text}`)].join('\n')}\n`;
};

/** A real declaration reworked the way a drafting session does: a move, a merge, a split, an edit. */
function reworked(a: CompareSide): CompareSide {
  const long = a.paragraphs.flatMap((p, i) => (p.text.length > 200 && p.number ? [i] : []));
  const [merge, moveAfter, split, edit, move] = [long[1], long[3], long[5], long[6], long[8]] as [number, number, number, number, number];
  const at = (i: number) => a.paragraphs[i] as CompareParagraph;
  const cut = at(split).text.indexOf('. ') + 1;
  const paragraphs = a.paragraphs.flatMap((p, i): CompareParagraph[] => {
    if (i === merge) return [{ ...p, text: `${p.text} ${at(merge + 1).text}` }];
    if (i === merge + 1 || i === move) return [];
    if (i === split) return [{ ...p, text: p.text.slice(0, cut) }, { id: 'split', number: '9 bis.', text: p.text.slice(cut + 1) }];
    if (i === edit) return [{ ...p, text: p.text.replace(/\b(\w{7,})\b/u, 'reinforced') }];
    if (i === moveAfter) return [p, at(move)];
    return [p];
  });
  return { title: a.title, paragraphs };
}

/** Operative paragraphs numbered anew, as a draft renumbers them: "1.", "2.", ... in order. */
const renumbered = (paragraphs: CompareParagraph[]): CompareParagraph[] => {
  let n = 0;
  return paragraphs.map((p) => (p.kind === 'paragraph' && p.number !== undefined ? { ...p, number: `${++n}.` } : p));
};

/** A real resolution with an operative paragraph inserted and another deleted: most numbers change. */
function resolutionRevised(a: CompareSide): CompareSide {
  const third = a.paragraphs.findIndex((p) => p.number === '3.');
  const sixth = a.paragraphs.findIndex((p) => p.number === '6.');
  const inserted: CompareParagraph = { id: 'new', kind: 'paragraph', number: '3.', text: 'Decides to keep the matter under review at its next session;' };
  return { title: a.title, paragraphs: renumbered(a.paragraphs.flatMap((p, i) => (i === third ? [inserted, p] : i === sixth ? [] : [p]))) };
}

const resolution = corpus('un-ga-res-80-11.md');
const atlantic = corpus('wh-2023-09-18-declaration-on-atlantic-cooperation.md');
const pairs: [string, CompareSide, CompareSide][] = [
  ['the EU–US TTC statement, first and last version', corpus('wh-2022-12-05-u-s-eu-joint-statement-of-the-trade-and-technology-council.first.md'), corpus('wh-2022-12-05-u-s-eu-joint-statement-of-the-trade-and-technology-council.last.md')],
  ['the India–US statement, first and last version', corpus('wh-2023-09-08-joint-statement-from-india-and-the-united-states.first.md'), corpus('wh-2023-09-08-joint-statement-from-india-and-the-united-states.last.md')],
  ['the Atlantic cooperation statement of 2022 and declaration of 2023', corpus('wh-2022-09-20-joint-statement-on-atlantic-cooperation.md'), atlantic],
  ['the Atlantic declaration reworked (move, merge, split, edit)', atlantic, reworked(atlantic)],
  ['resolution 80/11 with an operative paragraph inserted and one deleted (renumbered)', resolution, resolutionRevised(resolution)],
];

/** A list of parties, a party a line, that gains one party and loses another. */
const parties = (names: string[]): CompareSide => ({
  title: 'Joint Statement',
  paragraphs: [
    { id: 't', kind: 'title', text: 'Joint Statement' },
    { id: 'p1', kind: 'paragraph', number: '1.', text: 'We agree to cooperate closely.' },
    { id: 'j', kind: 'paragraph', text: 'The following countries joined this statement:' },
    { id: 'l', kind: 'parties', text: names.join('\n') },
  ],
});

/** A short text citing notes by their own marks ("*", "**") and by a number ("[4]"), one word changed. */
const marked = (verb: string): CompareSide => ({
  title: 'Marks',
  paragraphs: [
    { id: 't', kind: 'title', text: 'Marks' },
    { id: 'p0', kind: 'preamble', text: 'We, the ministers of the partner countries*, met in Geneva.' },
    { id: 'p1', kind: 'paragraph', number: '1.', text: `We ${verb} the report of the Secretariat**.` },
    { id: 'p2', kind: 'paragraph', number: '2.', text: 'Recalling the Statute of the Court[4] and its review,' },
    { id: 'f1', kind: 'footnote', marker: '*', text: 'Kenya, Nepal and Serbia.' },
    { id: 'f2', kind: 'footnote', marker: '**', text: 'Document A/79/1.' },
    { id: 'f3', kind: 'footnote', marker: '[4]', text: 'United Nations, Treaty Series, vol. 2187.' },
  ],
});

describe('the Word redline in LibreOffice', () => {
  it.each(pairs)('gives exactly the new text on Accept All and the old on Reject All: %s', async (_, a, b) => {
    const c = compareDeclarations(a, b);
    expect(c.summary.changes.length).toBeGreaterThan(0);
    const docx = await comparisonToDocx(c, { author: 'Mission of Chile', date: new Date('2026-11-30T12:00:00Z') }, { a, b });
    expect(await afterAllChanges(docx, 'accept-all')).toBe(printed(b));
    expect(await afterAllChanges(docx, 'reject-all')).toBe(printed(a));
  }, 600_000);

  it('numbers the operative paragraphs as a Word list, so renumbering is no tracked change', async () => {
    const [, a, b] = pairs[4] ?? [];
    if (!a || !b) throw new Error('the resolution pair is missing');
    const docx = await JSZip.loadAsync(await comparisonToDocx(compareDeclarations(a, b), { author: 'Mission of Chile', date: new Date('2026-11-30T12:00:00Z') }, { a, b }));
    const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
    expect(await docx.file('word/numbering.xml')?.async('string')).toMatch(/w:lvlText w:val="%1\."/u);
    expect(xml.match(/<w:numPr>/gu)?.length).toBe(a.paragraphs.filter((p) => p.kind === 'paragraph' && p.number).length + 1);
    // One inserted and one deleted paragraph, one tracked change each: no number typed, none tracked.
    expect(xml).not.toMatch(/<w:t xml:space="preserve">\d+\. /u);
    expect(xml).not.toMatch(/<w:delText xml:space="preserve">\d+\. <\/w:delText>/u);
  });

  it('writes the footnotes as Word footnotes, each referenced where the text cites it', async () => {
    const [, a, b] = pairs[4] ?? [];
    if (!a || !b) throw new Error('the resolution pair is missing');
    const docx = await JSZip.loadAsync(await comparisonToDocx(compareDeclarations(a, b), { author: 'Mission of Chile', date: new Date('2026-11-30T12:00:00Z') }, { a, b }));
    const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
    const notes = (await docx.file('word/footnotes.xml')?.async('string')) ?? '';
    const count = a.paragraphs.filter((p) => p.kind === 'footnote').length;
    expect(count).toBe(4);
    expect(xml.match(/<w:footnoteReference w:id="\d+"\/>/gu)?.length).toBe(count);
    expect(notes.match(/<w:footnote w:id="[1-9]\d*">/gu)?.length).toBe(count);
    expect(notes).toContain('A/79/552-S/2024/767.');
    // The notes are no paragraphs of the text any more, and their bracketed marks are Word's numbers.
    expect(xml).not.toContain('A/79/552-S/2024/767.');
    expect(xml).not.toMatch(/2024\[2\]/u);
    expect(await docx.file('[Content_Types].xml')?.async('string')).toContain('/word/footnotes.xml');
  });

  it('writes a list of parties a paragraph per party, and a party added or dropped is exact on Accept and Reject All', async () => {
    const a = parties(['Argentina', 'Brazil', 'Chile']);
    const b = parties(['Argentina', 'Chile', 'Denmark']);
    const docx = await comparisonToDocx(compareDeclarations(a, b), { author: 'Mission of Chile', date: new Date('2026-11-30T12:00:00Z') }, { a, b });
    const xml = (await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml.match(/<w:pStyle w:val="Parties"\/>/gu)?.length).toBe(4);
    expect(xml).not.toMatch(/<w:br\/>/u);
    expect(await afterAllChanges(docx, 'accept-all')).toBe('Joint Statement\n1. We agree to cooperate closely.\nThe following countries joined this statement:\nArgentina\nChile\nDenmark\n');
    expect(await afterAllChanges(docx, 'reject-all')).toBe('Joint Statement\n1. We agree to cooperate closely.\nThe following countries joined this statement:\nArgentina\nBrazil\nChile\n');
  }, 600_000);

  it('keeps the declaration’s structure: after Accept All, Concord reads back the new text’s headings, preamble, paragraphs and sub-items', async () => {
    const [, a, b] = pairs[2] ?? [];
    if (!a || !b) throw new Error('the Atlantic pair is missing');
    const docx = await comparisonToDocx(compareDeclarations(a, b), { author: 'Mission of Chile', date: new Date('2026-11-30T12:00:00Z') }, { a, b });
    const back = await readDocx(await acceptedDocx(docx), { name: 'accepted.docx' });
    expect(back.declaration.blocks.map((x) => x.kind)).toEqual(b.paragraphs.map((p) => p.kind));
    expect(back.declaration.blocks.filter((x) => x.kind === 'heading').map((x) => x.text)).toEqual(b.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text));
  }, 600_000);

  it('shows each custom mark once where it is cited', async () => {
    const [a, b] = [marked('welcome'), marked('note')];
    const docx = await comparisonToDocx(compareDeclarations(a, b), { author: 'Mission of Chile', date: new Date('2026-11-30T12:00:00Z') }, { a, b });
    const pdf = [...(await libreOffice(new Map([['marks.docx', docx]]), 'pdf', 'pdf')).values()][0];
    if (!pdf) throw new Error('LibreOffice wrote no PDF');
    const text = (await pdfPages(pdf)).join('\n');
    expect(text).toContain('partner countries*, met');
    // LibreOffice 7.4 showed a mark of two characters twice ("Secretariat****") before.
    expect(text).toContain('the Secretariat**.');
    expect(text).toContain('the Court4 and');
    // Each note's own mark once before it, not LibreOffice's and the typed one ("**Kenya").
    expect(markBeforeNote(text, 'Kenya, Nepal and Serbia.')).toBe('*');
    expect(markBeforeNote(text, 'Document A/79/1.')).toBe('**');
  }, 600_000);
});
