import { describe, expect, it } from 'vitest';
import { TextColumn } from '../../../shared/library/text-column';

const reloaded = (column: TextColumn, order: number[]) => new TextColumn(column.saved(order));

describe('TextColumn', () => {
  it.each([
    'We support a rules-based, open and non-discriminatory trading system.',
    'Two  spaces, a\ttab and a line\nbreak',
    ' leading and trailing spaces  ',
    'ends in one space ',
    'Accents: coopération, “curly quotes”, 中华人民共和国 and 🇺🇳 flags',
    '',
  ])('gives back %j exactly, before and after saving', (text) => {
    const column = new TextColumn();
    column.push(text);
    expect(column.get(0)).toBe(text);
    expect(reloaded(column, [0]).get(0)).toBe(text);
  });

  const paragraph = 'We recall the Charter. We “reaffirm” the goals (2030). Nothing else.';
  const sentences = ['We recall the Charter.', 'We “reaffirm” the goals (2030).', 'Nothing else.'];

  it('keeps a sentence as a range of its paragraph, taking no bytes of its own', () => {
    const column = new TextColumn();
    column.push(paragraph);
    const alone = column.saved([0]).bytes.length;
    for (const s of sentences) column.push(s, 0);
    expect([1, 2, 3].map((i) => column.get(i))).toEqual(sentences);
    expect(column.saved([0, 1, 2, 3]).bytes.length).toBe(alone);
  });

  it('writes a text that is not part of the paragraph named as its own', () => {
    const column = new TextColumn();
    column.push(paragraph);
    column.push('We recall the Charter of the United Nations.', 0);
    column.push('the Charter. We', 0);
    expect(column.get(1)).toBe('We recall the Charter of the United Nations.');
    expect(column.get(2)).toBe('the Charter. We');
  });

  it('saves a sentence whose paragraph is left out with just its own bytes, and adds after loading', () => {
    const column = new TextColumn();
    column.push(paragraph);
    for (const s of sentences) column.push(s, 0);
    const saved = column.saved([2, 3]);
    expect(saved.bytes.length).toBeLessThan(column.saved([0]).bytes.length);
    const loaded = new TextColumn(saved);
    expect([0, 1].map((i) => loaded.get(i))).toEqual(sentences.slice(1));
    loaded.push('A new text, added after loading.');
    loaded.push('added after loading.', 2);
    expect([2, 3].map((i) => loaded.get(i))).toEqual(['A new text, added after loading.', 'added after loading.']);
    expect(reloaded(loaded, [3, 0]).get(0)).toBe('added after loading.');
  });
});
