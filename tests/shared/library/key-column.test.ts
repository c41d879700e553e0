import { describe, expect, it } from 'vitest';
import { clauseId } from '../../../shared/library/clauses';
import { KeyColumn } from '../../../shared/library/key-column';
import { hashRange } from '../../../shared/library/key-table';

describe('KeyColumn', () => {
  const keys = [
    clauseId('paragraph', 'We support the multilateral trading system.'),
    clauseId('sentence', 'We support it.'),
    'p-00000000000000',
    'p-1fffffffffffff',
    // Not of the usual form: kept as written.
    'p-ffffffffffffff',
    'clause-7',
    '',
  ];

  it('gives back every key as it was added, before and after saving', () => {
    const column = new KeyColumn();
    for (const key of keys) column.push(key);
    expect(keys.map((_, i) => column.get(i))).toEqual(keys);
    const loaded = new KeyColumn(column.saved(keys.map((_, i) => i).reverse()));
    expect(keys.map((_, i) => loaded.get(i))).toEqual([...keys].reverse());
    loaded.push('s-0123456789abcd');
    loaded.push('another-7');
    expect([loaded.get(keys.length), loaded.get(keys.length + 1)]).toEqual(['s-0123456789abcd', 'another-7']);
  });

  it('takes two words per clause id and no list entry', () => {
    const column = new KeyColumn();
    column.push(keys[0] as string);
    column.push(keys[1] as string);
    expect(column.saved([0, 1])).toMatchObject({ others: [] });
    expect(column.saved([0, 1]).words.length).toBe(4);
  });

  it('hashes and compares every key as its string would be, without making it', () => {
    const column = new KeyColumn();
    for (const key of keys) column.push(key);
    expect(keys.map((_, i) => column.hashAt(i))).toEqual(keys.map((key) => hashRange(key, 0, key.length)));
    keys.forEach((key, i) => {
      expect(keys.map((other) => column.is(i, other))).toEqual(keys.map((other) => other === key));
    });
  });
});
