import { describe, expect, it } from 'vitest';
import { parseBrackets } from '../../../shared/negotiation/parse';

/** The alternatives of every bracket, as texts: [["shall", "should"], ["now"]]. */
const alternatives = (text: string, parties: string[] = []) =>
  parseBrackets(text, { parties }).brackets.map((b) => b.alternatives.map((a) => a.text));

describe('parseBrackets', () => {
  it.each([
    ['We [strongly] urge.', [['strongly']]],
    ['Parties [shall][should] act.', [['shall', 'should']]],
    ['Parties [shall] [should] act.', [['shall', 'should']]],
    ['Parties [shall] / [should] act.', [['shall', 'should']]],
    ['Parties [shall/should] act.', [['shall', 'should']]],
    ['Targets for [2030 / 2035].', [['2030', '2035']]],
    ['Women [and/or] girls.', [['and/or']]],
    ['[climate change][extreme weather] [is][may be] rising', [['climate change', 'extreme weather'], ['is', 'may be']]],
    ['We [act]\n[now]', [['act'], ['now']]],
    ['We [strongly] urge [all] States', [['strongly'], ['all']]],
  ])('groups the alternatives of %j', (text, expected) => {
    expect(alternatives(text)).toEqual(expected);
  });

  it.each([
    ['[a [b] c]', [0, 1]],
    ['[a [b [c]] d]', [0, 1, 2]],
    ['[a] [b [c]]', [0, 1]],
  ])('gives nesting depths in %j, outer first', (text, depths) => {
    expect(parseBrackets(text).brackets.map((b) => b.depth)).toEqual(depths);
  });

  it('links a nested bracket to the bracket around it', () => {
    const [outer, inner] = parseBrackets('We [act [now]].').brackets;
    expect(inner?.parentId).toBe(outer?.id);
    expect(outer?.parentId).toBeUndefined();
  });

  it('gives the offsets of every bracket', () => {
    const text = 'We [shall][should] act.';
    const [bracket] = parseBrackets(text).brackets;
    expect(bracket?.span).toEqual({ start: 3, end: 18 });
    expect(bracket?.alternatives.map((a) => [text[a.span.start], text[a.span.end - 1]])).toEqual([['[', ']'], ['[', ']']]);
  });

  it.each([
    ['See the report [1] and [sic] [...] [emphasis added] [**].', ['footnote-ref', 'sic', 'ellipsis', 'emphasis', 'footnote-ref']],
    ['A standalone [Note: check with capitals] note.', ['note']],
    ['Text [proposed by the EU] without a bracket before.', ['attribution']],
  ])('leaves editorial brackets alone in %j', (text, kinds) => {
    const parse = parseBrackets(text);
    expect(parse.brackets).toEqual([]);
    expect(parse.editorial.map((e) => e.kind)).toEqual(kinds);
  });

  it.each([
    ['[EU: promptly]', 'promptly', ['EU'], 'prefix'],
    ['[G77 and China: swiftly]', 'swiftly', ['G77 and China'], 'prefix'],
    ['[promptly (US proposal)]', 'promptly', ['US'], 'inside'],
    ['[promptly] [proposed by the Group of 77]', 'promptly', ['G77'], 'after'],
    ['[promptly] (proposed by Norway and Japan)', 'promptly', ['Norway', 'Japan'], 'after'],
    ['[promptly][3] today.\n[3] Proposed by the European Union.', 'promptly', ['EU'], 'footnote'],
    ['[promptly]² today.\n² Proposal by AOSIS.', 'promptly', ['AOSIS'], 'footnote'],
  ])('reads the attribution in %j', (text, body, parties, source) => {
    const alternative = parseBrackets(text).brackets[0]?.alternatives[0];
    expect(alternative).toMatchObject({ text: body, parties, attribution: { source } });
  });

  it('reads a bare list of the draft’s own parties after a bracket as an attribution', () => {
    expect(parseBrackets('[promptly] [Norway]', { parties: ['Norway'] }).brackets[0]?.alternatives[0]?.parties).toEqual(['Norway']);
    expect(alternatives('[promptly] [Norway]')).toEqual([['promptly', 'Norway']]);
  });

  it('attaches a note written after a bracket to it', () => {
    const [bracket] = parseBrackets('[Developed countries shall pay.] [Note: to be discussed]').brackets;
    expect(bracket?.alternatives[0]?.note).toBe('to be discussed');
  });

  it.each([
    ['Option 1: Parties shall.\nOption 2 (EU): Parties should.', [['Parties shall.', 'Parties should.']], [[], ['EU']]],
    ['Option A — We agree.\nOption B — We note.', [['We agree.', 'We note.']], [[], []]],
    ['Option 1\nParties shall.\nOption 2\nParties should.', [['Parties shall.', 'Parties should.']], [[], []]],
    ['12. Parties shall act.\nAlt. 12. Parties should act.', [['12. Parties shall act.', '12. Parties should act.']], [[], []]],
    ['Option 1: We agree to:\n(a) act;\nOption 2: We note.', [['We agree to:\n(a) act;', 'We note.']], [[], []]],
  ])('reads the option block %j as one set', (text, expected, parties) => {
    const parse = parseBrackets(text);
    expect(parse.brackets.map((b) => b.kind)).toEqual(['options']);
    expect(alternatives(text)).toEqual(expected);
    expect(parse.brackets[0]?.alternatives.map((a) => a.parties)).toEqual(parties);
  });

  it('does not read "Alternatively" or "Options for" as option markers', () => {
    expect(parseBrackets('We act.\nAlternatively, we wait.\nOptions for finance are listed.').brackets).toEqual([]);
  });

  it('treats brackets inside an option as nested in it', () => {
    const [set, inner] = parseBrackets('Option 1: Parties [shall][should] act.\nOption 2: We note.').brackets;
    expect(inner).toMatchObject({ parentId: set?.id, depth: 1 });
  });

  it.each([
    ['[13. We call for a fund.]', true],
    ['13. [We call for a fund].', true],
    ['13. We call for a [new] fund.', false],
  ])('tells whether %j brackets its whole paragraph', (text, whole) => {
    expect(parseBrackets(text).brackets[0]?.wholeParagraph).toBe(whole);
  });

  it.each([
    ['We [urge all States.', [{ kind: 'unclosed', line: 1, column: 4 }]],
    ['We urge] all States.', [{ kind: 'unopened', line: 1, column: 8 }]],
    ['One.\nTwo [a [b] c.\nThree ] and ].', [{ kind: 'unclosed', line: 2, column: 5 }, { kind: 'unopened', line: 3, column: 7 }, { kind: 'unopened', line: 3, column: 13 }]],
    ['[5. We act.\n6. We pay.]', []],
  ])('reports the unbalanced brackets of %j with their place', (text, problems) => {
    expect(parseBrackets(text).problems).toMatchObject(problems);
  });

  it('says where an unbalanced bracket is and what to do, and pairs nothing by guessing', () => {
    const parse = parseBrackets('1. We [strongly urge all States to act.');
    expect(parse.brackets).toEqual([]);
    expect(parse.problems[0]?.message).toMatch(/^Line 1, column 7: this “\[” is never closed .*Add the missing “\]”/u);
  });

  it('names the section each bracket stands in', () => {
    const text = 'Declaration on Water\nI. Commitments\n1. We [act].\nII. Finance\n2. We [pay].';
    expect(parseBrackets(text).brackets.map((b) => b.section)).toEqual(['I. Commitments', 'II. Finance']);
  });
});
