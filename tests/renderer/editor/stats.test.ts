import { describe, expect, it } from 'vitest';
import { countWords, draftStats } from '../../../renderer/editor/stats';
import { doc, p, parties, party, ref, title, up } from './builder';

describe('countWords', () => {
  it.each([
    ['We agree.', 2],
    ['COVID-19 pandemic', 2],
    ['the Leaders’ Roundtable', 3],
    ['the 2030 Agenda, U.N. bodies', 5],
    ['  ', 0],
    ['— (a) —', 1],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});

describe('draftStats', () => {
  it('counts words and the blocks that hold text, each party as one', () => {
    const draft = doc(title('Joint Statement'), p('We met', ref('*'), ' today.'), up(), parties(party('Chile'), party('Kenya')));
    expect(draftStats(draft.node)).toEqual({ words: 7, paragraphs: 4 });
  });
});
