/**
 * Reads any file a user brings into a Declaration and its import report: the reader is chosen
 * by the file's extension (shared/text/schemas.ts says which) and, for Word files, by the zip
 * signature, whatever the name says.
 */
import { decodeBytes } from '../text/decode';
import { sha256Hex } from '../text/hash';
import { readDeclaration, type ReadResult, type ReadSource } from '../text/read';
import { readerKindOf, type ReaderKind } from '../text/schemas';
import { readDocx } from './docx-read';
import { readHtml } from './html-read';
import { readMarkdown } from './markdown';

/** The file's name, its id when it has one, and the sha-256 hex of its bytes. */
type Source = { name: string; id?: string; hash: string };
type Reader = (bytes: Uint8Array, source: Source) => ReadResult | Promise<ReadResult>;

/**
 * How a file's bytes are hashed (sha-256, lowercase hex). shared/ has only plain TypeScript;
 * main/ passes Node's native digest, the same hex about ten times faster (1 MB: 1 ms against 15).
 */
export type HashBytes = (bytes: Uint8Array) => string;

/** A reader of decoded text (Markdown, HTML): the bytes decoded once, here. */
const fromText =
  (read: (text: string, source: ReadSource) => ReadResult): Reader =>
  (bytes, source) => {
    const decoded = decodeBytes(bytes);
    return read(decoded.text, { ...source, encoding: decoded.encoding, bom: decoded.bom });
  };

/** The reader of each kind of file. */
const READ: Record<ReaderKind, Reader> = {
  text: (bytes, source) => readDeclaration(bytes, source),
  markdown: fromText(readMarkdown),
  html: fromText(readHtml),
  docx: (bytes, source) => readDocx(bytes, source),
};

/** Word files are zip packages, whatever their name says. */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Reads a file's bytes; throws ReadError or FormatError with a message for the user. */
export async function readFile(name: string, bytes: Uint8Array, id?: string, hashBytes: HashBytes = sha256Hex): Promise<ReadResult> {
  const hash = hashBytes(bytes);
  const source = id ? { name, id, hash } : { name, hash };
  return READ[isZip(bytes) ? 'docx' : readerKindOf(name)](bytes, source);
}
