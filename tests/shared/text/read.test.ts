import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Declaration, ImportReport } from '../../../shared/model';
import { decodeBytes } from '../../../shared/text/decode';
import { ReadError } from '../../../shared/text/errors';
import { sha256Hex } from '../../../shared/text/hash';
import { readDeclaration, readDeclarationText } from '../../../shared/text/read';
import { expectNothingLost } from './invariant';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const templates = readdirSync(`${root}templates`).filter((f) => f.endsWith('.txt')).sort();
const fixtures = readdirSync(`${root}tests/fixtures`, { withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => e.name)
  .sort();

describe('readDeclaration on the templates and fixtures', () => {
  it.each([...templates.map((f) => `templates/${f}`), ...fixtures.map((f) => `tests/fixtures/${f}`)])(
    'reads %s into a valid Declaration, losing no text',
    (path) => {
      const bytes = readFileSync(`${root}${path}`);
      const result = readDeclaration(bytes, { name: path });
      expect(() => Declaration.parse(result.declaration)).not.toThrow();
      expect(() => ImportReport.parse(result.report)).not.toThrow();
      expectNothingLost(decodeBytes(bytes).text, result);
    },
  );

  it('hashes the source bytes with sha-256 and takes the id from the hash unless given', () => {
    const bytes = new TextEncoder().encode('Statement\n\n1. We agree.');
    const { declaration } = readDeclaration(bytes, { name: 'statement.txt' });
    expect(declaration.source).toEqual({ name: 'statement.txt', hash: sha256Hex(bytes) });
    expect(declaration.id).toBe(declaration.source.hash.slice(0, 16));
    expect(readDeclaration(bytes, { name: 'x', id: 'tpl-1' }).declaration.id).toBe('tpl-1');
  });

  it('refuses a text that is only page debris', () => {
    expect(() => readDeclarationText('top of page\nPrint | Share\n', { name: 'page.html' })).toThrow(ReadError);
  });
});

/** Deterministic pseudo-random numbers, so a failing fuzz case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 0x100000000;
  };
}

const SNIPPETS = ['\n', '\n\n', '\r\n', '1.', ' (a) ', '*', '[1]', 'â€™', '‚Äô', 'Ã©', 'top of page\n', 'Home > News\n', ' First, ', 'II. ', ':', '“', ')', '\u0000', '\u00a0', 'Article 3', ' 18 June 2020', 'Done at Paris', 'the the'];

describe('fuzz', () => {
  it.each(templates)('random mutations of %s never throw and lose no text', (file) => {
    const original = readFileSync(`${root}templates/${file}`, 'utf8');
    const next = random(file.length * 7919 + original.length);
    for (let round = 0; round < 60; round++) {
      let text = original;
      for (let edit = 0; edit < 12; edit++) {
        const at = Math.floor(next() * (text.length + 1));
        const cut = Math.floor(next() * 40);
        const snippet = SNIPPETS[Math.floor(next() * SNIPPETS.length)] ?? '';
        text = next() < 0.5 ? text.slice(0, at) + snippet + text.slice(at) : text.slice(0, at) + text.slice(at + cut);
      }
      let result;
      try {
        result = readDeclarationText(text, { name: file });
      } catch (e) {
        expect(e).toBeInstanceOf(ReadError);
        continue;
      }
      expectNothingLost(text, result);
    }
  });

  it('random bytes are read or refused with a ReadError, never a crash', () => {
    const next = random(42);
    for (let round = 0; round < 300; round++) {
      const textish = round % 2 === 0;
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 400) }, () =>
        textish && next() < 0.9 ? 0x20 + Math.floor(next() * 0x5f) : Math.floor(next() * 256),
      );
      let result;
      try {
        result = readDeclaration(bytes, { name: 'random.bin' });
      } catch (e) {
        expect(e).toBeInstanceOf(ReadError);
        continue;
      }
      expectNothingLost(decodeBytes(bytes).text, result);
    }
  });
});
