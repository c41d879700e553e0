import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, sharedCount } from '../../shared/sorted';

describe('lastAtOrBefore', () => {
  it.each([
    [[0, 10, 20], 0, 0],
    [[0, 10, 20], 9, 0],
    [[0, 10, 20], 10, 1],
    [[0, 10, 20], 25, 2],
    [[5], 1, 0],
    [[], 3, 0],
  ])('in %j finds the last entry at most %i at index %i', (list, value, index) => {
    expect(lastAtOrBefore(list, value)).toBe(index);
  });
});

describe('sharedCount', () => {
  it('counts the shared values exactly when they reach the floor, and some number under it when not', () => {
    const x = [1, 3, 5, 7, 9, 11];
    const y = [3, 4, 5, 9, 12];
    expect(sharedCount(x, y)).toBe(3);
    expect(sharedCount(x, y, 3)).toBe(3);
    expect(sharedCount(x, y, 2.5)).toBe(3);
    expect(sharedCount(x, y, 4)).toBeLessThan(4);
    expect(sharedCount([], y, 1)).toBe(0);
  });
});
