/**
 * Step 1 of reading: bytes to text. Tries what the bytes announce (a byte-order mark), then what
 * they look like (UTF-16 without a mark, valid UTF-8), and falls back to Windows-1252/Latin-1,
 * which can read any byte: UTF-8 passages inside such a file then show as mojibake that the
 * repair step fixes and reports, so no byte is ever silently replaced. Files that are not text
 * at all are refused with a message the user can act on.
 */
import { windows1252 } from './charsets';
import { ReadError } from './errors';
import { ACCEPTED_FORMATS, MAX_INPUT_BYTES } from './schemas';

/** Text decoded from a file, with how it was read. */
export interface Decoded {
  text: string;
  /** "utf-8", "utf-16le", "utf-16be", "windows-1252" or "iso-8859-1". */
  encoding: string;
  /** True when the file started with a byte-order mark (not part of `text`). */
  bom: boolean;
}

/** More invalid sequences than this (per thousand characters, and at least a handful) is not text. */
const INVALID_PER_MILLE = 1;
const INVALID_ALLOWED = 8;

/** Decodes a file's bytes to text, refusing empty, huge and binary files with a ReadError. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    throw new ReadError('empty', 'This file is empty. Choose a file that contains the text of a declaration.');
  }
  if (bytes.length > MAX_INPUT_BYTES) {
    const mb = Math.ceil(bytes.length / (1024 * 1024));
    throw new ReadError(
      'too-large',
      `This file is ${mb} MB; Concord reads files up to 50 MB. Split it, or save only the declaration's text.`,
    );
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8Lenient(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16be', bom: true };

  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: decodeUtf16(bytes, utf16 === 'utf-16le'), encoding: utf16, bom: false };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    refuseBinary(bytes);
    return decodeSingleByte(bytes);
  }
  // In UTF-8 a NUL or control code is its own byte, so the decoded text shows whether counting is needed.
  if (BINARY_SIGN.test(text)) refuseBinary(bytes);
  return { text, encoding: 'utf-8', bom: false };
}

/** The bytes refuseBinary counts, as characters: NUL and the control codes no text file uses. */
const BINARY_SIGN = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/;

/** UTF-16 without a mark shows as text with a NUL in every other byte. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Refuses bytes that contain NULs or many control codes: images, archives, executables. */
function refuseBinary(bytes: Uint8Array): void {
  let nul = 0;
  let control = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (nul > 0 && nul * 1000 > bytes.length) {
    throw new ReadError('binary', `This file is not text (it contains NUL bytes). ${ACCEPTED_FORMATS}`);
  }
  if ((nul + control) * 100 > bytes.length) {
    throw new ReadError('binary', `This file is not text (it is full of control codes). ${ACCEPTED_FORMATS}`);
  }
}

/** Throws when a decoder had to replace more sequences than a text file plausibly contains. */
function refuseInvalid(invalid: number, length: number, encoding: string): void {
  if (invalid > INVALID_ALLOWED && invalid * 1000 > length * INVALID_PER_MILLE) {
    throw new ReadError(
      'invalid-encoding',
      `This file claims to be ${encoding} but ${invalid} of its sequences are not valid ${encoding}; it may be damaged or not text. Save it again as UTF-8 text. ${ACCEPTED_FORMATS}`,
    );
  }
}

/** UTF-8 announced by a mark: a few bad sequences become U+FFFD, many refuse the file. */
function decodeUtf8Lenient(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let invalid = 0;
    for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) invalid++;
    refuseInvalid(invalid, text.length, 'UTF-8');
    return text;
  }
}

/** Joins UTF-16 code units into a string without overflowing the call stack. */
function fromCodeUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, Array.from(units.subarray(i, i + 8192))));
  }
  return parts.join('');
}

/** UTF-16 by hand (runtimes without full ICU lack utf-16be); lone surrogates become U+FFFD. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const count = bytes.length >> 1;
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const a = bytes[2 * i] as number;
    const b = bytes[2 * i + 1] as number;
    units[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  let invalid = bytes.length & 1;
  for (let i = 0; i < count; i++) {
    const u = units[i] as number;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = units[i + 1];
      if (next !== undefined && next >= 0xdc00 && next <= 0xdfff) i++;
      else {
        units[i] = 0xfffd;
        invalid++;
      }
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      units[i] = 0xfffd;
      invalid++;
    }
  }
  refuseInvalid(invalid, count, littleEndian ? 'UTF-16LE' : 'UTF-16BE');
  const text = fromCodeUnits(units);
  if (text.includes('\u0000')) {
    throw new ReadError('binary', `This file is not text (it contains NUL characters). ${ACCEPTED_FORMATS}`);
  }
  return text;
}

/** Windows-1252 when a byte in 0x80..0x9F shows it (Latin-1 has only controls there), else Latin-1. */
function decodeSingleByte(bytes: Uint8Array): Decoded {
  const units = new Uint16Array(bytes.length);
  let c1 = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b >= 0x80 && b < 0xa0) c1 = true;
    units[i] = (windows1252.chars[b] as string).charCodeAt(0);
  }
  return { text: fromCodeUnits(units), encoding: c1 ? 'windows-1252' : 'iso-8859-1', bom: false };
}
