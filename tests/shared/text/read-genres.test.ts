import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAnyFile } from '../../../main/services/read-file';
import { readDeclarationText } from '../../../shared/text/read';
import { expectNothingLost } from './invariant';

const corpus = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const bytes = (f: string) => readFileSync(corpus + f);

describe('reading by content, not by file name', () => {
  it('reads a pandoc conversion saved as .txt as the Markdown it is', async () => {
    const file = 'wh-2022-06-28-joint-declaration-between-the-kingdom-of-spain-and-the-united-states-of-america.md';
    const asMd = await readAnyFile(file, bytes(file));
    const asTxt = await readAnyFile('statement.txt', bytes(file));
    expect(asTxt.declaration.blocks).toEqual(asMd.declaration.blocks);
    expect(asTxt.declaration.title).toBe('Joint Declaration Between the Kingdom of Spain and the United States of America');
  });

  it('takes the title, date and source address from front matter, never the file name', async () => {
    const { declaration } = await readAnyFile('statement.md', bytes('wh-2022-09-20-joint-statement-on-atlantic-cooperation.md'));
    expect(declaration.title).toBe('Joint Statement on Atlantic Cooperation');
    expect(declaration.date).toBe('2022-09-20');
    expect(declaration.details).toContainEqual({ name: 'Source', value: 'https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/09/20/joint-statement-on-atlantic-cooperation/' });
  });

  it('keeps "*Recognizing*" in a preamble as italic text, not a footnote', async () => {
    const { declaration } = await readAnyFile('draft.md', bytes('unfccc-adp-draft-agreement-2015-10-23.md'));
    const recalling = declaration.blocks.find((b) => b.text.startsWith('Recalling decisions 1/CP.17'));
    expect(recalling).toMatchObject({ kind: 'preamble', marks: [{ from: 0, to: 9, type: 'italic' }] });
    expect(declaration.blocks.filter((b) => b.kind === 'footnote').every((b) => /^\[\d+\]$/.test(b.marker ?? ''))).toBe(true);
  });

  it('reads a Latin suffix ("3.3bis", "(5bis)", "Article 8 bis") as part of the number, not as a word of the text', async () => {
    const { declaration, report } = await readAnyFile('draft.md', bytes('unfccc-adp-draft-agreement-2015-10-23.md'));
    const numbered = (raw: string) => declaration.blocks.filter((b) => b.number?.raw === raw).map((b) => b.text.slice(0, 30));
    expect(numbered('3.3bis')).toEqual(['In accordance with Article 4, ', "Each Party's NDMC/NDMCC [shall"]);
    expect(numbered('3.3ter')).toEqual(["Developed country Parties' pos"]);
    expect(numbered('3.3quat')).toEqual(["Developing country Parties' po"]);
    expect(numbered('(5bis)')).toEqual(['Developed country Parties and ']);
    expect(numbered('Article 2bis')).toEqual(['(general)']);
    expect(numbered('Article 8 bis')).toEqual(['']);
    expect(declaration.blocks.filter((b) => /^(?:bis|ter|quat)\b/.test(b.text))).toEqual([]);
    // An inserted paragraph neither restarts the numbering nor is glued to its text.
    const at = (w: { span: { start: number } }) => declaration.text.slice(w.span.start, w.span.start + 7);
    expect(report.warnings.filter((w) => w.kind.startsWith('numbering') || w.kind === 'glued-number').map(at).filter((t) => /bis|ter|quat/.test(t))).toEqual([]);
  });

  it('reads an alternative\'s mark ("3.3alt:", "3.3bis Alt") as part of the number, not as the first word of the paragraph', async () => {
    const { declaration, report } = await readAnyFile('draft.md', bytes('unfccc-adp-draft-agreement-2015-10-23.md'));
    const numbered = (raw: string) => declaration.blocks.filter((b) => b.number?.raw === raw).map((b) => b.text.slice(0, 30));
    expect(numbered('3.3alt:')).toEqual(['Developed countries [and other']);
    expect(numbered('3.3bis Alt')).toEqual(["Each Party's NDMC/NDMCC [shall"]);
    // The 3.3 of another option, written "3.3:", is a numbered paragraph too.
    expect(numbered('3.3:')).toEqual(['Each Party that has previously']);
    expect(declaration.blocks.filter((b) => /^(?:alt|Alt)\b|^3\.3:/.test(b.text))).toEqual([]);
    const at = (w: { span: { start: number } }) => declaration.text.slice(w.span.start, w.span.start + 10);
    expect(report.warnings.filter((w) => w.kind.startsWith('numbering')).map(at).filter((t) => /alt|Alt/.test(t))).toEqual([]);
  });

  it('reads a placeholder number followed by a note reference ("3.x[^4] Notwithstanding") as the number typed, citing its note', async () => {
    const { declaration, report } = await readAnyFile('draft.md', bytes('unfccc-adp-draft-agreement-2015-10-23.md'));
    const placeholder = declaration.blocks.find((b) => b.number?.raw === '3.x');
    expect(placeholder).toMatchObject({ number: { raw: '3.x', style: 'multilevel', glued: false }, cites: ['[4]'] });
    expect(placeholder?.text.startsWith('[4] Notwithstanding Articles 3.2 and 3.3 above')).toBe(true);
    expect(declaration.blocks.find((b) => b.kind === 'footnote' && b.marker === '[4]')?.anchorBlockId).toBe(placeholder?.id);
    expect(declaration.blocks.filter((b) => b.text.startsWith('x[4]'))).toEqual([]);
    // Neither glued to its text nor a break in the numbering.
    expect(report.warnings.filter((w) => declaration.text.startsWith('3.x', w.span.start))).toEqual([]);
  });

  it('reads a backslash before a space as the space pandoc renders, not as text', async () => {
    const { declaration } = await readAnyFile('draft.md', bytes('unfccc-adp-draft-agreement-2015-10-23.md'));
    const texts = declaration.blocks.map((b) => b.text);
    expect(texts.filter((t) => t.includes('\\'))).toEqual([]);
    expect(texts).toContainEqual(expect.stringContaining('consistent with environmental integrity;]'));
  });

  it('rejoins a word a line break cut at its hyphen, and keeps a hyphen shared with the next word', async () => {
    const texts = async (file: string) => (await readAnyFile(file, bytes(file))).declaration.blocks.map((b) => b.text).join('\n');
    // The earlier extraction kept the line break ("post-" / "conflict"), the later one joined it with a space.
    for (const file of ['un-ga-res-80-6-extract-v1.0.md', 'un-ga-res-80-6.md']) expect(await texts(file)).toContain('in conflict and post-conflict societies');
    expect(await texts('un-ga-res-80-39.md')).not.toMatch(/nuclear- weapon|weapon- free/u);
    expect(await texts('wh-2022-06-28-joint-declaration-between-the-kingdom-of-spain-and-the-united-states-of-america.md')).toMatch(/small- and medium-sized businesses/u);
  });

  it('reads a UN resolution: header as details, preamble, operative paragraphs, linked bare-number footnotes', async () => {
    const { declaration } = await readAnyFile('res.md', bytes('un-ga-res-80-6.md'));
    expect(declaration.title).toBe('Report of the International Criminal Court');
    expect(declaration.date).toBe('2025-11-11');
    expect(declaration.details).toEqual(expect.arrayContaining([{ name: 'Resolution', value: '80/6' }, { name: 'Agenda item', value: '74' }, { name: 'Symbol', value: 'A/RES/80/6' }]));
    const kinds = declaration.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'preamble')).toHaveLength(15);
    expect(declaration.blocks.filter((b) => b.number?.style === 'decimal').map((b) => b.number?.value)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    const statute = declaration.blocks.find((b) => b.cites.includes('[1]'));
    expect(statute?.text).toContain('International Criminal Court[1] reaffirms');
  });
});

describe('warnings about the whole text', () => {
  it('says an excerpt that stops mid-word looks truncated', async () => {
    const text = bytes('wh-2022-09-20-joint-statement-on-atlantic-cooperation.md').toString('utf8');
    const cut = text.slice(0, text.indexOf('livelihoods. The Atlantic Ocean is') + 'livelihoods. The Atlantic Oce'.length);
    const result = readDeclarationText(cut, { name: 'excerpt.md' });
    expectNothingLost(cut, result);
    expect(result.report.warnings.map((w) => w.kind)).toContain('truncated');
    const whole = await readAnyFile('whole.md', bytes('wh-2022-09-20-joint-statement-on-atlantic-cooperation.md'));
    expect(whole.report.warnings.map((w) => w.kind)).not.toContain('truncated');
  });
});

describe('scraped pages', () => {
  it('never takes the site name for the title', () => {
    const page = 'Belt and Road Portal\nJoint Communique of the Leaders Roundtable\n\n1. We, the leaders, met in Beijing on 27 April 2019.\n';
    const { declaration } = readDeclarationText(page, { name: 'page.txt' });
    expect(declaration.title).toBe('Joint Communique of the Leaders Roundtable');
    expect(declaration.blocks[0]).toMatchObject({ kind: 'meta', text: 'Belt and Road Portal' });
  });
});
