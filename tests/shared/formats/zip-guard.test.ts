import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ZIP_LIMITS, listZipEntries, openZip } from '../../../shared/formats/zip-guard';

const enc = (s: string) => new TextEncoder().encode(s);

async function zipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Rewrites the unpacked size the central directory declares for every entry. */
function declareUnpacked(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return out;
}

describe('listZipEntries', () => {
  it.each([
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), /97-2003/],
    ['a PDF', enc('%PDF-1.7 ...'), /PDF file/],
    ['an RTF file', enc('{\\rtf1 hello}'), /RTF/],
    ['plain text', enc('Joint Statement'), /not a zip package/],
    ['an empty file', new Uint8Array(0), /empty/],
  ])('names %s', (_what, bytes, message) => {
    expect(() => listZipEntries(bytes)).toThrow(message);
  });

  it('refuses a truncated package', async () => {
    const bytes = await zipOf({ 'word/document.xml': '<w:document/>' });
    expect(() => listZipEntries(bytes.slice(0, bytes.length - 30))).toThrow(/damaged or incomplete/);
  });

  it('refuses a package that declares more than the size limit', async () => {
    const bytes = declareUnpacked(await zipOf({ a: 'x', b: 'y' }), 150 * 1024 * 1024);
    expect(() => listZipEntries(bytes, { ...DEFAULT_ZIP_LIMITS, maxRatio: Infinity })).toThrow(/more than 200 MB/);
  });

  it('refuses an entry compressed far beyond any document', async () => {
    const bytes = await zipOf({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) });
    expect(() => listZipEntries(bytes)).toThrow(/zip bomb/);
  });

  it.each(['../evil.xml', '/etc/passwd', 'word/../../x', 'C:/x'])('refuses the unsafe path %j', async (name) => {
    const bytes = await zipOf({ [name]: 'x' });
    // JSZip normalises some names on write; the guard must still see what the archive holds.
    const entries = (() => {
      try {
        return listZipEntries(bytes);
      } catch (error) {
        return error;
      }
    })();
    if (Array.isArray(entries)) expect(entries.map((e) => e.name)).not.toContain(name);
    else expect(String(entries)).toMatch(/unsafe path/);
  });

  it('refuses too many entries', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, 'x']));
    const bytes = await zipOf(files);
    expect(() => listZipEntries(bytes, { maxTotalBytes: 1e9, maxEntries: 20, maxRatio: 500, ratioFloorBytes: 1e6 })).toThrow(/holds 30 files/);
  });
});

describe('openZip', () => {
  it('reads a part as text', async () => {
    const pkg = await openZip(await zipOf({ 'a.xml': '<a>é</a>' }));
    expect(await pkg.readText('a.xml')).toBe('<a>é</a>');
    expect(await pkg.readText('missing.xml')).toBeUndefined();
  });

  it('stops unpacking an entry that yields more than it declared', async () => {
    const bytes = declareUnpacked(await zipOf({ 'a.xml': 'x'.repeat(200_000) }), 100);
    const pkg = await openZip(bytes);
    await expect(pkg.readText('a.xml')).rejects.toThrow(/more than the package declares/);
  });
});
