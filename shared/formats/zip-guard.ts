/**
 * Opens untrusted zip packages (.docx) safely: the central directory is checked before anything
 * is unpacked (size, entry count, compression ratio, paths), and each part is unpacked through a
 * byte counter, so a zip bomb that lies about its sizes is stopped early instead of filling memory.
 */
import JSZip from 'jszip';
import { ACCEPTED_FORMATS } from '../text/schemas';
import { FormatError } from './format-error';

/** What a package may hold before Concord refuses to open it. */
export interface ZipLimits {
  /** Sum of the unpacked sizes of all entries, in bytes. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Unpacked / packed, checked for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** Generous for any real document (Word files are rarely above a few MB unpacked). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxRatio: 500,
  ratioFloorBytes: 1024 * 1024,
};

/** One entry of the central directory, as the package declares it. */
export interface ZipEntry {
  name: string;
  packedBytes: number;
  unpackedBytes: number;
}

/** An opened, checked package: list its entries, read a part as text. */
export interface ZipPackage {
  entries: ZipEntry[];
  has(name: string): boolean;
  /** The part's text (UTF-8), or undefined when the package has no such part. */
  readText(name: string): Promise<string | undefined>;
}

const u16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

/** Names what a non-zip file most likely is, so the error can tell the user what to do. */
function describeNonZip(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'This is an old Word 97-2003 (.doc) file or an encrypted document. Open it in Word, save it as .docx without a password, and import that.';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return `This is a PDF file, not a Word document. ${ACCEPTED_FORMATS}`;
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'This is an RTF file. Open it in Word, save it as .docx, and import that.';
  if (bytes.length === 0) return 'This file is empty.';
  return `This file is not a Word document (.docx): it is not a zip package. ${ACCEPTED_FORMATS}`;
}

/** Reads the central directory without unpacking anything; throws FormatError on any breach. */
export function listZipEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new FormatError('not-a-package', describeNonZip(bytes));
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new FormatError('corrupt', 'This Word file is damaged or incomplete (its zip directory is missing). Try saving it again from Word.');
  const count = u16(bytes, eocd + 10);
  const dirSize = u32(bytes, eocd + 12);
  const dirStart = u32(bytes, eocd + 16);
  if (count === 0xffff || dirStart === 0xffffffff) {
    throw new FormatError('too-large', 'This package uses the ZIP64 format meant for huge archives; a Word document never needs it.');
  }
  if (count > limits.maxEntries) throw new FormatError('too-large', `This package holds ${count} files; Concord opens at most ${limits.maxEntries}.`);
  if (dirStart + dirSize > eocd) throw new FormatError('corrupt', 'This Word file is damaged or incomplete (its zip directory points outside the file).');

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = dirStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) {
      throw new FormatError('corrupt', 'This Word file is damaged or incomplete (a zip directory entry is broken).');
    }
    const packedBytes = u32(bytes, at + 20);
    const unpackedBytes = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const name = new TextDecoder('utf-8').decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);

    if (/^[\\/]|^[A-Za-z]:|(^|[\\/])\.\.([\\/]|$)/.test(name)) {
      throw new FormatError('unsafe', `This package contains a file with an unsafe path ("${name}"); it was not opened.`);
    }
    total += unpackedBytes;
    if (total > limits.maxTotalBytes) {
      throw new FormatError('too-large', `This package unpacks to more than ${Math.round(limits.maxTotalBytes / 1048576)} MB; it was not opened (it may be a zip bomb).`);
    }
    if (unpackedBytes > limits.ratioFloorBytes && unpackedBytes / Math.max(1, packedBytes) > limits.maxRatio) {
      throw new FormatError('too-large', `"${name}" in this package is compressed ${Math.round(unpackedBytes / Math.max(1, packedBytes))} to 1, far beyond any real document; it was not opened (it may be a zip bomb).`);
    }
    entries.push({ name, packedBytes, unpackedBytes });
  }
  return entries;
}

/** The streaming side of a JSZip entry: JSZip has it at runtime but leaves it out of its types. */
interface ByteStream {
  on(event: 'data', callback: (chunk: Uint8Array) => void): ByteStream;
  on(event: 'end', callback: () => void): ByteStream;
  on(event: 'error', callback: (error: Error) => void): ByteStream;
  resume(): ByteStream;
  pause(): ByteStream;
}
interface StreamableEntry {
  internalStream(type: 'uint8array'): ByteStream;
}

/** Unpacks one entry, stopping as soon as it yields more bytes than the directory declared. */
function unpackBounded(file: JSZip.JSZipObject, declared: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const stream = (file as unknown as StreamableEntry).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        length += chunk.length;
        if (length > declared) {
          stream.pause();
          reject(new FormatError('too-large', `"${file.name}" unpacks to more than the package declares; it was not opened (it may be a zip bomb).`));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (error) => reject(new FormatError('corrupt', `This Word file is damaged ("${file.name}" cannot be unpacked: ${error.message}).`)))
      .on('end', () => {
        const out = new Uint8Array(length);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/** Checks and opens a package; every failure is a FormatError with a message for the user. */
export async function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipPackage> {
  const entries = listZipEntries(bytes, limits);
  const declared = new Map(entries.map((e) => [e.name, e.unpackedBytes]));
  let zip: JSZip;
  try {
    // checkCRC32 would unpack every entry up front, unbounded; parts are unpacked on demand instead.
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new FormatError('corrupt', `This Word file is damaged or incomplete and cannot be opened (${detail}).`);
  }
  return {
    entries,
    has: (name) => zip.file(name) !== null,
    async readText(name) {
      const file = zip.file(name);
      if (!file) return undefined;
      const data = await unpackBounded(file, declared.get(name) ?? 0);
      return new TextDecoder('utf-8').decode(data);
    },
  };
}
