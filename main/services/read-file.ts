/** Reads any file a user brings into a Declaration; reader failures become ApiErrors carrying the reader's own message. */
import { createHash } from 'node:crypto';
import { ApiError } from '../../shared/api';
import { FormatError } from '../../shared/formats/format-error';
import { isZip, readFile } from '../../shared/formats/read';
import { hasReviewMarks, readDocxReview } from '../../shared/review/docx-review';
import type { ReviewedDocx } from '../../shared/review/model';
import { ReadError } from '../../shared/text/errors';
import type { ReadResult } from '../../shared/text/read';

/** Node's native SHA-256: the hex sha256Hex would give, without 15 ms of plain TypeScript per megabyte. */
const nativeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Reads a file's bytes into a declaration and its import report; a Word file's tracked changes and comments come along. */
export async function readAnyFile(name: string, bytes: Uint8Array, id?: string): Promise<ReadResult & { review?: ReviewedDocx }> {
  try {
    const read = await readFile(name, bytes, id, nativeSha256);
    if (!isZip(bytes)) return read;
    const review = await readDocxReview(bytes);
    return hasReviewMarks(review) ? { ...read, review } : read;
  } catch (error) {
    if (error instanceof ReadError || error instanceof FormatError) throw new ApiError('bad-request', error.message);
    throw error;
  }
}
