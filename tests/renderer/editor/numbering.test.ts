import { describe, expect, it } from 'vitest';
import { blockLabels, numberFromLabel } from '../../../renderer/editor/numbering';
import { letterNumeral, romanNumeral } from '../../../shared/text/numerals';
import { doc, heading, p, parties, party, pre, sub, title, up } from './builder';

describe('blockLabels', () => {
  it.each([
    ['numbered paragraphs count from 1', doc(p('a'), p('b'), p('c')), ['1.', '2.', '3.']],
    ['unnumbered paragraphs and preambles are skipped', doc(title('T'), pre('Recalling'), p('a'), up('note'), p('b')), [null, null, '1.', null, '2.']],
    ['sub-items count (a), (b) under each paragraph', doc(p('a'), sub('x'), sub('y'), p('b'), sub('z')), ['1.', '(a)', '(b)', '2.', '(a)']],
    ['deeper sub-items use roman numerals', doc(p('a'), sub('x'), sub({ level: 2 }, 'i'), sub({ level: 2 }, 'ii'), sub('y')), ['1.', '(a)', '(i)', '(ii)', '(b)']],
    ['headings continue the count by default', doc(p('a'), heading('H'), p('b')), ['1.', null, '2.']],
    ['a restarting heading starts again at 1', doc(p('a'), heading({ numbering: 'restart' }, 'H'), p('b')), ['1.', null, '1.']],
    ['numbered headings count I., II.', doc(heading({ numbered: true }, 'A'), p('a'), heading({ numbered: true }, 'B')), ['I.', '1.', 'II.']],
    [
      'keep source numbering shows source numbers exactly',
      doc({ keepSourceNumbering: true }, p({ sourceNumber: '14.' }, 'a'), p('new'), sub({ sourceNumber: '(c)' }, 'x'), pre({ sourceNumber: 'First,' }, 'y')),
      ['14.', null, '(c)', 'First,'],
    ],
    ['a list of parties has no number', doc(p('a'), parties(party('Chile'))), ['1.', null]],
  ])('%s', (_name, built, expected) => {
    expect(blockLabels(built.node)).toEqual(expected);
  });
});

describe('numerals', () => {
  it.each([
    [1, 'I', 'a'],
    [4, 'IV', 'd'],
    [9, 'IX', 'i'],
    [26, 'XXVI', 'z'],
    [27, 'XXVII', 'aa'],
    [28, 'XXVIII', 'bb'],
  ])('%i is %s and (%s)', (n, roman, letter) => {
    expect(romanNumeral(n)).toBe(roman);
    expect(letterNumeral(n)).toBe(letter);
  });
});

describe('numberFromLabel', () => {
  it.each([
    ['14.', 'decimal', 14],
    ['(3)', 'decimal-paren', 3],
    ['2.1', 'multilevel', 1],
    ['(c)', 'alpha-paren', 3],
    ['(i)', 'roman', 1],
    ['(ii)', 'roman', 2],
    ['IV.', 'roman', 4],
    ['(aa)', 'alpha-paren', 27],
    ['b.', 'alpha-dot', 2],
    ['Article 7', 'article', 7],
    ['Secondly,', 'ordinal-word', 2],
    ['•', 'bullet', 0],
  ])('reads %j as %s %i', (raw, style, value) => {
    expect(numberFromLabel(raw)).toEqual({ raw, style, value, glued: false });
  });

  it('reads a label as the reader reads a source: "(i)" after "(h)" is a letter, "4 bis." is 4 with its suffix kept', () => {
    expect(numberFromLabel('(i)', numberFromLabel('(h)'))).toMatchObject({ style: 'alpha-paren', value: 9 });
    expect(numberFromLabel('4 bis.')).toEqual({ raw: '4 bis.', style: 'decimal', value: 4, glued: false });
    expect(numberFromLabel('4 ante.')).toEqual({ raw: '4 ante.', style: 'bullet', value: 0, glued: false });
  });
});
