import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmenterTokens, tokenize } from '../../../shared/text/tokens';
import type { Token } from '../../../shared/text/tokens';

const dir = (p: string) => fileURLToPath(new URL(`../../../${p}/`, import.meta.url));
const realTexts = [
  ...readdirSync(dir('tests/fixtures/corpus')).filter((f) => f.endsWith('.md')).map((f) => [f, readFileSync(`${dir('tests/fixtures/corpus')}${f}`, 'utf8')] as const),
  ...readdirSync(dir('templates')).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(`${dir('templates')}${f}`, 'utf8')] as const),
];

/** Words and punctuation as text with their kind; the segmenter path cuts long space runs at its chunk ends. */
const counted = (text: string, tokens: Token[]) => tokens.filter((t) => t.kind !== 'space').map((t) => `${t.start}:${t.kind}:${text.slice(t.start, t.end)}`);
const words = (text: string) => tokenize(text).filter((t) => t.kind === 'word').map((t) => text.slice(t.start, t.end));

describe('tokenize', () => {
  it.each([
    ['don’t stop', ['don’t', 'stop']],
    ['the U.S. and 2.3 per cent', ['the', 'U.S', 'and', '2.3', 'per', 'cent']],
    ['1,000.50 dollars', ['1,000.50', 'dollars']],
    ['co-operation', ['co', 'operation']],
    ['l’homme, l\'État', ['l’homme', 'l\'État']],
    ['3.a and a.3', ['3', 'a', 'and', 'a', '3']],
    ['café\u0301 e\u0301te', ['café\u0301', 'e\u0301te']],
    ['name: ____', ['name', '____']],
    ['我们承诺', ['我们', '承诺']],
  ])('splits %j into its words', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('covers the text completely, in order', () => {
    const text = 'A [bracketed] “quote”\r\n\n  12. (b) — end\u2029next';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end)).join('')).toBe(text);
    tokens.forEach((t, k) => expect(t.start).toBe(k === 0 ? 0 : tokens[k - 1]?.end));
  });

  it.each(realTexts)('gives the same words and punctuation as Intl.Segmenter on %s', (_, text) => {
    expect(counted(text, tokenize(text))).toEqual(counted(text, segmenterTokens(text)));
  });

  it('gives the same tokens as Intl.Segmenter on random mixes of tricky characters', () => {
    const palette = ['a', 'Z', 'é', '1', '9', '.', ',', ';', ':', '’', "'", '_', '-', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u202f', '\u00ad', '\u0301', '\u200b', '[', ']', '“', '”', '²', 'Ⅻ', '١', 'ß', 'Ω'];
    let seed = 5;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const length = 1 + Math.floor(rand() * 12);
      for (let k = 0; k < length; k++) text += palette[Math.floor(rand() * palette.length)] ?? '';
      expect(tokenize(text), JSON.stringify(text)).toEqual(segmenterTokens(text));
    }
  });
});
