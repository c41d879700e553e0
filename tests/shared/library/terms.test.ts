import { describe, expect, it } from 'vitest';
import { completionsPastStem, foldWord, stem, termOf, wordsOf } from '../../../shared/library/terms';

describe('wordsOf', () => {
  it.each([
    ['We, the ministers.', ['We', 'the', 'ministers']],
    ['Leaders’ roundtable; it’s agreed', ['Leaders', 'roundtable', 'it’s', 'agreed']],
    ['COVID-19 (17+1)', ['COVID', '19', '17', '1']],
    ['Société civile à Genève', ['Société', 'civile', 'à', 'Genève']],
    ['"quoted" words\'', ['quoted', 'words']],
    ['', []],
  ])('reads the words of %j', (text, expected) => {
    expect(wordsOf(text).map((w) => w.text)).toEqual(expected);
  });

  it('gives offsets into the text', () => {
    expect(wordsOf(' ab, cd')).toEqual([
      { text: 'ab', start: 1, end: 3 },
      { text: 'cd', start: 5, end: 7 },
    ]);
  });
});

describe('terms', () => {
  it.each([
    ['Genève', 'geneve'],
    ['Leaders’', 'leaders'],
    ['WTO', 'wto'],
  ])('folds %j to %j', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it.each([
    [['politicize', 'politicized', 'politicization', 'politicizing']],
    [['cooperate', 'cooperation', 'cooperating']],
    [['country', 'countries']],
    [['develop', 'developed', 'development', 'developing']],
    [['pandemic', 'pandemics']],
  ])('meets inflections on one stem: %j', (words) => {
    expect(new Set(words.map((w) => stem(foldWord(w)))).size).toBe(1);
  });

  it.each([['the'], ['of'], ['and']])('drops the function word %j', (word) => {
    expect(termOf(word)).toBeNull();
  });

  it.each([['process'], ['status'], ['basis'], ['2020']])('leaves %j whole', (word) => {
    expect(stem(word)).toBe(word);
  });
});

describe('completionsPastStem', () => {
  it.each([
    ['adaptati', 'adaptation', 'adapt'],
    ['internatio', 'international', 'intern'],
    ['agreeme', 'agreement', 'agree'],
    ['stigmatizin', 'stigmatizing', 'stigmat'],
  ])('reaches the stem %j has typed past', (partial, word, term) => {
    expect(completionsPastStem(partial)).toContainEqual({ word, term });
    expect(termOf(word)).toBe(term);
  });

  it.each([['nationa'], ['commun'], ['adapt']])('guesses nothing for %j, whose stems it starts', (partial) => {
    expect(completionsPastStem(partial)).toEqual([]);
  });
});
