import { describe, expect, it } from 'vitest';
import { bytesFromBase64, bytesToBase64 } from '../../renderer/base64';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('bytesToBase64', () => {
  it.each([
    ['empty', new Uint8Array(), ''],
    ['one byte pads twice', utf8('M'), 'TQ=='],
    ['two bytes pad once', utf8('Ma'), 'TWE='],
    ['three bytes need no padding', utf8('Man'), 'TWFu'],
    ['UTF-8 text keeps its bytes', utf8('Côte d’Ivoire'), Buffer.from('Côte d’Ivoire', 'utf8').toString('base64')],
    ['NUL and high bytes', new Uint8Array([0, 255, 128, 10]), 'AP+ACg=='],
  ])('%s', (_name, bytes, expected) => {
    expect(bytesToBase64(bytes)).toBe(expected);
  });

  it('reads a file larger than one chunk without losing a byte', () => {
    const bytes = new Uint8Array(200_001).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('bytesFromBase64', () => {
  it('gives back the bytes bytesToBase64 wrote', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(bytesFromBase64(bytesToBase64(bytes))).toEqual(bytes);
  });

  it('says the file arrived damaged when the text is not base64', () => {
    expect(() => bytesFromBase64('not base64!')).toThrow(/arrived damaged/);
  });
});
