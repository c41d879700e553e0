/**
 * The Word redline as a reviewer uses it: LibreOffice headless accepts every tracked change and
 * must get exactly the new text, rejects every change and must get exactly the old one. Three
 * pairs of real successive texts from tests/fixtures/corpus, and one real declaration with a
 * moved, a merged, a split and an edited paragraph.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../../shared/diff/compare';
import { comparisonToDocx } from '../../../../shared/diff/redline/docx';
import type { CompareParagraph, CompareSide } from '../../../../shared/diff/schemas';
import { sideFromDeclaration } from '../../../../shared/diff/side';
import { readMarkdown } from '../../../../shared/formats/markdown';
import { readDocx } from '../../../../shared/formats/docx-read';
import { acceptedDocx, afterAllChanges } from '../../../tools/real-tools';

const corpus = (name: string): CompareSide =>
  sideFromDeclaration(readMarkdown(readFileSync(fileURLToPath(new URL(`../../../fixtures/corpus/${name}`, import.meta.url)), 'utf8'), { name }).declaration);

/** The text a side prints, one paragraph a line, number first: what Accept All must give. */
const printed = (side: CompareSide) => `${side.paragraphs.map((p) => `${p.number ? `${p.number} ` : ''}${p.text}`).join('\n')}\n`;

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

const atlantic = corpus('wh-2023-09-18-declaration-on-atlantic-cooperation.md');
const pairs: [string, CompareSide, CompareSide][] = [
  ['the EU–US TTC statement, first and last version', corpus('wh-2022-12-05-u-s-eu-joint-statement-of-the-trade-and-technology-council.first.md'), corpus('wh-2022-12-05-u-s-eu-joint-statement-of-the-trade-and-technology-council.last.md')],
  ['the India–US statement, first and last version', corpus('wh-2023-09-08-joint-statement-from-india-and-the-united-states.first.md'), corpus('wh-2023-09-08-joint-statement-from-india-and-the-united-states.last.md')],
  ['the Atlantic cooperation statement of 2022 and declaration of 2023', corpus('wh-2022-09-20-joint-statement-on-atlantic-cooperation.md'), atlantic],
  ['the Atlantic declaration reworked (move, merge, split, edit)', atlantic, reworked(atlantic)],
];

describe('the Word redline in LibreOffice', () => {
  it.each(pairs)('gives exactly the new text on Accept All and the old on Reject All: %s', async (_, a, b) => {
    const c = compareDeclarations(a, b);
    expect(c.summary.changes.length).toBeGreaterThan(0);
    const docx = await comparisonToDocx(c, { author: 'Mission of Chile', date: new Date('2026-11-30T12:00:00Z') }, { a, b });
    expect(await afterAllChanges(docx, 'accept-all')).toBe(printed(b));
    expect(await afterAllChanges(docx, 'reject-all')).toBe(printed(a));
  }, 600_000);

  it('keeps the declaration’s structure: after Accept All, Concord reads back the new text’s headings, preamble, paragraphs and sub-items', async () => {
    const [, a, b] = pairs[2] ?? [];
    if (!a || !b) throw new Error('the Atlantic pair is missing');
    const docx = await comparisonToDocx(compareDeclarations(a, b), { author: 'Mission of Chile', date: new Date('2026-11-30T12:00:00Z') }, { a, b });
    const back = await readDocx(await acceptedDocx(docx), { name: 'accepted.docx' });
    expect(back.declaration.blocks.map((x) => x.kind)).toEqual(b.paragraphs.map((p) => p.kind));
    expect(back.declaration.blocks.filter((x) => x.kind === 'heading').map((x) => x.text)).toEqual(b.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text));
  }, 600_000);
});
