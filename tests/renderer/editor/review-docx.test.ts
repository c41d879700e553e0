import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EditorState, Transaction } from 'prosemirror-state';
import { docFromJSON } from '../../../renderer/editor/convert';
import { createDraftState } from '../../../renderer/editor/state';
import { listComments } from '../../../renderer/editor/review/comments';
import { docFromReview } from '../../../renderer/editor/review/from-docx';
import { decideEverySuggestion, listSuggestions } from '../../../renderer/editor/review/suggestions';
import { reviewedDocxOf } from '../../../renderer/editor/review/to-docx';
import { reviewedText } from '../../../shared/review/accept';
import { readDocxReview } from '../../../shared/review/docx-review';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/review/${name}`, import.meta.url)));

async function opened(name: string) {
  const review = await readDocxReview(fixture(name));
  let state: EditorState = createDraftState(docFromJSON(docFromReview(review)));
  const run = (accept: boolean) => decideEverySuggestion(accept)(state, (tr: Transaction) => (state = state.apply(tr)));
  return { review, get state() { return state; }, run };
}

const texts = (state: EditorState) => {
  const out: string[] = [];
  state.doc.forEach((b) => out.push(b.textContent));
  return out;
};

describe('a Word file with tracked changes and comments opened as a draft', () => {
  it('has its suggestions, by author and date, and its comments on their words', async () => {
    const e = await opened('review-two-authors.docx');
    const list = listSuggestions(e.state.doc);
    expect(list.map((s) => [s.kind, s.author, s.text])).toContainEqual(['insert', 'Ana Ortiz', 'deepen']);
    expect(list.find((s) => s.text === '2028')).toMatchObject({ author: 'Ben Ngata', date: '2026-03-02T11:02:00Z' });
    expect(listComments(e.state.doc).map((c) => [c.author, c.anchor])).toEqual([
      ['Ana Ortiz', 'maritime security'],
      ['Ben Ngata', 'review progress'],
    ]);
  });

  it.each(['review-two-authors.docx', 'review-formatting.docx'])('accepting or rejecting all of %s in Concord gives the texts Word would', async (name) => {
    const accepted = await opened(name);
    accepted.run(true);
    expect(texts(accepted.state)).toEqual(reviewedText(accepted.review, 'accepted').filter(Boolean));
    const rejected = await opened(name);
    rejected.run(false);
    expect(texts(rejected.state)).toEqual(reviewedText(rejected.review, 'rejected').filter(Boolean));
  });

  it('goes back out to Word with the same marks and comments', async () => {
    const e = await opened('review-two-authors.docx');
    const out = reviewedDocxOf(e.state.doc);
    expect(reviewedText(out, 'accepted')).toEqual(reviewedText(e.review, 'accepted'));
    expect(reviewedText(out, 'rejected')).toEqual(reviewedText(e.review, 'rejected'));
    expect(out.comments.map((c) => c.author)).toEqual(['Ana Ortiz', 'Ben Ngata']);
  });
});
