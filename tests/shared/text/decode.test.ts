import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/text/decode';
import { MAX_INPUT_BYTES } from '../../../shared/text/schemas';
import { ReadError } from '../../../shared/text/errors';

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, littleEndian: boolean, bom: boolean) => {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
};

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without BOM', utf8('Déclaration “commune”'), 'Déclaration “commune”', 'utf-8', false],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Año 2020')]), 'Año 2020', 'utf-8', true],
    ['UTF-16 LE with BOM', utf16('Côte d’Ivoire', true, true), 'Côte d’Ivoire', 'utf-16le', true],
    ['UTF-16 BE with BOM', utf16('Côte d’Ivoire', false, true), 'Côte d’Ivoire', 'utf-16be', true],
    ['UTF-16 LE without BOM', utf16('We, the Ministers', true, false), 'We, the Ministers', 'utf-16le', false],
    ['Windows-1252 quotes', new Uint8Array([0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x92]), '“Hi” – ’', 'windows-1252', false],
    ['Latin-1 accents', new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]), 'São Paulo', 'iso-8859-1', false],
  ])('reads %s', (_name, bytes, text, encoding, bom) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding, bom });
  });

  it.each([
    ['empty input', new Uint8Array(0), 'empty', /empty/],
    ['NUL bytes', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x08, 0, 0x21]), 'binary', /not text \(it contains NUL bytes\)\. Concord reads/],
    ['control codes', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x07 : 0x41))), 'binary', /control codes/],
    ['BOM-marked UTF-8 full of invalid bytes', new Uint8Array([0xef, 0xbb, 0xbf, ...Array.from({ length: 100 }, () => 0xff)]), 'invalid-encoding', /not valid UTF-8/],
  ])('refuses %s with a message', (_name, bytes, code, message) => {
    const error = (() => {
      try {
        decodeBytes(bytes);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ReadError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
  });

  it('refuses input over 50 MB, saying how large it is', () => {
    expect(() => decodeBytes(new Uint8Array(MAX_INPUT_BYTES + 1))).toThrow(/51 MB; Concord reads files up to 50 MB/);
  });
});
