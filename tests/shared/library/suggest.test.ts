import { describe, expect, it } from 'vitest';
import { hashText } from '../../../shared/library/fingerprint';
import { ClauseLibrary } from '../../../shared/library/library';
import { suggestFor } from '../../../shared/library/suggest';
import { decl, para } from './build';

const CORE = 'We will safeguard the multilateral trading system with the WTO at its core.';
const HEALTH = 'We support the leadership of the World Health Organization in global health governance.';
const CONNECT = 'We support infrastructure connectivity and sustainable transport.';

function library(): ClauseLibrary {
  const lib = new ClauseLibrary();
  lib.add(decl('a', [para(CORE), para(HEALTH)], { title: 'Joint Statement 2020' }));
  lib.add(decl('b', [para(CONNECT)], { title: 'Initiative 2019' }));
  return lib;
}

describe('suggestFor', () => {
  it.each([
    ['a verbatim paragraph scores 1', CORE, CORE, 1],
    ['a lightly edited paragraph scores high', 'We shall safeguard the multilateral trading system with the WTO at its core.', CORE, 0.9],
    ['a loose paraphrase still finds its clause', 'Support for the World Health Organization leadership in health governance', HEALTH, 0.5],
  ])('%s', (_name, paragraph, expected, least) => {
    const [best] = suggestFor(paragraph, library(), 3);
    expect(best?.clause.text).toBe(expected);
    expect(best?.score).toBeGreaterThanOrEqual(least);
  });

  it('orders suggestions by score and respects the limit', () => {
    const scores = suggestFor('We support the multilateral trading system and sustainable transport.', library(), 2).map((s) => s.score);
    expect(scores).toHaveLength(2);
    expect(scores[0]).toBeGreaterThanOrEqual(scores[1] ?? 0);
  });

  it('drops clauses with little in common', () => {
    expect(suggestFor('Fisheries quotas for the northern seas are reviewed annually.', library(), 3)).toEqual([]);
  });

  it('gives the word diff from the clause to the draft', () => {
    const [best] = suggestFor('We shall safeguard the multilateral trading system with the WTO at its core.', library(), 1);
    expect(best?.diff.ops.filter((op) => op.kind !== 'equal').map((op) => [op.kind, op.text.trim()])).toEqual([
      ['delete', 'will'],
      ['insert', 'shall'],
    ]);
  });

  it('carries the provenance to attach on insertion', () => {
    const [best] = suggestFor(CORE, library(), 1);
    expect(best?.provenance).toEqual({ source: 'a', sourceTitle: 'Joint Statement 2020', blockId: 'b1', hash: hashText(CORE), text: CORE });
  });
});
