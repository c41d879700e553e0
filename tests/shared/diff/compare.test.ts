import { describe, expect, it } from 'vitest';
import { compareDeclarations } from '../../../shared/diff/compare';
import type { CompareSide, IgnoreOptions } from '../../../shared/diff/schemas';
import { sideFromDeclaration, sideFromText } from '../../../shared/diff/side';
import { seededRandom } from '../../../shared/random';
import { readDeclarationText } from '../../../shared/text/read';

/** A side from paragraph texts; "3. text" keeps "3." as the number. */
function side(...paras: string[]): CompareSide {
  return {
    title: '',
    paragraphs: paras.map((p, k) => {
      const m = /^(\d+\.)\s(.*)$/u.exec(p);
      return m ? { id: `p${k}`, number: m[1], text: m[2] ?? '' } : { id: `p${k}`, text: p };
    }),
  };
}

const P = {
  health: 'We agree to strengthen cooperation on public health and vaccines.',
  trade: 'Trade shall remain open, fair and free of discrimination for all partners.',
  data: 'We will share timely and necessary information with all countries in need.',
  thanks: 'We thank the host country for its warm hospitality. We look forward to meeting again next year.',
};
const off: IgnoreOptions = { numbering: false, case: false, punctuation: false, whitespace: false, quotes: false, emphasis: false };
const kinds = (a: CompareSide, b: CompareSide, ignore: Partial<IgnoreOptions> = {}) =>
  compareDeclarations(a, b, { ignore: { ...off, ...ignore } }).rows.map((r) => r.kind);

describe('paragraph alignment', () => {
  it.each<[string, CompareSide, CompareSide, string[]]>([
    ['equal', side(P.health, P.trade), side(P.health, P.trade), ['equal', 'equal']],
    ['changed', side(P.health, P.trade), side(P.health, P.trade.replace('fair', 'just')), ['equal', 'changed']],
    ['inserted', side(P.health, P.trade), side(P.health, P.data, P.trade), ['equal', 'inserted', 'equal']],
    ['deleted', side(P.health, P.data, P.trade), side(P.health, P.trade), ['equal', 'deleted', 'equal']],
    ['moved', side(P.health, P.trade, P.data, P.thanks), side(P.trade, P.data, P.health, P.thanks), ['moved', 'equal', 'equal', 'moved', 'equal']],
    ['moved-changed', side(P.health, P.trade, P.data, P.thanks), side(P.trade, P.data, P.health.replace('vaccines', 'medicines'), P.thanks), ['moved-changed', 'equal', 'equal', 'moved-changed', 'equal']],
    ['split', side(P.health, P.thanks), side(P.health, 'We thank the host country for its warm hospitality.', 'We look forward to meeting again next year.'), ['equal', 'split']],
    ['merged', side(P.health, 'We thank the host country for its warm hospitality.', 'We look forward to meeting again next year.'), side(P.health, P.thanks), ['equal', 'merged']],
  ])('finds a paragraph %s', (_, a, b, expected) => {
    expect(kinds(a, b)).toEqual(expected);
  });

  it('links both ends of a move', () => {
    const c = compareDeclarations(side(P.health, P.trade, P.data), side(P.trade, P.data, P.health), {});
    const from = c.rows.findIndex((r) => r.move?.end === 'from');
    const to = c.rows.findIndex((r) => r.move?.end === 'to');
    expect(c.rows[from]?.move?.peer).toBe(to);
    expect(c.rows[to]?.move?.peer).toBe(from);
    expect(c.summary.paragraphs.moved).toBe(1);
  });
});

describe('ignore switches', () => {
  it.each<[string, CompareSide, CompareSide, Partial<IgnoreOptions>]>([
    ['renumbering after an insertion', side(`1. ${P.health}`, `2. ${P.trade}`), side(`1. ${P.health}`, `2. ${P.data}`, `3. ${P.trade}`), { numbering: true }],
    ['case', side(P.health), side(P.health.toUpperCase()), { case: true }],
    ['punctuation', side(P.trade), side(P.trade.replaceAll(',', '')), { punctuation: true }],
    ['whitespace', side(P.trade), side(P.trade.replaceAll(' ', '  ')), { whitespace: true }],
    ['quote and dash style', side('We support the “Health Silk Road” – together.'), side('We support the "Health Silk Road" - together.'), { quotes: true }],
  ])('reports nothing but real changes when ignoring %s', (_, a, b, ignore) => {
    expect(kinds(a, b, ignore).filter((k) => k !== 'equal' && k !== 'inserted')).toEqual([]);
    expect(kinds(a, b).filter((k) => k !== 'equal' && k !== 'inserted').length).toBeGreaterThan(0);
  });

  it('reports one move in a text of 1,200 numbered paragraphs, not the four-digit numbers it shifted', () => {
    const rand = seededRandom(3);
    const vocabulary = P.thanks.split(' ').concat(P.trade.split(' '), P.data.split(' '));
    const texts = Array.from({ length: 1200 }, () => Array.from({ length: 14 }, () => vocabulary[Math.floor(rand() * vocabulary.length)]).join(' ') + '.');
    const moved = [...texts.slice(1, 1100), texts[0] ?? '', ...texts.slice(1100)];
    const read = (paras: string[]) => sideFromDeclaration(readDeclarationText(paras.map((t, k) => `${k + 1}. ${t}`).join('\n\n'), { name: 'long.txt' }).declaration);
    const [a, b] = [read(texts), read(moved)];
    const c = compareDeclarations(a, b, { ignore: { ...off, numbering: true } });
    expect(c.summary.changes.map((ch) => ch.kind)).toEqual(['moved']);
    // Paragraphs 1000 to 1100 kept their text, "1051." now numbered "1050.", and so on.
    const row = c.rows.find((r) => r.a[0] === 1050);
    expect(row?.kind).toBe('equal');
    expect(row?.number).toEqual({ a: '1051.', b: '1050.', changed: false });
    expect(c.rows[1100]?.where).toEqual({ a: 'para 1', b: 'para 1100' });
    // Without the switch, the shifted numbers are changes of their own.
    const strict = compareDeclarations(a, b, { ignore: off });
    expect(strict.summary.changes.length).toBeGreaterThan(1000);
  });

  it('shows the real new text in equal stretches after ignoring case', () => {
    const c = compareDeclarations(side('We Agree.'), side('we agree.'), { ignore: { ...off, case: true } });
    expect(c.rows[0]?.ops.map((o) => o.text).join('')).toBe('we agree.');
  });
});

describe('summary and budget', () => {
  it('counts paragraphs and words and lists changes in document order', () => {
    const c = compareDeclarations(side(P.health, P.trade, P.thanks), side(P.health, P.data, P.trade.replace('fair', 'just')), {});
    expect(c.summary.paragraphs).toMatchObject({ equal: 1, inserted: 1, changed: 1, deleted: 1 });
    expect(c.summary.changes.map((ch) => ch.kind)).toEqual(['inserted', 'changed', 'deleted']);
    expect(c.summary.words.inserted).toBe(12 + 1);
  });

  it('falls back to paragraph level with a notice when the budget is spent', () => {
    const many = Array.from({ length: 300 }, (_, k) => `${P.trade} Paragraph ${k}.`);
    const c = compareDeclarations(side(...many), side(...many.map((p) => p.replace('fair', 'just'))), { budgetMs: 0.001 });
    expect(c.notice).toMatch(/budget/u);
    expect(c.rows.length).toBeGreaterThan(0);
  });

  it('explains invalid input in words', () => {
    expect(() => compareDeclarations({ title: '', paragraphs: [{ id: '', text: 'x' }] }, side('x'), {})).toThrow(/old side is not valid/u);
  });

  it('still refuses a side built from a declaration with a block without an id, or a built side that crossed a boundary', () => {
    const declaration = readDeclarationText('We agree.\n\nWe thank the host.', { name: 'a.txt' }).declaration;
    const nameless = { ...declaration, blocks: declaration.blocks.map((b, k) => (k === 0 ? { ...b, id: '' } : b)) };
    expect(() => compareDeclarations(sideFromDeclaration(nameless), side('x'))).toThrow(/old side is not valid/u);
    const copied = structuredClone(sideFromText('We agree.'));
    copied.paragraphs[0] = { id: '', text: 'We agree.' };
    expect(() => compareDeclarations(side('x'), copied)).toThrow(/new side is not valid/u);
    expect(compareDeclarations(sideFromDeclaration(declaration), sideFromText('We agree.')).rows.length).toBeGreaterThan(0);
  });
});
