import { describe, expect, it } from 'vitest';
import { estimateHeight, RowHeights, virtualWindow } from '../../../renderer/compare/virtualWindow';

const uniform = (count: number, height: number) => new RowHeights(count, () => height);

describe('RowHeights', () => {
  it.each([
    ['the top of the first row', 0, 0],
    ['the top of the fourth row', 3, 60],
    ['the end of the list', 10, 200],
    ['past the end, the end of the list', 50, 200],
  ])('places %s at the sum of the heights above it', (_name, index, offset) => {
    expect(uniform(10, 20).offsetOf(index)).toBe(offset);
  });

  it.each([
    ['the top edge', 0, 0],
    ['inside the first row', 19, 0],
    ['the boundary of the second row', 20, 1],
    ['the middle of the list', 105, 5],
    ['below the end', 10_000, 9],
    ['above the start', -50, 0],
  ])('finds the row at %s', (_name, y, index) => {
    expect(uniform(10, 20).indexAt(y)).toBe(index);
  });

  it('moves every later row when a measured row is taller than estimated', () => {
    const h = uniform(5, 20);
    expect(h.set(1, 50)).toBe(30);
    expect(h.set(1, 50)).toBe(0);
    expect([h.offsetOf(1), h.offsetOf(2), h.offsetOf(4), h.total()]).toEqual([20, 70, 110, 130]);
    expect(h.indexAt(69)).toBe(1);
    expect(h.heightOf(2)).toBe(20);
  });

  it('keeps per-row estimates, never below one pixel', () => {
    const h = new RowHeights(4, (i) => [10, 0, 30, -5][i] ?? 0);
    expect([0, 1, 2, 3].map((i) => h.heightOf(i))).toEqual([10, 1, 30, 1]);
  });

  it('finds the right row among 20,000 rows of mixed, partly measured heights', () => {
    const h = new RowHeights(20_000, (i) => 20 + (i % 7) * 11);
    for (let i = 0; i < 20_000; i += 97) h.set(i, 33);
    const y = h.offsetOf(12_345) + 1;
    expect(h.indexAt(y)).toBe(12_345);
  });
});

describe('virtualWindow', () => {
  it.each([
    ['the top of the list', 0, 100, 2, { start: 0, end: 8, before: 0, after: 40 * 20 - 8 * 20 }],
    ['the middle, with overscan on both sides', 400, 100, 2, { start: 18, end: 28, before: 360, after: 240 }],
    ['the bottom, clamped to the last row', 700, 100, 2, { start: 33, end: 40, before: 660, after: 0 }],
    ['no overscan', 400, 100, 0, { start: 20, end: 26, before: 400, after: 280 }],
  ])('renders the rows in view at %s', (_name, scrollTop, viewport, overscan, expected) => {
    expect(virtualWindow(uniform(40, 20), scrollTop, viewport, overscan)).toEqual(expected);
  });

  it('renders nothing for an empty list', () => {
    expect(virtualWindow(uniform(0, 20), 0, 500, 5)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  it('renders only a screenful of a 20,000-row comparison, wherever it is scrolled', () => {
    const h = uniform(20_000, 44);
    const w = virtualWindow(h, 500_000, 800, 8);
    expect(w.end - w.start).toBeLessThan(50);
    expect(w.before + (w.end - w.start) * 44 + w.after).toBe(h.total());
  });
});

describe('estimateHeight', () => {
  it.each([
    ['an empty paragraph still takes a line', 0, 36],
    ['a short line', 40, 36],
    ['a paragraph wrapping onto three lines', 170, 3 * 22 + 14],
  ])('%s', (_name, chars, height) => {
    expect(estimateHeight(chars, 80, 22, 14)).toBe(height);
  });
});
