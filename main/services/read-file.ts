/** Reads any file a user brings into a Declaration; reader failures become ApiErrors carrying the reader's own message. */
import { ApiError } from '../../shared/api';
import { FormatError } from '../../shared/formats/format-error';
import { readFile } from '../../shared/formats/read';
import { ReadError } from '../../shared/text/errors';
import type { ReadResult } from '../../shared/text/read';

/** Reads a file's bytes into a declaration and its import report. */
export async function readAnyFile(name: string, bytes: Uint8Array, id?: string): Promise<ReadResult> {
  try {
    return await readFile(name, bytes, id);
  } catch (error) {
    if (error instanceof ReadError || error instanceof FormatError) throw new ApiError('bad-request', error.message);
    throw error;
  }
}
