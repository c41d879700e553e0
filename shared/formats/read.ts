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

type Reader = (bytes: Uint8Array, source: { name: string; id?: string }) => ReadResult | Promise<ReadResult>;

/** A reader of decoded text (Markdown, HTML): the bytes decoded and hashed once, here. */
const fromText =
  (read: (text: string, source: ReadSource) => ReadResult): Reader =>
  (bytes, source) => {
    const decoded = decodeBytes(bytes);
    return read(decoded.text, { ...source, encoding: decoded.encoding, bom: decoded.bom, hash: sha256Hex(bytes) });
  };

/** The reader of each kind of file. */
const READ: Record<ReaderKind, Reader> = {
  text: (bytes, source) => readDeclaration(bytes, source),
  markdown: fromText(readMarkdown),
  html: fromText(readHtml),
  docx: (bytes, source) => readDocx(bytes, source),
};

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Reads a file's bytes; throws ReadError or FormatError with a message for the user. */
export async function readFile(name: string, bytes: Uint8Array, id?: string): Promise<ReadResult> {
  const source = id ? { name, id } : { name };
  return READ[isZip(bytes) ? 'docx' : readerKindOf(name)](bytes, source);
}
