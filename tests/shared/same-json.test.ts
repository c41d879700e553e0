import { describe, expect, it } from 'vitest';
import { sameJson } from '../../shared/same-json';

describe('sameJson', () => {
  it.each([
    [{ type: 'text', text: 'a', marks: [] }, { marks: [], text: 'a', type: 'text' }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: [1, 2] }, { a: [2, 1] }, false],
    [{ a: 1 }, { a: '1' }, false],
    [[{ x: null }], [{ x: null }], true],
    [{ a: {} }, { a: [] }, false],
  ])('compares %j and %j', (a, b, same) => {
    expect(sameJson(a, b)).toBe(same);
  });
});
