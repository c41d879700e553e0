import { describe, expect, it } from 'vitest';
import { markedRuns } from '../../../renderer/library/highlight';

const text = 'the multilateral trading system';
const span = (start: number, end: number) => ({ start, end });

describe('markedRuns', () => {
  it.each([
    ['no match leaves one plain run', [], [['the multilateral trading system', false]]],
    ['one word in the middle', [span(4, 16)], [['the ', false], ['multilateral', true], [' trading system', false]]],
    ['a match at the start', [span(0, 3)], [['the', true], [' multilateral trading system', false]]],
    ['a match at the end', [span(25, 31)], [['the multilateral trading ', false], ['system', true]]],
    ['spans out of order are sorted', [span(25, 31), span(4, 16)], [['the ', false], ['multilateral', true], [' trading ', false], ['system', true]]],
    ['overlapping spans mark each letter once', [span(4, 16), span(10, 24)], [['the ', false], ['multilateral trading', true], [' system', false]]],
    ['touching spans join into one mark', [span(4, 16), span(16, 24)], [['the ', false], ['multilateral trading', true], [' system', false]]],
    ['matched words with a space between read as one mark', [span(4, 16), span(17, 24), span(25, 31)], [['the ', false], ['multilateral trading system', true]]],
    ['an unmatched word between matches stays unmarked', [span(0, 3), span(17, 24)], [['the', true], [' multilateral ', false], ['trading', true], [' system', false]]],
    ['a span past the end is clamped', [span(25, 99)], [['the multilateral trading ', false], ['system', true]]],
    ['an empty or reversed span is ignored', [span(5, 5), span(9, 4)], [['the multilateral trading system', false]]],
  ])('%s', (_name, spans, expected) => {
    const runs = markedRuns(text, spans);
    expect(runs.map((r) => [r.text, r.marked])).toEqual(expected);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it.each([
    ['across punctuation', 'trade, investment', [span(0, 5), span(7, 17)], [['trade', true], [', ', false], ['investment', true]]],
    ['across a line break', 'trade\ninvestment', [span(0, 5), span(6, 16)], [['trade', true], ['\n', false], ['investment', true]]],
  ])('does not join marks %s', (_name, t, spans, expected) => {
    expect(markedRuns(t, spans).map((r) => [r.text, r.marked])).toEqual(expected);
  });

  it('gives nothing for an empty text', () => {
    expect(markedRuns('', [span(0, 3)])).toEqual([]);
  });
});
