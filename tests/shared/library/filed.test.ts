import { describe, expect, it } from 'vitest';
import { filedDeclarationOf } from '../../../shared/library/filed';
import { hashRange } from '../../../shared/library/key-table';
import { wordsOf } from '../../../shared/library/terms';
import { decl, heading, para } from './build';

const TEXT = 'Leaders’ “shared” goals — café, 2030. We act now; we agree.';

describe('filedDeclarationOf', () => {
  const filed = filedDeclarationOf(decl('a', [heading('Trade'), para(TEXT)], { date: '2019-04-25' }));
  const paragraph = filed.paragraphs[0]!;

  it('files the paragraph, its heading and its sentences as ranges of its text', () => {
    expect({ ...paragraph, words: 0, tokens: 0 }).toEqual({
      id: expect.stringMatching(/^p-/),
      text: TEXT,
      blockId: 'b2',
      heading: 'Trade',
      sentences: [expect.objectContaining({ start: 0, end: 37 }), expect.objectContaining({ start: 38, end: TEXT.length })],
      words: 0,
      tokens: 0,
    });
  });

  it("finds the paragraph's words and tokens, hashed, as the index would", () => {
    const { scans } = filed;
    const words = Array.from({ length: scans[paragraph.words]! }, (_, i) => [...scans.subarray(paragraph.words + 1 + 3 * i, paragraph.words + 4 + 3 * i)]);
    expect(words).toEqual(wordsOf(TEXT).map((w) => [w.start, w.end, hashRange(TEXT, w.start, w.end) | 0]));
    const ends = Array.from({ length: scans[paragraph.tokens]! }, (_, i) => scans[paragraph.tokens + 1 + 2 * i]!);
    const tokens = ends.map((end, i) => TEXT.slice(ends[i - 1] ?? 0, end));
    expect([tokens.join(''), tokens.slice(0, 4)]).toEqual([TEXT, ['Leaders', '’ ', '“', 'shared']]);
  });
});
