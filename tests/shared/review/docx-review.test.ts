import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewedText } from '../../../shared/review/accept';
import { hasReviewMarks, readDocxReview } from '../../../shared/review/docx-review';
import { reviewedDocxBytes } from './reviewed-docx';
import { reviewSummary } from '../../../shared/review/summary';
import { by, dr, r, reviewDocx } from './docx-fixture';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/review/${name}`, import.meta.url)));

describe('reading tracked changes and comments LibreOffice wrote', () => {
  it('lists each suggestion with kind, author, date and words, in document order', async () => {
    const { suggestions, authors } = reviewSummary(await readDocxReview(fixture('review-two-authors.docx')));
    expect(suggestions.map((s) => [s.kind, s.author, s.text])).toEqual([
      ['delete', 'Ben Ngata', 'Recalling the Charter of the United Nations and our shared commitment to peace,'],
      ['delete', 'Ana Ortiz', 'strengthen'],
      ['insert', 'Ana Ortiz', 'deepen'],
      ['insert', 'Ana Ortiz', ' and marine biodiversity'],
      ['delete', 'Ben Ngata', '2027'],
      ['insert', 'Ben Ngata', '2028'],
      ['delete', 'Ana Ortiz', ' without delay'],
    ]);
    expect(suggestions[1]?.date).toBe('2026-03-02T09:00:00Z');
    expect(authors.sort()).toEqual(['Ana Ortiz', 'Ben Ngata']);
  });

  it('lists comments with author, date, text and the words they are anchored to', async () => {
    const { comments } = reviewSummary(await readDocxReview(fixture('review-two-authors.docx')));
    expect(comments.map((c) => [c.author, c.date, c.text, c.anchor])).toEqual([
      ['Ana Ortiz', '2026-03-02T09:30:00Z', 'Can we say "maritime safety"?', 'maritime security'],
      ['Ben Ngata', '2026-03-02T11:05:00Z', 'Which body reviews?', 'review progress'],
    ]);
  });

  it('gives the texts of Accept All and Reject All (a deleted paragraph break joins paragraphs)', async () => {
    const doc = await readDocxReview(fixture('review-two-authors.docx'));
    expect(reviewedText(doc, 'accepted')).toEqual([
      'Joint Statement of the Ministers of Foreign Affairs',
      'We, the Ministers, meeting in Geneva on 3 March 2026,',
      'Commit to deepen cooperation on maritime security and the protection of ocean resources and marine biodiversity.',
      'Agree to meet again in 2028 to review progress.',
      'Call upon all States to ratify the Convention.',
    ]);
    expect(reviewedText(doc, 'rejected')[2]).toBe('Recalling the Charter of the United Nations and our shared commitment to peace,');
    expect(reviewedText(doc, 'rejected')[5]).toBe('Call upon all States to ratify the Convention without delay.');
  });

  it('reads a formatting change and an inserted paragraph', async () => {
    const doc = await readDocxReview(fixture('review-formatting.docx'));
    expect(reviewSummary(doc).suggestions.map((s) => [s.kind, s.text, s.detail])).toEqual([
      ['format', 'maritime security', 'plain → bold'],
      ['insert', 'Welcome the offer of Chile to host the next meeting.', undefined],
    ]);
    expect(reviewedText(doc, 'rejected')).toHaveLength(3);
  });
});

describe('reading what Word writes', () => {
  const body =
    `<w:p>${r('Recalling ')}<w:commentRangeStart w:id="0"/>${r('the Charter')}<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>` +
    `<w:p><w:pPr><w:rPr><w:moveFrom ${by(1, 'Ana')}/></w:rPr></w:pPr><w:moveFromRangeStart w:name="move1" ${by(2, "Ana")}/><w:moveFrom ${by(3, 'Ana')}>${r('Moved paragraph.')}</w:moveFrom><w:moveFromRangeEnd w:id="2"/></w:p>` +
    `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:pPrChange ${by(4, 'Ben')}><w:pPr/></w:pPrChange></w:pPr>${r('I. Oceans')}</w:p>` +
    `<w:p><w:commentRangeStart w:id="2"/><w:del ${by(5, 'Ben')}>${dr('Gone words.')}</w:del><w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r></w:p>` +
    `<w:p><w:pPr><w:rPr><w:moveTo ${by(6, 'Ana')}/></w:rPr></w:pPr><w:moveTo ${by(7, 'Ana')}>${r('Moved paragraph.')}</w:moveTo></w:p>` +
    `<w:p>${r('Last.')}</w:p>`;
  const comment = (id: number, author: string, text: string, para: string) => `<w:comment w:id="${id}" w:author="${author}" w:date="2026-05-02T09:00:00Z"><w:p w14:paraId="${para}"><w:r><w:annotationRef/></w:r>${r(text)}</w:p></w:comment>`;
  const parts = {
    comments: comment(0, 'Ana', 'Which Charter?', '0000000A') + comment(1, 'Ben', 'The UN Charter.', '0000000B') + comment(2, 'Ben', 'Why delete?', '0000000C'),
    extended: '<w15:commentEx w15:paraId="0000000A" w15:done="1"/><w15:commentEx w15:paraId="0000000B" w15:paraIdParent="0000000A"/><w15:commentEx w15:paraId="0000000C"/>',
    people: '<w15:person w15:author="Ana"/><w15:person w15:author="Ben"/><w15:person w15:author="Chair"/>',
  };

  it('reads moves, a change of paragraph style, threads, resolved and orphaned comments, and people', async () => {
    const doc = await readDocxReview(await reviewDocx(body, parts));
    const summary = reviewSummary(doc);
    expect(summary.suggestions.map((s) => [s.kind, s.author, s.text, s.detail ?? null])).toEqual([
      ['move-from', 'Ana', 'Moved paragraph.', null],
      ['block-kind', 'Ben', 'I. Oceans', 'Normal'],
      ['delete', 'Ben', 'Gone words.', null],
      ['move-to', 'Ana', 'Moved paragraph.', null],
    ]);
    expect(summary.comments).toMatchObject([
      { author: 'Ana', text: 'Which Charter?', anchor: 'the Charter', resolved: true, orphaned: false, replies: [{ author: 'Ben', text: 'The UN Charter.' }] },
      { author: 'Ben', text: 'Why delete?', anchor: 'Gone words.', orphaned: true, replies: [] },
    ]);
    expect(summary.authors).toEqual(['Ana', 'Ben', 'Chair']);
    expect(reviewedText(doc, 'accepted')).toEqual(['Recalling the Charter', 'I. Oceans', '', 'Moved paragraph.', 'Last.']);
    expect(reviewedText(doc, 'rejected')).toEqual(['Recalling the Charter', 'Moved paragraph.', 'I. Oceans', 'Gone words.', 'Last.']);
  });

  it('reads a file without marks as plain paragraphs, and says so', async () => {
    const doc = await readDocxReview(await reviewDocx(`<w:p>${r('Plain.')}</w:p>`));
    expect(hasReviewMarks(doc)).toBe(false);
    expect(reviewedText(doc, 'accepted')).toEqual(['Plain.']);
  });

  it('refuses a file that is not a Word document with a clear message', async () => {
    await expect(readDocxReview(new TextEncoder().encode('not a zip'))).rejects.toThrow(/./);
  });
});

describe('writing tracked changes and comments', () => {
  it('writes what it reads: the same suggestions, comment threads and texts come back', async () => {
    for (const name of ['review-two-authors.docx', 'review-formatting.docx']) {
      const doc = await readDocxReview(fixture(name));
      const back = await readDocxReview(await reviewedDocxBytes(doc));
      const strip = (s: ReturnType<typeof reviewSummary>) => ({ ...s, suggestions: s.suggestions.filter((x) => x.kind !== 'format').map(({ id: _id, ...rest }) => rest), comments: s.comments.map(({ id: _id, ...rest }) => ({ ...rest, replies: rest.replies.map(({ id: _r, ...reply }) => reply) })) });
      expect(strip(reviewSummary(back))).toEqual(strip(reviewSummary(doc)));
      expect(reviewedText(back, 'accepted')).toEqual(reviewedText(doc, 'accepted'));
      expect(reviewedText(back, 'rejected')).toEqual(reviewedText(doc, 'rejected'));
    }
  });

  it('threads a reply under its comment, on the same words, and keeps the resolved state', async () => {
    const doc = await readDocxReview(fixture('review-two-authors.docx'));
    const first = doc.comments[0];
    if (!first) throw new Error('fixture has comments');
    doc.comments = [{ ...first, resolved: true }, { id: 'reply', author: 'Ben Ngata', date: '2026-03-03T08:00:00Z', text: 'Keep security.', parentId: first.id, resolved: false }];
    const { comments } = reviewSummary(await readDocxReview(await reviewedDocxBytes(doc)));
    expect(comments).toMatchObject([{ author: 'Ana Ortiz', anchor: 'maritime security', resolved: true, replies: [{ author: 'Ben Ngata', text: 'Keep security.' }] }]);
  });
});
