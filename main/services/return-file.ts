/**
 * A delegation's returned file, read inside the contained worker: a .concord draft by the
 * declaration saved with it (and its comment threads), anything else as an import. Parsing a
 * large .concord file and reading each Word author's text are work on user content, so they stay
 * off the host's thread like every import.
 */
import { z } from 'zod';
import { ApiError, type ReadResponse } from '../../shared/api';
import type { ReadReturnFile } from '../../shared/compile/returns';
import { DraftFileError, parseDraftFile } from '../../shared/draft-file';
import { ReviewComment } from '../../shared/review/model';
import { decodeBytes } from '../../shared/text/decode';

/** The comment threads a draft's document holds (its top node's `comments`); none when they do not read as threads. */
function draftComments(doc: unknown): ReviewComment[] {
  const attrs = typeof doc === 'object' && doc !== null ? (doc as { attrs?: { comments?: unknown } }).attrs : undefined;
  const threads = z.array(ReviewComment).safeParse(attrs?.comments ?? []);
  return threads.success ? threads.data : [];
}

/** `read` is the worker's own file reader (the same as every import's). */
export async function readReturnFile(file: { name: string; data: Uint8Array }, read: (file: { name: string; data: Uint8Array }) => Promise<ReadResponse>): Promise<ReadReturnFile> {
  const bytes = file.data;
  if (!file.name.toLowerCase().endsWith('.concord')) {
    const done = await read({ name: file.name, data: bytes });
    return { name: file.name, declaration: done.declaration, ...(done.review ? { review: done.review } : {}) };
  }
  try {
    const draft = parseDraftFile(decodeBytes(bytes).text, file.name);
    if (!draft.declaration) throw new ApiError('bad-request', `${file.name} was saved without its text as a declaration; open it in Concord and save it once, then compile again.`);
    return { name: file.name, declaration: draft.declaration, comments: draftComments(draft.doc) };
  } catch (error) {
    if (error instanceof DraftFileError) throw new ApiError('bad-request', error.message);
    throw error;
  }
}
