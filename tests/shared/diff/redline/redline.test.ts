import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../../shared/diff/compare';
import { comparisonToDocx } from '../../../../shared/diff/redline/docx';
import { comparisonToHtml } from '../../../../shared/diff/redline/html';
import { comparisonToJson } from '../../../../shared/diff/redline/json';
import { comparisonToText } from '../../../../shared/diff/redline/text';
import type { CompareSide } from '../../../../shared/diff/schemas';
import { sideFromText } from '../../../../shared/diff/side';

const OLD = `1. We agree to cooperate on <health>.\n\n2. Trade shall stay open and fair for everybody.\n\n3. We will share data openly and in time with all partners.\n\n4. An old paragraph about tariffs.`;
const NEW = `1. We agree to cooperate on <health> & vaccines.\n\n2. We will share data openly and in time with all partners.\n\n3. Trade shall stay open and fair for everybody.`;
const comparison = () => compareDeclarations(sideFromText(OLD, 'Zero draft'), sideFromText(NEW, 'Rev. 1'), { ignore: { numbering: true, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false } });

describe('DOCX redline', () => {
  it('writes tracked insertions, deletions and moves with author and date', async () => {
    const bytes = await comparisonToDocx(comparison(), { author: 'Delegation A', date: new Date('2025-03-01T10:00:00.000Z') });
    const zip = await JSZip.loadAsync(bytes);
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Delegation A" w:date="2025-03-01T10:00:00Z"><w:r><w:t xml:space="preserve"> &amp; vaccines<\/w:t>/u);
    expect(xml).toMatch(/<w:del [^>]+><w:r><w:delText xml:space="preserve">An old paragraph about tariffs.<\/w:delText>/u);
    expect(xml).toMatch(/<w:moveFromRangeStart w:id="(\d+)" w:name="move1"[^>]*\/>.*<w:moveFromRangeEnd w:id="\1"\/>/u);
    expect(xml).toMatch(/<w:moveToRangeStart w:id="(\d+)" w:name="move1"[^>]*\/>.*<w:moveToRangeEnd w:id="\1"\/>/u);
    expect(xml).toContain('&lt;health&gt;');
    expect(zip.file('[Content_Types].xml')).not.toBeNull();
  });

  it('writes a starred note as a Word footnote that shows its own mark, tracked with the words citing it', async () => {
    const side = (extra: string): CompareSide => ({
      title: 'Joint Statement',
      paragraphs: [
        { id: 'p', kind: 'paragraph', text: `We thank our partners*${extra} for their work.` },
        { id: 'n', kind: 'footnote', marker: '*', text: 'Chile, Peru and Spain.' },
      ],
    });
    const [a, b] = [side(''), side(' and friends')];
    const zip = await JSZip.loadAsync(await comparisonToDocx(compareDeclarations(a, b), { author: 'Delegation A', date: new Date('2025-03-01T10:00:00.000Z') }, { a, b }));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toMatch(/partners<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:customMarkFollows="1" w:id="1"\/><w:t xml:space="preserve">\*<\/w:t><\/w:r>/u);
    expect(xml).not.toContain('Chile, Peru and Spain.');
    const notes = (await zip.file('word/footnotes.xml')?.async('string')) ?? '';
    expect(notes).toMatch(/<w:footnote w:id="1">.*<w:t xml:space="preserve">\*<\/w:t>.*Chile, Peru and Spain\./u);
  });
});

describe('HTML redline', () => {
  it('is self-contained, escaped and marks changes', () => {
    const html = comparisonToHtml(comparison());
    expect(html).not.toMatch(/<script|<link|src=/iu);
    expect(html).toContain('&lt;health&gt;');
    expect(html).toContain('<ins> &amp; vaccines</ins>');
    expect(html).toContain('<del>An old paragraph about tariffs.</del>');
    expect(html).toMatch(/class="move-from"/u);
  });
});

describe('text and JSON', () => {
  it.each([
    ['text', () => comparisonToText(comparison()), /\{\+ & vaccines\+\}/u],
    ['JSON', () => comparisonToJson(comparison()), /"kind": "moved"/u],
  ])('%s shows the changes', (_, write, pattern) => {
    expect(write()).toMatch(pattern);
  });
});

describe('sideFromText', () => {
  it.each([
    ['1. One.\n2. Two.', [['1.', 'One.'], ['2.', 'Two.']]],
    ['Title\n\n(a) First\ncontinued', [[undefined, 'Title'], ['(a)', 'First\ncontinued']]],
  ])('splits %j into numbered paragraphs', (text, expected) => {
    expect(sideFromText(text).paragraphs.map((p) => [p.number, p.text])).toEqual(expected);
  });
});
