import { describe, expect, it } from 'vitest';
import { IntColumn } from '../../../shared/library/column';

describe('a column over loaded values', () => {
  it('reads loaded, changed and added values alike, and never writes the loaded bytes', () => {
    const loaded = Int32Array.from({ length: 10_000 }, (_, i) => i);
    const column = IntColumn.over(loaded);
    column.set(5, -5);
    column.set(9_999, -9_999);
    column.push(10_000);
    column.push(10_001);
    column.set(10_001, -10_001);
    const read = [0, 5, 4_096, 9_999, 10_000, 10_001].map((at) => column.get(at));
    expect([read, column.length, loaded[5], loaded[9_999]]).toEqual([[0, -5, 4_096, -9_999, 10_000, -10_001], 10_002, 5, 9_999]);
  });
});
