import { describe, expect, it } from 'vitest';
import type { Block } from '../../../shared/model';
import { checkBlockText, checkNumbering } from '../../../shared/text/warnings';

describe('checkBlockText', () => {
  it.each([
    ['caused by the COVID-19,it is', 'missing-space', ',i', ', i'],
    ['the pandemic.We call', 'missing-space', '.W', '. W'],
    ['as follows;first', 'missing-space', ';f', '; f'],
    ['we we call on', 'doubled-word', ' we', 'we'],
    ['The The Parties', 'doubled-word', ' The', 'The'],
    ['the “Belt and Road spirit', 'unbalanced-quote', '“', undefined],
    ['the "Belt and Road spirit', 'unbalanced-quote', '"', undefined],
    ['the Network (SIRONET has', 'unbalanced-bracket', '(', undefined],
    ['the Network SIRONET) has', 'unbalanced-bracket', ')', undefined],
  ])('flags %j', (text, kind, spanned, suggestion) => {
    const [warning, ...rest] = checkBlockText(text);
    expect(rest).toEqual([]);
    expect(warning?.kind).toBe(kind);
    expect(text.slice(warning?.span.start, warning?.span.end)).toBe(spanned);
    if (suggestion) expect(warning?.suggestion).toBe(suggestion);
  });

  it.each([
    'Signed by the U.S. and the S.Rajaratnam School, 1,000 delegates, at 10:30.',
    'We reaffirm (as agreed in 2015) the “2030 Agenda” and the "Paris Agreement".',
    'that, that is, the point',
    'Available at https://example.org/statement.',
  ])('finds nothing wrong in %j', (text) => {
    expect(checkBlockText(text)).toEqual([]);
  });
});

/** Numbered paragraph blocks laid end to end in a text, for the numbering checks. */
function numbered(items: [raw: string, kind?: Block['kind']][]): { text: string; blocks: Block[] } {
  let text = '';
  const blocks = items.map(([raw, kind = 'paragraph'], i) => {
    const start = text.length;
    text += `${raw} Text.\n`;
    const value = Number(/\d+(?=\D*$)/.exec(raw)?.[0] ?? 0);
    const style = raw.includes('(') ? 'alpha-paren' : /\d\.\d/.test(raw) ? 'multilevel' : 'decimal';
    const v = style === 'alpha-paren' ? raw.charCodeAt(1) - 96 : value;
    return {
      id: `b${i + 1}`, kind, text: 'Text.', level: 1, span: { start, end: text.length }, cites: [], parties: [],
      number: { raw, style, value: v, glued: false },
    } satisfies Block;
  });
  return { text, blocks };
}

describe('checkNumbering', () => {
  it.each([
    ['a clean sequence', [['1.'], ['2.'], ['3.']], []],
    ['a start at 2', [['2.'], ['3.']], [['numbering-gap', '2.', 'Numbering starts at 2, not 1.']]],
    ['a jump', [['1.'], ['2.'], ['14.']], [['numbering-gap', '14.', 'Numbering jumps from 2 to 14.']]],
    ['a restart', [['1.'], ['2.'], ['1.']], [['numbering-restart', '1.', 'Numbering goes back from 2 to 1.']]],
    ['sub-items restarting under each paragraph', [['1.'], ['(a)', 'subitem'], ['(b)', 'subitem'], ['2.'], ['(a)', 'subitem']], []],
    ['a multilevel gap', [['1.1'], ['1.2'], ['2.1'], ['2.3']], [['numbering-gap', '2.3', 'Numbering jumps from 1 to 3.']]],
  ] as const)('reports %s', (_name, items, expected) => {
    const { text, blocks } = numbered(items.map(([raw, kind]) => [raw, kind]));
    const found = checkNumbering(text, blocks).map((w) => [w.kind, text.slice(w.span.start, w.span.end), w.message]);
    expect(found).toEqual(expected);
  });

  it('reports a number glued to its text with the fix', () => {
    const { text, blocks } = numbered([['1.']]);
    const block = blocks[0] as Block;
    block.number = { raw: '1.', style: 'decimal', value: 1, glued: true };
    expect(checkNumbering(text, [block])).toMatchObject([{ kind: 'glued-number', span: { start: 0, end: 2 }, suggestion: '1. ' }]);
  });
});
