import { describe, expect, it } from 'vitest';
import { readNumber, romanValue } from '../../../shared/text/numbers';

describe('readNumber', () => {
  it.each([
    ['1. We agree', { raw: '1.', style: 'decimal', value: 1, glued: false }],
    ['1.Explore the models', { raw: '1.', style: 'decimal', value: 1, glued: true }],
    ['14. We support', { raw: '14.', style: 'decimal', value: 14 }],
    ['3) We note', { raw: '3)', style: 'decimal-paren', value: 3 }],
    ['(2) Members shall', { raw: '(2)', style: 'decimal-paren', value: 2 }],
    ['1.1 Scope', { raw: '1.1', style: 'multilevel', value: 1, depth: 2 }],
    ['2.3.1. Reporting', { raw: '2.3.1.', style: 'multilevel', value: 1, depth: 3 }],
    ['(a) to promote trade', { raw: '(a)', style: 'alpha-paren', value: 1 }],
    ['b) to promote trade', { raw: 'b)', style: 'alpha-paren', value: 2 }],
    ['(iv) to promote trade', { raw: '(iv)', style: 'roman', value: 4 }],
    ['ii. to promote trade', { raw: 'ii.', style: 'roman', value: 2 }],
    ['II. Principles', { raw: 'II.', style: 'roman', value: 2, upper: true }],
    ['B. Knowledge', { raw: 'B.', style: 'alpha-dot', value: 2, upper: true }],
    ['Article 12', { raw: 'Article 12', style: 'article', value: 12 }],
    ['ARTICLE IV. Entry into force', { raw: 'ARTICLE IV.', style: 'article', value: 4 }],
    ['First, we call on', { raw: 'First,', style: 'ordinal-word', value: 1 }],
    ['Secondly, we call on', { raw: 'Secondly,', style: 'ordinal-word', value: 2 }],
    ['• subsidies for fuel', { raw: '•', style: 'bullet', value: 0 }],
    ['\u00a0 \u00a0 1.Explore', { raw: '1.', start: 4, textStart: 6, glued: true }],
    // A UNFCCC draft's alternative versions of a paragraph: the mark names which 3.3 this is.
    ['3.3alt: Developed countries', { raw: '3.3alt:', style: 'multilevel', value: 3, textStart: 8 }],
    ["3.3bis Alt Each Party's", { raw: '3.3bis Alt', style: 'multilevel', value: 3, textStart: 11 }],
    ['3.3 alt 2 Each Party', { raw: '3.3 alt 2', style: 'multilevel', value: 3 }],
    ['3.3: Each Party', { raw: '3.3:', style: 'multilevel', value: 3, textStart: 5 }],
    ['3.3 Alternatively, Parties', { raw: '3.3', textStart: 4 }],
    ['4 bis: Parties', { raw: '4 bis:', style: 'decimal', value: 4 }],
  ])('reads the number of %j', (line, expected) => {
    expect(readNumber(line)).toMatchObject(expected);
  });

  it.each([
    'We agree.',
    'U.S. and Chinese delegations met.',
    'e.g. trade',
    'Article 5 of the Charter applies.',
    '2020 was a difficult year.',
    'Mr. Smith opened the meeting.',
    'Third World countries face debt.',
    '5G networks will expand.',
  ])('finds no number in %j', (line) => {
    expect(readNumber(line)).toBeUndefined();
  });

  it.each([
    // A number the draft has not settled yet, kept as typed, with no value in its sequence.
    ['3.x Parties may', { raw: '3.x', style: 'multilevel', value: 0, depth: 2, textStart: 4 }],
    ['3.X Parties may', { raw: '3.X', style: 'multilevel', value: 0, depth: 2 }],
    ['2.1.x. Parties may', { raw: '2.1.x.', style: 'multilevel', value: 0, depth: 3, textStart: 7 }],
    // Its note reference ("[^4]" read as "[4]") belongs to the paragraph, not glued text.
    ['3.x[4] Notwithstanding Articles', { raw: '3.x', style: 'multilevel', glued: false, textStart: 3 }],
    ['x.[4] Notwithstanding Articles', { raw: 'x.', glued: false, textStart: 2 }],
  ])('reads the placeholder number of %j as typed', (line, expected) => {
    expect(readNumber(line)).toMatchObject(expected);
  });

  it('reads a placeholder only where the "x" stands alone, and takes a glued reference only after one', () => {
    expect(readNumber('3.xylophone')).toMatchObject({ raw: '3.', style: 'decimal', glued: true });
    expect(readNumber('3.x-ray images')).toMatchObject({ raw: '3.' });
    expect(readNumber('3.x[a] text')).toMatchObject({ raw: '3.' });
    // A bracket glued to a settled number may be a negotiation bracket: no number there.
    expect(readNumber('4.[4] text')).toBeUndefined();
    expect(readNumber('4.[Parties] shall')).toBeUndefined();
  });

  it('reads "(i)" after "(h)" as the letter i', () => {
    const h = readNumber('(h) seek advice;');
    expect(readNumber('(i) prepare a budget;', h)).toMatchObject({ style: 'alpha-paren', value: 9 });
    expect(readNumber('(i) reduce bycatch;', readNumber('(c) propose:'))).toMatchObject({ style: 'roman', value: 1 });
  });

  it('reads the numbering on past 999 when the number is the next one, never a year that starts a line', () => {
    expect(readNumber('1000. We agree.', undefined, { after: 999 })).toMatchObject({ style: 'decimal', value: 1000, raw: '1000.' });
    expect(readNumber('10000. We agree.', undefined, { after: 9999 })).toMatchObject({ style: 'decimal', value: 10000 });
    expect(readNumber('2015. We recall the Paris Agreement.', undefined, { after: 999 })).toBeUndefined();
    expect(readNumber('2015. We recall the Paris Agreement.', undefined, { after: 12 })).toBeUndefined();
    expect(readNumber('1000. We agree.')).toBeUndefined();
  });

  it('reads the doubled letters that follow "(z)" in UN texts, "(cc)" after "(bb)" included', () => {
    expect(readNumber('(aa) promote dialogue;')).toMatchObject({ style: 'alpha-paren', value: 27 });
    expect(readNumber('(cc) report back;', readNumber('(bb) ensure;'))).toMatchObject({ style: 'alpha-paren', value: 29 });
    expect(readNumber('(ii) reduce bycatch;')).toMatchObject({ style: 'roman', value: 2 });
  });

  it.each([['IV', 4], ['xii', 12], ['MCMXC', 1990], ['IIII', 0], ['ABC', 0]])('values the roman numeral %s', (letters, value) => {
    expect(romanValue(letters)).toBe(value);
  });
});
