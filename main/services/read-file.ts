/**
 * Reads any file a user brings (.txt, .md, .html, .docx) into a Declaration, choosing the
 * reader by the file's extension and, for Word files, by its zip signature. Reader failures
 * become ApiErrors carrying the reader's own message.
 */
import { ApiError } from '../../shared/api';
import { readDocx } from '../../shared/formats/docx-read';
import { FormatError } from '../../shared/formats/format-error';
import { readHtml } from '../../shared/formats/html-read';
import { readMarkdown } from '../../shared/formats/markdown';
import { decodeBytes } from '../../shared/text/decode';
import { ReadError } from '../../shared/text/errors';
import { sha256Hex } from '../../shared/text/hash';
import { readDeclaration, type ReadResult } from '../../shared/text/read';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Reads a file's bytes into a declaration and its import report. */
export async function readAnyFile(name: string, bytes: Uint8Array, id?: string): Promise<ReadResult> {
  const ext = /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
  const source = id ? { name, id } : { name };
  try {
    if (ext === '.docx' || isZip(bytes)) return await readDocx(bytes, source);
    if (ext === '.md' || ext === '.markdown' || ext === '.html' || ext === '.htm') {
      const decoded = decodeBytes(bytes);
      const read = ext.startsWith('.htm') ? readHtml : readMarkdown;
      return read(decoded.text, { ...source, encoding: decoded.encoding, bom: decoded.bom, hash: sha256Hex(bytes) });
    }
    return readDeclaration(bytes, source);
  } catch (error) {
    if (error instanceof ReadError || error instanceof FormatError) throw new ApiError('bad-request', error.message);
    throw error;
  }
}
