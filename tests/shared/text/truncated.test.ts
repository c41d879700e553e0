import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/text/decode';
import { ReadError } from '../../../shared/text/errors';
import { readDeclaration } from '../../../shared/text/read';
import { expectNothingLost } from './invariant';

const TEXT = 'Déclaration conjointe — “Zero draft”\n\n1. Nous réaffirmons l’importance de l’eau… ✓\n\n2. 共同声明 ends here: €';

function utf16le(text: string, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[(bom ? 2 : 0) + 2 * i] = c & 0xff;
    out[(bom ? 2 : 0) + 2 * i + 1] = c >> 8;
  }
  return out;
}

/** Every cut of the last 12 bytes: inside multi-byte characters, inside UTF-16 code units. */
const cuts = (bytes: Uint8Array) => Array.from({ length: 12 }, (_, k) => bytes.subarray(0, bytes.length - 1 - k));

describe('truncated files', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['UTF-16 LE with BOM', utf16le(TEXT, true)],
  ])('%s cut anywhere is read or refused with a clear message, never lost', (_name, bytes) => {
    for (const cut of cuts(bytes)) {
      let result;
      try {
        result = readDeclaration(cut, { name: 'cut.txt' });
      } catch (error) {
        expect(error).toBeInstanceOf(ReadError);
        expect((error as ReadError).message).toMatch(/Concord|file/);
        continue;
      }
      expectNothingLost(decodeBytes(cut).text, result);
      expect(result.declaration.text).toContain('Nous réaffirmons');
    }
  });
});
