import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../shared/diff/compare';
import { comparisonToDocx } from '../../../shared/diff/redline/docx';
import { comparisonToHtml } from '../../../shared/diff/redline/html';
import { comparisonToJson } from '../../../shared/diff/redline/json';
import { comparisonToText } from '../../../shared/diff/redline/text';
import { Comparison } from '../../../shared/diff/schemas';
import type { CompareSide } from '../../../shared/diff/schemas';

/** One paragraph per line, "7. text" keeping "7." as the number, as a segmented draft has them. */
function side(text: string, title = ''): CompareSide {
  return {
    title,
    paragraphs: text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((line, k) => {
        const m = /^(\d+\.)\s(.*)$/u.exec(line);
        return m ? { id: `p${k}`, number: m[1], text: m[2] ?? '' } : { id: `p${k}`, text: line };
      }),
  };
}
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/negotiation/${name}`, import.meta.url), 'utf8');
const compare = (a: string, b: string) => compareDeclarations(side(a, 'Before'), side(b, 'After'));
const changedRows = (a: string, b: string) =>
  compare(a, b)
    .rows.filter((r) => r.kind !== 'equal')
    .map((r) => ({ kinds: (r.brackets ?? []).map((c) => c.kind), resolution: r.resolution?.summary }));

describe('bracket changes in a comparison', () => {
  it.each([
    ['a choice among alternatives', 'Parties [shall][should] act.', 'Parties should act.', [{ kinds: ['chose'], resolution: 'kept “should”, dropped “shall”' }]],
    ['brackets lifted', 'We [strongly] urge all States.', 'We strongly urge all States.', [{ kinds: ['kept'], resolution: 'brackets removed, text kept: “strongly”' }]],
    ['bracketed text deleted', 'We [strongly] urge all States.', 'We urge all States.', [{ kinds: ['deleted'], resolution: 'bracketed text deleted: “strongly”' }]],
    ['two resolutions in one paragraph', 'We [shall][will] act [promptly] now.', 'We will act promptly now.', [{ kinds: ['chose', 'kept'], resolution: 'kept “will”, dropped “shall”; brackets removed, text kept: “promptly”' }]],
    ['a new bracket', 'We urge all States.', 'We [strongly] urge all States.', [{ kinds: ['opened'], resolution: 'bracket opened: “strongly”' }]],
    ['a resolution beside an ordinary edit', 'Parties [shall][should] act now.', 'Parties should act today.', [{ kinds: ['chose'], resolution: undefined }]],
    ['an edit with no brackets', 'Parties shall act now.', 'Parties shall act today.', [{ kinds: [], resolution: undefined }]],
    ['a choice of options across paragraphs', 'Intro.\nOption 1: Parties shall notify.\nOption 2 (EU): Parties may inform.\nEnd.', 'Intro.\nParties may inform.\nEnd.', [
      { kinds: [], resolution: 'kept “Parties may inform.”, dropped “Parties shall notify.”' },
      { kinds: ['chose'], resolution: 'kept “Parties may inform.”, dropped “Parties shall notify.”' },
    ]],
  ])('shows %s as a bracket change', (_, a, b, expected) => {
    expect(changedRows(a, b)).toEqual(expected);
  });

  it('counts brackets opened and closed in the summary', () => {
    const c = compare('1. We [shall][should] act.\n2. We urge all.\n3. We [agree].', '1. We shall act.\n2. We [strongly] urge all.\n3. We agree.');
    expect(c.summary.brackets).toEqual({ opened: 1, closed: 2, changed: 0 });
    expect(c.summary.changes.map((e) => e.excerpt)).toEqual(['kept “shall”, dropped “should”', 'bracket opened: “strongly”', 'brackets removed, text kept: “agree”']);
  });

  it('leaves the summary without brackets when none changed', () => {
    expect(compare('We act now.', 'We act today.').summary.brackets).toBeUndefined();
  });

  it('keeps the comparison valid against its schema', () => {
    expect(() => Comparison.parse(compare('Parties [shall][should] act.', 'Parties should act.'))).not.toThrow();
  });
});

describe('the water declaration, zero draft → Rev.1 → final', () => {
  const zero = fixture('water-zero-draft.txt');
  const rev1 = fixture('water-rev1.txt');
  const final = fixture('water-final.txt');

  it.each([
    ['zero draft → Rev.1', zero, rev1, { opened: 0, closed: 24, changed: 0 }],
    ['Rev.1 → final', rev1, final, { opened: 0, closed: 7, changed: 0 }],
  ])('counts the brackets closed from %s', (_, a, b, expected) => {
    expect(compare(a, b).summary.brackets).toEqual(expected);
  });

  it.each([
    ['We decide to review progress every two years.', 'kept “every two years”, dropped “at each Meeting of the Parties”'],
    ['We will promote data sharing and interoperable monitoring systems.', 'kept “interoperable”, dropped “open”'],
    ['Parties are encouraged to exchange information on planned measures, where feasible.', 'kept “Parties are encouraged to exchange information on planned m…”, dropped “Parties shall notify their neighbours of planned measures s…”'],
  ])('reads Rev.1 → final %j as one resolution', (text, summary) => {
    const c = compare(rev1, final);
    const row = c.rows.find((r) => r.b.some((j) => side(final).paragraphs[j]?.text === text) && r.kind !== 'equal');
    expect(row?.resolution?.summary).toBe(summary);
  });

  it('keeps real edits beside brackets as word changes', () => {
    // "(US proposal)" was dropped outside any bracket: the row is not bracket work alone.
    const c = compare(zero, rev1);
    const row = c.rows.find((r) => r.brackets?.some((b) => b.summary === 'kept “strengthen”, dropped “establish”'));
    expect(row?.resolution).toBeUndefined();
    expect(row?.ops.some((op) => op.kind === 'delete' && op.text.includes('US proposal'))).toBe(true);
  });
});

describe('redlines of bracket changes', () => {
  const c = () => compare('Title\n1. Parties [shall][should] act.\n2. We act now.', 'Title\n1. Parties should act.\n2. We act today.');

  it.each([
    ['text', () => comparisonToText(c()), ['Brackets: 0 opened, 1 closed, 0 changed but still open.', '<changed · para 1> 1. Parties should act.\n  Bracket resolved: kept “should”, dropped “shall”', '<changed · para 2> 2. We act [-now-]{+today+}.']],
    ['HTML', () => comparisonToHtml(c()), ['Brackets: 0 opened, 1 closed, 0 changed but still open.', '<p class="changed resolved">', '<span class="bracket">Bracket resolved: kept “should”, dropped “shall”</span>', '<del>now</del>']],
    ['JSON', () => comparisonToJson(c()), ['"resolution": {\n', '"summary": "kept “should”, dropped “shall”"', '"closed": 1']],
  ])('%s names the resolution instead of the words', (_, write, expected) => {
    const out = write();
    for (const piece of expected) expect(out).toContain(piece);
  });

  it('shows the resolved paragraph without word marks in text', () => {
    expect(comparisonToText(c())).not.toContain('[-[shall][should]');
  });
});

describe('DOCX redline of bracket changes', () => {
  it('keeps the tracked changes and names the resolution in a Word comment', async () => {
    const c = compare('Title\n1. Parties [shall][should] act.', 'Title\n1. Parties should act.');
    const zip = await JSZip.loadAsync(await comparisonToDocx(c, { author: 'Chair', date: new Date('2031-04-02T10:00:00Z') }));
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(document).toMatch(/<w:commentRangeStart w:id="0"\/>.*<w:del [^>]+>.*<w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r><\/w:p>/u);
    expect(await zip.file('word/comments.xml')?.async('string')).toContain('<w:comment w:id="0" w:author="Chair" w:date="2031-04-02T10:00:00Z"><w:p><w:r><w:t xml:space="preserve">Bracket resolved: kept “should”, dropped “shall”</w:t></w:r></w:p></w:comment>');
    expect(await zip.file('word/_rels/document.xml.rels')?.async('string')).toContain('Target="comments.xml"');
  });

  it('writes no comments part for a comparison without brackets', async () => {
    const zip = await JSZip.loadAsync(await comparisonToDocx(compare('We act now.', 'We act today.'), { author: 'Chair', date: new Date(0) }));
    expect(zip.file('word/comments.xml')).toBeNull();
  });
});
