import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../shared/diff/words';

const marked = (a: string, b: string, ignore = {}) =>
  wordDiff(a, b, { ignore })
    .ops.map((o) => (o.kind === 'insert' ? `{+${o.text}+}` : o.kind === 'delete' ? `[-${o.text}-]` : o.text))
    .join('');

describe('wordDiff', () => {
  it.each([
    ['the cat sat', 'the dog sat', 'the [-cat-]{+dog+} sat'],
    ['We agree to cooperate.', 'We agree to cooperate closely.', 'We agree to cooperate{+ closely+}.'],
    ['中华人民共和国和世界', '中华人民共和国与世界', '中华人民共和国[-和-]{+与+}世界'],
    ['The quick brown fox jumps over the lazy dog', 'A slow red cat walks under the sleepy hound', '[-The quick brown fox jumps over the lazy dog-]{+A slow red cat walks under the sleepy hound+}'],
  ])('marks %j → %j as whole words', (a, b, expected) => {
    expect(marked(a, b)).toBe(expected);
  });

  it.each([
    ['a few words', 'We will share the data in time with all partners.', 'We shall share the data quickly with all partners.', 2, 3],
    ['a rewrite as one replacement', 'We will share data in time.', 'We shall share the data quickly.', 5, 5],
    ['nothing', 'Same text.', 'Same text.', 0, 0],
  ])('counts %s', (_, a, b, inserted, deleted) => {
    const d = wordDiff(a, b);
    expect([d.inserted, d.deleted]).toEqual([inserted, deleted]);
  });

  it.each([
    [{ numbering: true }, '12. We agree.', '13. We agree.'],
    [{ numbering: true }, '(h) We agree.', '(i) We agree.'],
    [{ numbering: true }, '999. We agree.', '1000. We agree.'],
    [{ numbering: true }, 'Article 4. We agree.', 'Article 5. We agree.'],
    [{ case: true, quotes: true }, 'The “Belt”', 'the "Belt"'],
    [{ whitespace: true, punctuation: true }, 'Hello,  world', 'Hello world'],
  ])('ignores %j', (ignore, a, b) => {
    expect(wordDiff(a, b, { ignore }).ops.every((o) => o.kind === 'equal')).toBe(true);
  });

  it('ignoring numbering keeps a reference to an article in the text ("Article 5 of the Charter")', () => {
    const ops = wordDiff('Article 5 of the Charter applies.', 'Article 6 of the Charter applies.', { ignore: { numbering: true } }).ops;
    expect(ops.some((o) => o.kind !== 'equal')).toBe(true);
  });
});
