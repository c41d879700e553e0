import { describe, expect, it } from 'vitest';
import { lastAtOrBefore } from '../../shared/sorted';

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
