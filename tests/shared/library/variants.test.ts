import { describe, expect, it } from 'vitest';
import { ClauseLibrary } from '../../../shared/library/library';
import { libraryVariants, variantGroups } from '../../../shared/library/variants';
import { decl, para } from './build';

const CORE = 'We will safeguard the multilateral trading system with the WTO at its core and oppose protectionism in all its forms';
const AS_CORE = 'We will safeguard the multilateral trading system with the WTO as the core and oppose protectionism in all its forms';
const SHALL = 'We shall safeguard the multilateral trading system with the WTO at its core and oppose protectionism in all its forms';
const HEALTH = 'We support the leadership of the World Health Organization in global public health governance and emergency response';

function libraryOf(...declarations: [string, string[], string?][]): ClauseLibrary {
  const lib = new ClauseLibrary();
  for (const [id, texts, date] of declarations) lib.add(decl(id, texts.map(para), date === undefined ? {} : { date }));
  return lib;
}

const summary = (lib: ClauseLibrary) =>
  variantGroups(lib.all()).map((g) => [g.standard.text, g.variants.map((v) => v.clause.text).sort()]);

describe('variantGroups', () => {
  it.each<[string, [string, string[], string?][], [string, string[]][]]>([
    [
      'the wording most declarations use is the standard form',
      [['a', [CORE]], ['b', [AS_CORE]], ['c', [CORE]], ['d', [SHALL]]],
      [[CORE, [AS_CORE, SHALL].sort()]],
    ],
    ['unrelated clauses are not grouped', [['a', [CORE]], ['b', [HEALTH]]], []],
    ['a clause without a near-twin is left out', [['a', [CORE, HEALTH]], ['b', [AS_CORE]]], [[AS_CORE, [CORE]]]],
    [
      'a one-sentence paragraph meets the same sentence inside a longer paragraph',
      [['a', [CORE], '2019-01-01'], ['b', [`${AS_CORE}. We also welcome the new partners in the region today`]]],
      [[CORE, [`${AS_CORE}.`]]],
    ],
    ['on a tie, the earliest dated wording is the standard', [['a', [AS_CORE], '2020-01-01'], ['b', [CORE], '2019-05-01']], [[CORE, [AS_CORE]]]],
  ])('%s', (_name, declarations, expected) => {
    expect(summary(libraryOf(...declarations))).toEqual(expected);
  });

  it('gives each variant its similarity to the standard form', () => {
    const [group] = variantGroups(libraryOf(['a', [CORE]], ['c', [CORE]], ['b', [AS_CORE]]).all());
    expect(group?.variants[0]?.similarity).toBeGreaterThan(0.5);
    expect(group?.variants[0]?.similarity).toBeLessThan(1);
  });
});

describe('variantGroups details', () => {
  it('shows each variant as a word diff from the standard form', () => {
    const [group] = variantGroups(libraryOf(['a', [CORE]], ['c', [CORE]], ['b', [AS_CORE]]).all());
    const diff = group?.variants[0]?.diff;
    expect(diff?.ops.filter((op) => op.kind !== 'equal').map((op) => [op.kind, op.text.trim()])).toEqual([
      ['delete', 'at its'],
      ['insert', 'as the'],
    ]);
  });

  it.each([
    ['a clause in a group', 'b', 1],
    ['a clause in no group', 'c', 0],
    ['an unknown id', 'nope', 0],
  ])('restricted to %s, returns that group only', (_name, declarationId, groups) => {
    const lib = libraryOf(['a', [CORE]], ['b', [AS_CORE]], ['c', [HEALTH]]);
    const id = [...lib.all()].find((c) => c.sources[0]?.declarationId === declarationId)?.id ?? declarationId;
    expect(variantGroups(lib.all(), { of: id })).toHaveLength(groups);
  });
});

describe('variantGroups limit', () => {
  it('returns the largest groups first, as many as asked', () => {
    const lib = libraryOf(['a', [CORE, HEALTH], '2019-01-01'], ['b', [AS_CORE, HEALTH.replace('support', 'endorse')]], ['c', [SHALL]]);
    expect(variantGroups(lib.all(), { limit: 1 }).map((g) => [g.standard.text, g.variants.length])).toEqual([[CORE, 2]]);
  });

  it('keeps the closest variants when asked for fewer, and counts them all', () => {
    const lib = libraryOf(['a', [CORE]], ['c', [CORE]], ['b', [AS_CORE]], ['d', [SHALL]]);
    const [group] = variantGroups(lib.all(), { variantLimit: 1 });
    expect([group?.size, group?.variants.length]).toEqual([3, 1]);
  });
});

describe('libraryVariants', () => {
  it("grows one clause's group from that clause: the same group as the whole grouping gives", () => {
    const lib = libraryOf(['a', [CORE, HEALTH]], ['b', [AS_CORE]], ['c', [CORE]], ['d', [SHALL]]);
    const id = lib.search('"as the core"')[0]?.clause.id ?? '';
    const texts = (groups: ReturnType<typeof libraryVariants>) => groups.map((g) => [g.standard.text, g.variants.map((v) => v.clause.text).sort(), g.size]);
    expect(texts(libraryVariants(lib, { of: id }))).toEqual(texts(libraryVariants(lib)));
  });

  it("one clause's group takes in a declaration added after it was first asked for", () => {
    const lib = libraryOf(['a', [CORE]], ['b', [HEALTH]]);
    const id = lib.search('"at its core"')[0]?.clause.id ?? '';
    const before = libraryVariants(lib, { of: id });
    lib.add(decl('c', [para(SHALL)]));
    expect([before.length, libraryVariants(lib, { of: id })[0]?.variants.map((v) => v.clause.text)]).toEqual([0, [SHALL]]);
  });


  it('a group already shown takes a new standard form when new declarations use another wording more', () => {
    const lib = libraryOf(['a', [CORE]], ['b', [AS_CORE]], ['c', [CORE]]);
    const standard = () => libraryVariants(lib, { variantLimit: 5 }).map((g) => [g.standard.text, g.standard.sources.length]);
    const before = standard();
    lib.add(decl('d', [para(AS_CORE)]));
    lib.add(decl('e', [para(AS_CORE)]));
    expect([before, standard()]).toEqual([[[CORE, 2]], [[AS_CORE, 3]]]);
  });

  it('follows the library as declarations come and go', () => {
    const lib = libraryOf(['a', [CORE]], ['b', [HEALTH]]);
    const sizes = () => libraryVariants(lib).map((g) => g.size);
    const before = sizes();
    lib.add(decl('c', [para(AS_CORE)]));
    const added = sizes();
    lib.remove('c');
    expect([before, added, sizes()]).toEqual([[], [2], []]);
  });
});
