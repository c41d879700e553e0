import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { changeAuthors, returnsOfFile, ReturnLabelError } from '../../../shared/compile/returns';
import { readDocxReview } from '../../../shared/review/docx-review';
import { readDeclarationText } from '../../../shared/text/read';

const fixture = new Uint8Array(readFileSync(new URL('../../fixtures/review/review-two-authors.docx', import.meta.url)));
const plain = readDeclarationText('Joint Statement\n\n1. We agree.\n', { name: 'brazil.txt' }).declaration;

describe('returnsOfFile', () => {
  it('gives one return per tracked-change author, each with only its own changes, and its comments as notes', async () => {
    const review = await readDocxReview(fixture);
    // In the order their changes first appear in the document.
    expect(changeAuthors(review)).toEqual(['Ben Ngata', 'Ana Ortiz']);
    const returns = returnsOfFile({ name: 'two.docx', declaration: plain, review });
    const ana = returns.find((r) => r.delegation === 'Ana Ortiz');
    const ben = returns.find((r) => r.delegation === 'Ben Ngata');
    expect(ana?.paragraphs.join('\n')).toContain('deepen cooperation');
    expect(ana?.paragraphs.join('\n')).toContain('Agree to meet again in 2027');
    expect(ben?.paragraphs.join('\n')).toContain('strengthen cooperation');
    expect(ben?.paragraphs.join('\n')).toContain('2028');
    expect(ana?.comments.map((c) => c.text)).toEqual(['Can we say "maritime safety"?']);
    expect(ben?.comments.map((c) => c.text)).toEqual(['Which body reviews?']);
    expect(ana?.paragraphs[ana.comments[0]?.paragraph ?? -1]).toContain('maritime security');
    expect(ben?.paragraphs[ben.comments[0]?.paragraph ?? -1]).toContain('review progress');
  });

  it("takes a draft's open comment threads as notes on the paragraph they are anchored in, replies included", () => {
    const draft = readDeclarationText('Joint Statement\n\n1. We agree.\n\n2. We meet in Geneva.\n', { name: 'japan.concord' }).declaration;
    const thread = (id: string, anchor: string, text: string, extra: object = {}) => ({ id, author: 'Aiko', date: '2026-12-01T10:00:00.000Z', text, anchor, resolved: false, orphaned: false, replies: [], ...extra });
    const comments = [
      thread('c1', 'Geneva', 'Or Vienna?', { replies: [{ id: 'r1', author: 'Ken', date: '2026-12-01T11:00:00.000Z', text: 'Vienna is fine.' }] }),
      thread('c2', 'agree', 'Settled.', { resolved: true }),
      thread('c3', 'words since deleted', 'Kept all the same.'),
    ];
    const [ret] = returnsOfFile({ name: 'japan.concord', declaration: draft, comments }, 'Japan');
    expect(ret?.comments.map((c) => [ret.paragraphs[c.paragraph], c.text])).toEqual([
      ['We meet in Geneva.', 'Or Vienna? Ken: Vienna is fine.'],
      ['Joint Statement', 'Kept all the same.'],
    ]);
  });

  it('labels a file without tracked changes as told, and asks when it is not told', () => {
    expect(returnsOfFile({ name: 'brazil.txt', declaration: plain }, 'Brazil')[0]?.delegation).toBe('Brazil');
    expect(() => returnsOfFile({ name: 'brazil.txt', declaration: plain })).toThrow(ReturnLabelError);
  });
});
