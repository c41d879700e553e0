/**
 * A reviewed draft written as Word by the normal Word export: list numbering, styles and page
 * set-up as any Word export, with the draft's suggestions as tracked changes and its comments as
 * Word comments with replies. Concord's reader and LibreOffice (the outside judge) read them back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docToDeclaration } from '../../../renderer/editor/convert';
import { addComment, listComments, replyToComment } from '../../../renderer/editor/review/comments';
import { toggleSuggesting } from '../../../renderer/editor/review/suggesting';
import { reviewedDocxOf } from '../../../renderer/editor/review/to-docx';
import { reviewedText } from '../../../shared/review/accept';
import { readDocxReview } from '../../../shared/review/docx-review';
import { reviewedDeclarationToDocx } from '../../../shared/review/docx-marks';
import { reviewSummary } from '../../../shared/review/summary';
import { hasLibreOffice, libreOfficeAccepted, libreOfficeConvert, libreOfficeText } from '../../main/libreoffice';
import { ana, ben, editor } from './review-editor';
import { fn, p, ref } from './builder';

/** Ana suggests Vienna for Geneva and strikes a word; Ben comments "agree" and Ana replies. */
async function reviewedWord(withNote = false) {
  const last = withNote ? [p('We thank the host.', ref('*')), fn({ marker: '*' }, 'Hosted by the city.')] : ['We thank the host.'];
  const e = editor('We agree to meet in Geneva.', 'We call on all States to act.', ...last);
  e.as(ana);
  e.run(toggleSuggesting);
  e.remove(e.find('Geneva'), e.find('Geneva') + 6);
  e.type(e.find('.'), 'Vienna');
  e.remove(e.find(' all ') + 1, e.find(' all ') + 5);
  e.run(toggleSuggesting);
  e.select(e.find('agree'), e.find('agree') + 5);
  e.run(addComment(ben, 'Is "agree" strong enough?', new Date('2026-03-02T10:00:00Z')));
  const thread = listComments(e.state.doc)[0];
  e.run(replyToComment(thread?.id ?? '', ana, 'It is agreed language.', new Date('2026-03-02T11:00:00Z')));
  const decl = docToDeclaration(e.state.doc, { id: 'draft', sourceName: 'draft', title: 'Joint Statement' });
  return reviewedDeclarationToDocx(decl, reviewedDocxOf(e.state.doc), { paper: 'a4' });
}

const ACCEPTED = ['Joint Statement', 'We agree to meet in Vienna.', 'We call on States to act.', 'We thank the host.'];
const REJECTED = ['Joint Statement', 'We agree to meet in Geneva.', 'We call on all States to act.', 'We thank the host.'];

describe('a reviewed draft as Word', () => {
  it('is the normal Word export (numbering, styles, page) with tracked changes and threaded comments', async () => {
    const bytes = await reviewedWord();
    const zip = await JSZip.loadAsync(bytes);
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // Word numbers the operative paragraphs itself; nothing typed, the page is A4.
    expect(document.match(/<w:numPr>/g)?.length).toBe(3);
    expect(document).not.toMatch(/<w:t[^>]*>1\./);
    expect(document).toContain('w:pStyle w:val="OperativeParagraph"');
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(await zip.file('word/settings.xml')?.async('string')).toContain('<w:trackRevisions/>');
    const read = await readDocxReview(bytes);
    expect(reviewedText(read, 'accepted')).toEqual(ACCEPTED);
    expect(reviewedText(read, 'rejected')).toEqual(REJECTED);
    const summary = reviewSummary(read);
    expect(summary.suggestions.map((s) => [s.kind, s.author, s.text])).toEqual([
      ['delete', 'Ana Ortiz', 'Geneva'],
      ['insert', 'Ana Ortiz', 'Vienna'],
      ['delete', 'Ana Ortiz', 'all '],
    ]);
    expect(summary.comments.map((c) => [c.author, c.text, c.anchor, c.replies.map((r) => [r.author, r.text])])).toEqual([['Ben Ngata', 'Is "agree" strong enough?', 'agree', [['Ana Ortiz', 'It is agreed language.']]]]);
  });

  it('keeps the footnotes of the normal export', async () => {
    const zip = await JSZip.loadAsync(await reviewedWord(true));
    expect(await zip.file('word/footnotes.xml')?.async('string')).toContain('Hosted by the city.');
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(document).toMatch(/<w:footnoteReference w:customMarkFollows="1" w:id="1"\/>/);
    expect(document).toContain('<w:del ');
  });

  it.skipIf(!hasLibreOffice)('opens in LibreOffice with its marks and comments, numbered, and accepts to the expected text', async () => {
    const bytes = await reviewedWord();
    // LibreOffice prints each list item with its label: Word's numbering, 1. to 3., either way.
    const numbered = (texts: string[]) => texts.map((t, i) => (i === 0 ? t : `${i}. ${t}`));
    expect(libreOfficeText(bytes, 'accept-all')).toEqual(numbered(ACCEPTED));
    expect(libreOfficeText(bytes, 'reject-all')).toEqual(numbered(REJECTED));
    const rewritten = reviewSummary(await readDocxReview(libreOfficeConvert(bytes, 'docx')));
    expect(rewritten.suggestions.map((s) => [s.kind, s.author, s.text])).toEqual([
      ['delete', 'Ana Ortiz', 'Geneva'],
      ['insert', 'Ana Ortiz', 'Vienna'],
      ['delete', 'Ana Ortiz', 'all '],
    ]);
    expect(rewritten.comments.map((c) => [c.author, c.text, c.anchor])).toContainEqual(['Ben Ngata', 'Is "agree" strong enough?', 'agree']);
    // Accepted in LibreOffice, the three paragraphs are still Word list items.
    const accepted = (await (await JSZip.loadAsync(libreOfficeAccepted(bytes))).file('word/document.xml')?.async('string')) ?? '';
    expect(accepted.match(/<w:numPr>/g)?.length).toBe(3);
    // LibreOffice's rendering of the page, for a person to look at.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'concord-review-word-'));
    writeFileSync(path.join(dir, 'page.pdf'), libreOfficeConvert(bytes, 'pdf'));
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', path.join(dir, 'page.pdf'), path.join(dir, 'page')]);
    const screens = new URL('../../e2e/.screens/', import.meta.url);
    mkdirSync(screens, { recursive: true });
    writeFileSync(new URL('review-word-export.png', screens), readFileSync(path.join(dir, 'page-1.png')));
  }, 180_000);
});
