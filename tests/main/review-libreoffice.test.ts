import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewedText } from '../../shared/review/accept';
import { readDocxReview } from '../../shared/review/docx-review';
import { reviewedDeclarationToDocx } from '../../shared/review/docx-marks';
import { docFromJSON, docToDeclaration } from '../../renderer/editor/convert';
import { docFromReview } from '../../renderer/editor/review/from-docx';
import { reviewedDocxOf } from '../../renderer/editor/review/to-docx';
import { reviewSummary } from '../../shared/review/summary';
import { hasLibreOffice, libreOfficeConvert, libreOfficeText } from './libreoffice';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/review/${name}`, import.meta.url)));
const FIXTURES = ['review-two-authors.docx', 'review-formatting.docx'];

// Needs LibreOffice and Debian's python3-uno; without them there is no outside judge to ask.
describe.skipIf(!hasLibreOffice)('LibreOffice and Concord agree on tracked changes', () => {
  it.each(FIXTURES)('Accept All and Reject All of %s give the same text in both', async (name) => {
    const doc = await readDocxReview(fixture(name));
    expect(reviewedText(doc, 'accepted')).toEqual(libreOfficeText(fixture(name), 'accept-all'));
    expect(reviewedText(doc, 'rejected')).toEqual(libreOfficeText(fixture(name), 'reject-all'));
  }, 120_000);

  it("shows Concord's export with the same marks and comments, and accepts it to the same text", async () => {
    const doc = await readDocxReview(fixture('review-two-authors.docx'));
    // Opened as a draft, then exported to Word as the app does.
    const draft = docFromJSON(docFromReview(doc));
    const exported = await reviewedDeclarationToDocx(docToDeclaration(draft, { id: 'draft', sourceName: 'draft' }), reviewedDocxOf(draft));
    // LibreOffice reads Concord's file and writes it again: what it kept is what it showed.
    const rewritten = reviewSummary(await readDocxReview(libreOfficeConvert(exported, 'docx')));
    const original = reviewSummary(doc);
    const shape = (s: typeof original) => ({ suggestions: s.suggestions.map((x) => [x.kind, x.author, x.date, x.text]), comments: s.comments.map((c) => [c.author, c.text, c.anchor]) });
    expect(shape(rewritten)).toEqual(shape(original));
    expect(libreOfficeText(exported, 'accept-all')).toEqual(reviewedText(doc, 'accepted'));
  }, 120_000);
});
