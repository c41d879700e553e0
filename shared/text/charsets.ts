/**
 * The two single-byte character sets the reader needs by hand: Windows-1252 (the usual encoding
 * of legacy Western text) and Mac Roman (what scrapers on old Macs read UTF-8 as). Runtimes do
 * not agree on them: Node built without full ICU decodes "windows-1252" as Latin-1, and
 * "macintosh" is often missing, so the tables live here.
 */

/** Windows-1252 bytes 0x80..0x9F; the five bytes it leaves undefined keep their Latin-1 value. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Mac Roman bytes 0x80..0xFF. */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** A single-byte character set: the character of every byte, and the byte of every character. */
export interface Charset {
  name: string;
  /** Character for each byte 0..255. */
  chars: string[];
  /** Byte for each character the set can encode. */
  bytes: Map<string, number>;
}

function charset(name: string, high: (byte: number) => string): Charset {
  const chars: string[] = [];
  const bytes = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const ch = byte < 0x80 ? String.fromCharCode(byte) : high(byte);
    chars.push(ch);
    if (!bytes.has(ch)) bytes.set(ch, byte);
  }
  return { name, chars, bytes };
}

/** Windows-1252, a superset of Latin-1's printable characters. */
export const windows1252 = charset('windows-1252', (byte) =>
  byte < 0xa0 ? (WINDOWS_1252_HIGH[byte - 0x80] ?? '') : String.fromCharCode(byte),
);

/** Mac Roman, the classic Mac OS encoding. */
export const macRoman = charset('macintosh', (byte) => MAC_ROMAN_HIGH[byte - 0x80] ?? '');
