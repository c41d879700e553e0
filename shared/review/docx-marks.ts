/**
 * A draft's suggestions and comments on the normal Word export (formats/docx-write.ts): the same
 * document, list numbering, footnotes, styles and page set-up, with each suggestion written as a
 * tracked change (w:ins / w:del, its author and date), a block suggested in or out as a whole
 * taking its paragraph mark with it, and each comment thread as Word comments with replies
 * (resolved ones marked done), and the document set to track changes.
 *
 * The draft's declaration carries the text with marks (deleted words included); the reviewed
 * paragraphs (model.ts, one per block of text, in order) say which words are which. Each block's
 * text is matched to its paragraph's runs character by character, so footnote references and the
 * editor's zero-width placeholders find their place; a block that does not match is written as
 * its plain text.
 * Not written: moves are plain insertions and deletions here, format and block-kind changes are
 * not tracked, and a parties list is written with its names as they stand.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, InsertedTextRun, Paragraph, TextRun, type ICommentOptions, type ParagraphChild } from 'docx';
import type { Block, Declaration } from '../model';
import { declarationToDocx, markedRuns, type DocxDecorations, type DocxWriteOptions } from '../formats/docx-write';
import type { ChangeMark, ReviewedDocx, ReviewParagraph } from './model';

/** What one character of a block's text is part of. */
interface CharMark {
  change: ChangeMark | null;
  comments: readonly string[];
}

const PLAIN: CharMark = { change: null, comments: [] };
const ZERO_WIDTH = '\u200b';

/** The mark of every character of `text`, from the paragraph's runs; null when they do not match it. */
function charMarks(text: string, paragraph: ReviewParagraph): CharMark[] | null {
  const marks: CharMark[] = [];
  const runs = paragraph.runs.map((run) => ({ run, text: run.text.split(ZERO_WIDTH).join('') }));
  let r = 0;
  let at = 0;
  const skipDone = () => {
    while (r < runs.length && at >= (runs[r]?.text.length ?? 0)) {
      r++;
      at = 0;
    }
  };
  for (let i = 0; i < text.length; i++) {
    skipDone();
    const current = runs[r];
    if (current && current.text[at] === text[i]) {
      marks.push({ change: current.run.change ?? paragraph.mark, comments: current.run.comments });
      at++;
    } else marks.push(text[i] === ZERO_WIDTH ? PLAIN : { change: paragraph.mark, comments: [] });
  }
  skipDone();
  return r >= runs.length ? marks : null;
}

/** Word wants numeric ids, unique in the document; ours may be any string. */
function numbering() {
  let next = 0;
  const map = new Map<string, number>();
  return { of: (key: string) => map.get(key) ?? (map.set(key, ++next), next), fresh: () => ++next };
}

const isInserted = (change: ChangeMark | null) => change?.kind === 'insert' || change?.kind === 'move-to';
const isDeleted = (change: ChangeMark | null) => change?.kind === 'delete' || change?.kind === 'move-from';

/** The decorations that put `review` on the normal export of `decl`. */
export function reviewDecorations(decl: Declaration, review: ReviewedDocx): DocxDecorations {
  const blocks = decl.blocks.filter((b) => b.kind !== 'parties');
  // Reviewed paragraphs come one per block, parties' names one each: skip those.
  const paragraphs = review.paragraphs.slice();
  const byBlock = new Map<string, CharMark[] | null>();
  const paragraphOf = new Map<string, ReviewParagraph>();
  let p = 0;
  for (const block of decl.blocks) {
    if (block.kind === 'parties') {
      p += Math.max(1, block.parties.length || block.text.split('\n').filter((l) => l.trim()).length);
      continue;
    }
    const paragraph = paragraphs[p++];
    if (!paragraph) continue;
    paragraphOf.set(block.id, paragraph);
    byBlock.set(block.id, charMarks(block.text, paragraph));
  }
  // Where each comment's range starts and ends, by block and offset, in document order.
  const order = new Map(blocks.map((b, i) => [b.id, i]));
  const span = new Map<string, { first: [number, number]; last: [number, number] }>();
  for (const block of blocks) {
    const marks = byBlock.get(block.id);
    marks?.forEach((m, offset) => {
      for (const id of m.comments) {
        const at: [number, number] = [order.get(block.id) ?? 0, offset];
        const known = span.get(id);
        if (known) known.last = at;
        else span.set(id, { first: at, last: at });
      }
    });
  }
  const commentIds = numbering();
  const changeIds = numbering();
  const comments: ICommentOptions[] = review.comments
    .filter((c) => span.has(c.parentId ?? c.id))
    .map((c) => ({
      id: commentIds.of(c.id),
      author: c.author,
      ...(c.initials ? { initials: c.initials } : {}),
      ...(c.date ? { date: new Date(c.date) } : {}),
      ...(c.parentId ? { parentId: commentIds.of(c.parentId) } : {}),
      ...(c.resolved ? { resolved: true } : {}),
      children: c.text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })),
    }));
  const replies = new Map<string, string[]>();
  for (const c of review.comments) if (c.parentId) replies.set(c.parentId, [...(replies.get(c.parentId) ?? []), c.id]);
  const change = (mark: ChangeMark) => ({ id: changeIds.fresh(), author: mark.author || 'Unknown author', date: mark.date ?? new Date(0).toISOString() });

  const runs = (block: Block, start: number, end: number): ParagraphChild[] => {
    const marks = byBlock.get(block.id);
    if (!marks) return markedRuns(block, start, end);
    const index = order.get(block.id) ?? 0;
    const out: ParagraphChild[] = [];
    let from = start;
    const flush = (to: number) => {
      if (to <= from) return;
      const mark = marks[from] ?? PLAIN;
      const text = block.text.slice(from, to).split(ZERO_WIDTH).join('');
      if (text) {
        if (isInserted(mark.change) && mark.change) out.push(new InsertedTextRun({ text, ...change(mark.change) }));
        else if (isDeleted(mark.change) && mark.change) out.push(new DeletedTextRun({ text, ...change(mark.change) }));
        else out.push(...markedRuns(block, from, to));
      }
      from = to;
    };
    for (let i = start; i < end; i++) {
      const mark = marks[i] ?? PLAIN;
      for (const id of mark.comments) {
        const s = span.get(id);
        if (s && s.first[0] === index && s.first[1] === i) {
          flush(i);
          out.push(new CommentRangeStart(commentIds.of(id)));
        }
      }
      const previous = marks[i - 1];
      if (i > from && previous && (previous.change !== mark.change || previous.comments !== mark.comments)) flush(i);
      for (const id of mark.comments) {
        const s = span.get(id);
        if (s && s.last[0] === index && s.last[1] === i) {
          flush(i + 1);
          const ids = [id, ...(replies.get(id) ?? [])];
          out.push(new CommentRangeEnd(commentIds.of(id)), ...ids.map((c) => new TextRun({ children: [new CommentReference(commentIds.of(c))] })));
        }
      }
    }
    flush(end);
    return out;
  };

  return {
    runs,
    comments,
    trackRevisions: true,
    paragraphRun: (block) => {
      const mark = paragraphOf.get(block.id)?.mark ?? null;
      if (isInserted(mark) && mark) return { insertion: change(mark) };
      if (isDeleted(mark) && mark) return { deletion: change(mark) };
      return undefined;
    },
  };
}

/** A draft with its review marks as .docx bytes: the normal Word export, marked. */
export function reviewedDeclarationToDocx(decl: Declaration, review: ReviewedDocx, opts: DocxWriteOptions = {}): Promise<Uint8Array> {
  return declarationToDocx(decl, opts, reviewDecorations(decl, review));
}
