/**
 * The PDF export as printed: the page Concord writes, laid out by Paged.js in Debian's chromium,
 * read back page by page with poppler (pdftotext, pdffonts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumPdf } from '../../main/services/pdf';
import { declarationToHtml } from '../../shared/formats/html-write';
import { pdfFonts, pdfPages } from '../tools/real-tools';
import { declaration, num, type Spec } from '../shared/formats/sample';

const LOREM = 'The parties recall their commitments under the Charter of the United Nations and resolve to continue their cooperation in good faith, in every forum where it is useful.';

/** Headings every few paragraphs, sub-items two deep, notes cited all along, parties as a list and as a sentence. */
const long = declaration([
  { kind: 'title', text: 'Agreement on Articles' },
  ...Array.from({ length: 24 }, (_, i): Spec[] => [
    { kind: 'heading', text: `Article ${i + 1}`, level: 1 },
    ...Array.from({ length: 1 + (i % 3) }, (_, j): Spec => ({ kind: 'paragraph', text: `${LOREM} [${i + 1}.${j + 1}]`, number: num(`${j + 1}.`, 'decimal', j + 1) })),
  ]).flat(),
  { kind: 'paragraph', text: 'The parties will:', number: num('4.', 'decimal', 4) },
  { kind: 'subitem', text: 'share data;', number: num('(a)', 'alpha-paren', 1), level: 1 },
  { kind: 'subitem', text: 'on water;', number: num('(i)', 'roman', 1), level: 2 },
  { kind: 'subitem', text: 'train staff.', number: num('(b)', 'alpha-paren', 2), level: 1 },
  { kind: 'paragraph', text: `Recalling the Treaty*, ${LOREM}`, cites: ['*'] },
  { kind: 'parties', text: 'Kenya\nNepal\nSerbia', parties: ['Kenya', 'Nepal', 'Serbia'] },
  { kind: 'parties', text: 'Signed by Kenya, Nepal and Serbia.', parties: ['Kenya', 'Nepal', 'Serbia'] },
  { kind: 'footnote', text: 'United Nations, Treaty Series, vol. 729.', marker: '*' },
]);
// One note per Article heading's first paragraph: calls on every page.
const withNotes = declaration([
  { kind: 'title', text: 'Notes on every page' },
  ...Array.from({ length: 30 }, (_, i): Spec => ({ kind: 'paragraph', text: `${LOREM} Cited here[${i + 1}].`, number: num(`${i + 1}.`, 'decimal', i + 1), cites: [`[${i + 1}]`] })),
  ...Array.from({ length: 30 }, (_, i): Spec => ({ kind: 'footnote', text: `Document A/80/${i + 1}.`, marker: `[${i + 1}]` })),
]);

describe('PDF export, laid out by Paged.js in chromium', () => {
  let longPages: string[] = [];
  let notePages: string[] = [];
  let fonts: string[] = [];
  beforeAll(async () => {
    const [a, b] = await Promise.all([chromiumPdf(declarationToHtml(long, { paged: true }), 'a4'), chromiumPdf(declarationToHtml(withNotes, { paged: true }), 'a4')]);
    longPages = await pdfPages(a);
    notePages = await pdfPages(b);
    fonts = [...(await pdfFonts(a)), ...(await pdfFonts(b))];
  }, 180_000);

  const lines = (page: string) => page.split('\n').filter((l) => l.trim());

  it('numbers every page "n / N" in the footer', () => {
    expect(longPages.length).toBeGreaterThan(2);
    longPages.forEach((page, i) => expect(lines(page).pop()?.trim()).toMatch(new RegExp(`^${i + 1}\\s*/\\s*${longPages.length}$`)));
  });

  it('never leaves a heading alone at a page foot', () => {
    for (const page of longPages.slice(0, -1)) {
      const body = lines(page).slice(0, -1).filter((l) => !/^\s*\*\s/.test(l));
      expect(body.pop()?.trim()).not.toMatch(/^Article \d+$/);
    }
  });

  it('uses one font family for text, headings, notes and page numbers', () => {
    expect(new Set(fonts.map((f) => f.replace(/-(Bold|Italic|BoldItalic)$/, '')))).toEqual(new Set(['LiberationSerif']));
  });

  it('hangs numbers and nests (i) under (a)', () => {
    const text = longPages.join('\n');
    const indent = (re: RegExp) => /^\s*/.exec(text.split('\n').find((l) => re.test(l)) ?? '')?.[0].length ?? -1;
    expect(indent(/\(a\)\s+share data/)).toBeGreaterThan(indent(/4\.\s+The parties will/));
    expect(indent(/\(i\)\s+on water/)).toBeGreaterThan(indent(/\(a\)\s+share data/));
    expect(indent(/\(b\)\s+train staff/)).toBe(indent(/\(a\)\s+share data/));
    // A wrapped line of a numbered paragraph starts under its text, right of the number.
    const all = text.split('\n');
    const at = all.findIndex((l) => /^\s*1\.\s+The parties recall/.test(l));
    expect(/^\s*/.exec(all[at + 1] ?? '')?.[0].length).toBeGreaterThan(/^\s*/.exec(all[at] ?? '')?.[0].length ?? 0);
  });

  it('prints parties as the source set them: a list, then a sentence', () => {
    const text = longPages.join('\n');
    expect(text).toMatch(/Kenya\s*\n\s*Nepal\s*\n\s*Serbia/);
    expect(text).toContain('Signed by Kenya, Nepal and Serbia.');
  });

  it('prints each note at the foot of the page citing it, with its own mark, once', () => {
    for (let n = 1; n <= 30; n++) {
      const called = notePages.findIndex((p) => new RegExp(`Cited here${n}\\.`).test(p));
      const printed = notePages.findIndex((p) => new RegExp(`^\\s*${n}\\s+Document A/80/${n}\\.$`, 'm').test(p));
      expect([n, printed]).toEqual([n, called]);
      expect(notePages.join('\n').match(new RegExp(`Document A/80/${n}\\.`, 'g'))).toHaveLength(1);
    }
    expect(notePages.length).toBeGreaterThan(2);
  });
});
