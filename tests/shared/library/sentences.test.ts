import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../shared/library/sentences';

describe('sentencesOf', () => {
  it.each([
    ['We agree. We act.', ['We agree.', 'We act.']],
    ['We support the U.N. system. It works.', ['We support the U.N. system.', 'It works.']],
    ['As set out in e.g. Article 5. Then more.', ['As set out in e.g. Article 5.', 'Then more.']],
    ['Resolution No. 5 applies. Next one.', ['Resolution No. 5 applies.', 'Next one.']],
    ['Growth reached 1.5 per cent. Trade grew.', ['Growth reached 1.5 per cent.', 'Trade grew.']],
    ['He said “We agree.” Then he left.', ['He said “We agree.”', 'Then he left.']],
    ['Will we act? Yes! We will.', ['Will we act?', 'Yes!', 'We will.']],
    ['Led by H.E. Mr. Wang Yi. The meeting ended.', ['Led by H.E. Mr. Wang Yi.', 'The meeting ended.']],
    ['the sharing of data, i.e. records. 2020 was hard.', ['the sharing of data, i.e. records.', '2020 was hard.']],
    ['One sentence without a final stop', ['One sentence without a final stop']],
    ['  Spaces around.   And more.  ', ['Spaces around.', 'And more.']],
    ['It costs approx. 5 dollars. We pay.', ['It costs approx. 5 dollars.', 'We pay.']],
    ['We deepen cooperation. Trade grows.', ['We deepen cooperation.', 'Trade grows.']],
    ['We met the Dr. Smith. Then the Ministers. They spoke.', ['We met the Dr. Smith.', 'Then the Ministers.', 'They spoke.']],
    ['', []],
  ])('splits %j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
