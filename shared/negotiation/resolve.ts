/**
 * Closing a bracket and taking it back. A resolution replaces the bracket's span with the chosen
 * text (or nothing) and records the exact edit, so that undo restores the text byte for byte even
 * after later resolutions elsewhere in the text.
 */
import { z } from 'zod';
import type { Bracket, ResolutionRecord, TextEdit } from './model';

/** What the user decided: one alternative, the text kept without brackets, or all of it deleted. */
export const Choice = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chose'), alternative: z.number().int().min(0, 'Alternatives are numbered from 0.') }),
  z.object({ kind: z.literal('kept') }),
  z.object({ kind: z.literal('deleted') }),
]);
export type Choice = z.infer<typeof Choice>;

/** When and by whom; the caller supplies the time so that this stays pure. */
export interface ResolveMeta {
  at: string;
  by: string;
}

/** A resolution that cannot be made or undone, with the reason in words a user can act on. */
export class ResolveError extends Error {
  override name = 'ResolveError';
}

const SPACE = /[ \t\u00a0]/u;
const CLOSES_CLAUSE = /[.,;:!?)\]]/u;

/** Resolves `bracket` in `text` as `choice` says; returns the new text and the record to log. */
export function resolveBracket(text: string, bracket: Bracket, choice: Choice, meta: ResolveMeta): { text: string; record: ResolutionRecord } {
  checkStillThere(text, bracket);
  const alternative = choice.kind === 'chose' ? choice.alternative : choice.kind === 'kept' ? 0 : undefined;
  if (choice.kind === 'kept' && bracket.alternatives.length > 1) {
    throw new ResolveError(`Bracket ${bracket.id} has ${bracket.alternatives.length} alternatives; choose one of them rather than keeping the text.`);
  }
  const chosen = alternative === undefined ? undefined : bracket.alternatives[alternative];
  if (alternative !== undefined && !chosen) {
    throw new ResolveError(`Bracket ${bracket.id} has no alternative ${alternative + 1}; it has ${bracket.alternatives.length}.`);
  }
  const range = chosen ? { ...bracket.span } : tidyDeletion(text, bracket.span, bracket.kind === 'options' || bracket.wholeParagraph);
  const inserted = chosen ? chosen.text : '';
  const edit: TextEdit = { at: range.start, removed: text.slice(range.start, range.end), inserted };
  const resolution = { kind: choice.kind, ...(alternative === undefined ? {} : { alternative }), at: meta.at, by: meta.by };
  return { text: applyEdit(text, edit), record: { bracket, resolution, edit } };
}

/**
 * Undoes `record` in `text`. `later` are the resolutions made after it, oldest first; an undo
 * reaches past them only when they touched other text.
 */
export function undoResolution(text: string, record: ResolutionRecord, later: readonly ResolutionRecord[] = []): string {
  const at = mappedOffset(record, later);
  const { inserted, removed } = record.edit;
  if (text.slice(at, at + inserted.length) !== inserted) {
    throw new ResolveError(`The text where bracket ${record.bracket.id} was resolved has been edited since; the resolution can no longer be undone automatically.`);
  }
  return text.slice(0, at) + removed + text.slice(at + inserted.length);
}

/** Where the text `record` inserted stands now, after the `later` edits. */
export function mappedOffset(record: ResolutionRecord, later: readonly ResolutionRecord[]): number {
  let at = record.edit.at;
  for (const next of later) {
    const e = next.edit;
    if (e.at + e.removed.length <= at) at += e.inserted.length - e.removed.length;
    else if (e.at < at + record.edit.inserted.length) {
      throw new ResolveError(
        `Resolving bracket ${next.bracket.id} changed text that resolving bracket ${record.bracket.id} produced; undo ${next.bracket.id} first.`,
      );
    }
  }
  return at;
}

/** Applies one recorded edit. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.at) + edit.inserted + text.slice(edit.at + edit.removed.length);
}

function checkStillThere(text: string, bracket: Bracket): void {
  const moved = bracket.alternatives.some((a) => text.slice(a.body.start, a.body.end) !== a.text) || bracket.span.end > text.length;
  if (moved) {
    throw new ResolveError(`The text has changed since bracket ${bracket.id} was read; read the brackets again, then resolve it.`);
  }
}

/**
 * The range to delete so that removing `span` leaves neither a double space nor a space before
 * punctuation; with `wholeLines`, the lines it stands on go too.
 */
export function tidyDeletion(text: string, span: { start: number; end: number }, wholeLines: boolean): { start: number; end: number } {
  let { start, end } = span;
  if (wholeLines) {
    start = text.lastIndexOf('\n', start - 1) + 1;
    const newline = text.indexOf('\n', end);
    if (newline !== -1) return { start, end: newline + 1 };
    return { start: start > 0 ? start - 1 : start, end: text.length };
  }
  const before = text[start - 1];
  const after = text[end];
  if (before !== undefined && SPACE.test(before) && (after === undefined || after === '\n' || SPACE.test(after) || CLOSES_CLAUSE.test(after))) {
    while (start > 0 && SPACE.test(text[start - 1] ?? '')) start--;
  } else if ((before === undefined || before === '\n') && after !== undefined && SPACE.test(after)) {
    while (SPACE.test(text[end] ?? '')) end++;
  }
  return { start, end };
}
