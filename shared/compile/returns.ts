/**
 * What a returned file says, as returns to compile: a Word file with tracked changes gives one
 * return per author (the text with that author's changes accepted and everyone else's rejected,
 * labelled with the author's name); any other file (Word without tracked changes, a .concord
 * draft, text, Markdown) gives one return, labelled by the caller. Word comments become the
 * return's comments, on the paragraph they stand in.
 */
import type { Declaration } from '../model';
import { reviewedText, type ReviewOutcome } from '../review/accept';
import type { ChangeMark, ReviewComment, ReviewedDocx } from '../review/model';
import { readDeclarationText } from '../text/read';
import { compileParagraphs } from './declaration';
import type { ReturnComment, ReturnedText } from './schemas';

/** A returned file as read: its declaration and, for Word, its review marks; for a .concord draft, its comment threads. */
export interface ReadReturnFile {
  name: string;
  declaration: Declaration;
  review?: ReviewedDocx;
  comments?: readonly ReviewComment[];
}

/** A return that cannot be compiled as given, with what to do about it. */
export class ReturnLabelError extends Error {
  override name = 'ReturnLabelError';
}

const TEXT_CHANGES = new Set<ChangeMark['kind']>(['insert', 'delete', 'move-from', 'move-to']);

/** The authors of a Word file's text changes (not formatting), in the order they first appear. */
export function changeAuthors(review: ReviewedDocx | undefined): string[] {
  const authors = new Set<string>();
  const note = (c: ChangeMark | null) => {
    if (c && TEXT_CHANGES.has(c.kind) && c.author.trim()) authors.add(c.author.trim());
  };
  for (const p of review?.paragraphs ?? []) {
    for (const r of p.runs) note(r.change);
    note(p.mark);
  }
  return [...authors];
}

/**
 * The returns `file` holds. `label` names the delegation of a file without tracked-change
 * authors (required there), or renames the one author of a file with a single author.
 */
export function returnsOfFile(file: ReadReturnFile, label?: string): ReturnedText[] {
  const authors = changeAuthors(file.review);
  const given = label?.trim();
  if (authors.length === 0) {
    if (!given) throw new ReturnLabelError(`${file.name} carries no tracked changes naming their author: say which delegation it comes from (--as NAME on the command line, or its label in the Compile dialog).`);
    const paragraphs = compileParagraphs(file.declaration);
    const comments = file.review ? commentsOn(file.review, () => 'accepted', file.review.comments.map((c) => c.id), paragraphs) : threadsOn(file.comments ?? [], paragraphs);
    return [{ delegation: given, paragraphs, comments }];
  }
  const review = file.review as ReviewedDocx;
  return authors.map((author, k) => {
    const outcome = (c: ChangeMark): ReviewOutcome => (c.author.trim() === author ? 'accepted' : 'rejected');
    const paragraphs = compileParagraphs(readDeclarationText(reviewedText(review, outcome).join('\n\n'), { name: file.name }).declaration);
    // Comments by someone who made no text change go with the first author's return, so none is lost.
    const mine = review.comments.filter((c) => c.author.trim() === author || (k === 0 && !authors.includes(c.author.trim()))).map((c) => c.id);
    return { delegation: authors.length === 1 && given ? given : author, paragraphs, comments: commentsOn(review, outcome, mine, paragraphs) };
  });
}

/**
 * A draft's open comment threads as return comments, each on the first paragraph holding the
 * words it is anchored to (the first paragraph when they are gone, so no comment is lost);
 * replies follow the comment they answer.
 */
function threadsOn(threads: readonly ReviewComment[], paragraphs: readonly string[]): ReturnComment[] {
  return threads
    .filter((t) => !t.resolved && t.text.trim())
    .map((t) => {
      const anchor = t.anchor.trim();
      const found = anchor ? paragraphs.findIndex((p) => p.includes(anchor)) : -1;
      const text = [t.text.trim(), ...t.replies.filter((r) => r.text.trim()).map((r) => `${r.author}: ${r.text.trim()}`)].join(' ');
      return { paragraph: found === -1 ? 0 : found, text };
    });
}

/** The comments `ids` as return comments, each on the returned paragraph its anchor reads into. */
function commentsOn(review: ReviewedDocx, outcome: (c: ChangeMark) => ReviewOutcome, ids: readonly string[], paragraphs: readonly string[]): ReturnComment[] {
  const wanted = new Set(ids);
  const lines = reviewedText(review, outcome);
  const lineOf = new Map<string, number>();
  let line = 0;
  for (const p of review.paragraphs) {
    for (const id of [...p.runs.flatMap((r) => r.comments), ...p.pointComments]) if (!lineOf.has(id)) lineOf.set(id, line);
    if (!(p.mark && TEXT_CHANGES.has(p.mark.kind) && ['delete', 'move-from'].includes(p.mark.kind) === (outcome(p.mark) === 'accepted'))) line++;
  }
  const out: ReturnComment[] = [];
  for (const c of review.comments) {
    if (!wanted.has(c.id) || !c.text.trim()) continue;
    const text = (lines[lineOf.get(c.id) ?? -1] ?? '').trim();
    const found = text ? paragraphs.findIndex((p) => p.trim() !== '' && text.endsWith(p.trim())) : -1;
    out.push({ paragraph: found === -1 ? 0 : found, text: c.text.trim() });
  }
  return out;
}
