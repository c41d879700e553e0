import { describe, expect, it } from 'vitest';
import { clauseId, clausesOf } from '../../../shared/library/clauses';
import { decl, heading, para, preamble, title } from './build';
import type { BlockSpec } from './build';

const texts = (specs: BlockSpec[]) => clausesOf(decl('d', specs)).map((c) => [c.grain, c.text]);

describe('clausesOf', () => {
  it.each<[string, BlockSpec[], [string, string][]]>([
    ['a one-sentence paragraph is one paragraph clause', [para('We uphold multilateralism firmly.')], [['paragraph', 'We uphold multilateralism firmly.']]],
    [
      'a two-sentence paragraph also yields its sentences',
      [para('We uphold multilateralism. We oppose protectionism.')],
      [
        ['paragraph', 'We uphold multilateralism. We oppose protectionism.'],
        ['sentence', 'We uphold multilateralism.'],
        ['sentence', 'We oppose protectionism.'],
      ],
    ],
    ['titles and headings are not clauses', [title('Joint Statement of Ministers'), heading('Towards a Health Silk Road')], []],
    ['preambles are clauses', [preamble('Recalling the spirit of Bandung,')], [['paragraph', 'Recalling the spirit of Bandung,']]],
    ['fragments under three words are skipped', [para('Jointly propose:')], []],
    ['whitespace is collapsed', [para('We  uphold\n multilateralism now.')], [['paragraph', 'We uphold multilateralism now.']]],
  ])('%s', (_name, specs, expected) => {
    expect(texts(specs)).toEqual(expected);
  });

  it.each<[string, BlockSpec]>([
    ['signatures', ['signature', 'Done at Beijing on 18 June 2020']],
    ['party lists', ['parties', 'China, Thailand, Russia, South Africa']],
    ['footnotes', ['footnote', 'The following countries joined this statement']],
    ['meta lines', ['meta', 'Beijing, 18 June 2020, video conference']],
  ])('skips %s', (_name, block) => {
    expect(texts([block])).toEqual([]);
  });

  it.each([
    ['We* recognize the threat.', ['*'], 'We recognize the threat.'],
    ['the partners**, held a meeting', ['**'], 'the partners, held a meeting'],
    ['We recognize 5 * 3 as a product', ['*'], 'We recognize 5 * 3 as a product'],
    ['as noted[1] by the ministers', ['[1]'], 'as noted by the ministers'],
  ])('drops the footnote markers %j cites', (text, cites, expected) => {
    const d = decl('d', [para(text)]);
    d.blocks[0] = { ...d.blocks[0]!, cites };
    expect(clausesOf(d)[0]?.text).toBe(expected);
  });

  it('keeps the section heading, date, title and parties on each source', () => {
    const d = decl('d7', [heading('Trade'), para('We support the multilateral trading system.')], {
      title: 'Joint Statement',
      date: '2020-06-18',
      parties: ['China', 'Chile'],
    });
    expect(clausesOf(d)[0]?.sources).toEqual([
      { declarationId: 'd7', title: 'Joint Statement', blockId: 'b2', heading: 'Trade', date: '2020-06-18', parties: ['China', 'Chile'] },
    ]);
  });

  it('gives the same id to the same text whatever the quotes and spacing', () => {
    const [a] = clausesOf(decl('a', [para('We build a “community” of health.')]));
    const [b] = clausesOf(decl('b', [para('We build a  "community" of health.')]));
    expect(a?.id).toBe(b?.id);
  });

  it.each([['We  act now.'], [' We act now.'], ['We act now. '], ['We\tact now.'], ['We act\nnow.'], ['We act now.']])('gives %j the id of its plain spacing', (text) => {
    expect(clauseId('paragraph', text)).toBe(clauseId('paragraph', 'We act now.'));
  });

  it('tells texts apart by case and punctuation', () => {
    expect(new Set(['We act now.', 'we act now.', 'We act now!'].map((text) => clauseId('paragraph', text))).size).toBe(3);
  });
});
