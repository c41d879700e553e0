import { describe, expect, it } from 'vitest';
import { draftWarnings, listWarnings, numberingWarnings } from '../../../../renderer/editor/plugins/checks';
import { createDraftState } from '../../../../renderer/editor/state';
import { setKeepSourceNumbering } from '../../../../renderer/editor/commands';
import type { Built } from '../builder';
import { doc, p, parties, party, ref, run, sub, up } from '../builder';

describe('draftWarnings', () => {
  it.each<[string, Built, [string, string][]]>([
    ['a doubled word', doc(p('We agree to to cooperate.')), [['doubled-word', ' to']]],
    ['a missing space after a comma', doc(p('COVID-19,it')), [['missing-space', ',i']]],
    ['an unclosed bracket', doc(up('the plan (2021')), [['unbalanced-bracket', '(']]],
    ['an unbalanced quote', doc(p('the “Health Silk Road')), [['unbalanced-quote', '“']]],
    ['a number typed into a computed paragraph', doc(p('3. We agree.')), [['other', '3.']]],
    ['a letter typed into a sub-item', doc(sub('(b) to trade;')), [['other', '(b)']]],
    ['a typed number in an unnumbered paragraph is the text', doc(up('2030 Agenda.')), []],
    ['clean text', doc(p('We agree.')), []],
    ['text after a footnote reference', doc(p('partners', ref('*'), ' the the end')), [['doubled-word', ' the']]],
    ['a party in a list', doc(parties(party('Chile'), party('Kenya Kenya'))), [['doubled-word', ' Kenya']]],
  ])('%s', (_name, built, expected) => {
    const found = draftWarnings(built.node);
    expect(found.map((w) => [w.kind, w.excerpt])).toEqual(expected);
    for (const w of found) expect(built.node.textBetween(w.from, w.to)).toBe(w.excerpt);
  });
});

describe('numberingWarnings', () => {
  it.each<[string, Built, string[]]>([
    ['computed numbers cannot have gaps', doc(p({ sourceNumber: '1.' }, 'a'), p({ sourceNumber: '3.' }, 'b')), []],
    ['a gap in source numbers is flagged when kept', doc({ keepSourceNumbering: true }, p({ sourceNumber: '1.' }, 'a'), p({ sourceNumber: '3.' }, 'b')), ['numbering-gap']],
    ['a step back in source numbers is flagged when kept', doc({ keepSourceNumbering: true }, p({ sourceNumber: '2.' }, 'a'), p({ sourceNumber: '2.' }, 'b')), ['numbering-gap', 'numbering-restart']],
  ])('%s', (_name, built, kinds) => {
    expect(numberingWarnings(built.node).map((w) => w.kind)).toEqual(kinds);
  });
});

describe('the checks plugin', () => {
  it('updates live as the text changes', () => {
    let state = createDraftState(doc(p('We agree.'), p('We note.')).node);
    expect(listWarnings(state)).toHaveLength(0);
    state = state.apply(state.tr.insertText('the the ', 1));
    expect(listWarnings(state).map((w) => w.kind)).toEqual(['doubled-word']);
    state = state.apply(state.tr.delete(1, 5));
    expect(listWarnings(state)).toHaveLength(0);
  });

  it.each([']', '[', '“'])('opens and types in a paragraph of 40 KB of "%s" with a short list of warnings, not 40,000', (char) => {
    let state = createDraftState(doc(p(char.repeat(40_000)), p('We note.')).node);
    const listed = listWarnings(state);
    expect(listed).toHaveLength(51);
    expect(listed[50]?.message).toMatch(/39,950 more warnings in this paragraph are not listed/);
    for (let i = 0; i < 20; i++) state = state.apply(state.tr.insertText(char, 1));
    expect(listWarnings(state)).toHaveLength(51);
  });

  it('keeps numbering warnings in place while typing before them', () => {
    let state = createDraftState(doc(p({ sourceNumber: '1.' }, 'a'), p({ sourceNumber: '3.' }, 'b')).node);
    state = run(state, setKeepSourceNumbering(true)) ?? state;
    const before = listWarnings(state)[0];
    state = state.apply(state.tr.insertText('xyz', 1));
    const after = listWarnings(state)[0];
    expect(after?.from).toBe((before?.from ?? 0) + 3);
    expect(state.doc.resolve(after?.from ?? 0).parent.textContent).toBe('b');
  });
});
