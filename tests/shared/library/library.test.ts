import { describe, expect, it } from 'vitest';
import { ClauseLibrary, LibraryFormatError } from '../../../shared/library/library';
import type { SearchOptions } from '../../../shared/library/library';
import { decodeLibrary, encodeLibrary } from '../../../shared/library/saved-index';
import { decl, heading, para } from './build';

const WTO = 'We safeguard the multilateral trading system with the WTO at its core.';
const POLITICS = 'We oppose the attempts to politicize the pandemic and stigmatize any country.';
const HEALTH = 'We support the leadership of the World Health Organization in global health governance.';
const TRADE_OTHER = 'Trade and investment are engines of growth for the multilateral system.';

function library(): ClauseLibrary {
  const lib = new ClauseLibrary();
  lib.add(decl('a', [heading('Trade'), para(WTO), para(TRADE_OTHER)], { date: '2019-04-25' }));
  lib.add(decl('b', [heading('Health'), para(POLITICS), para(HEALTH)], { date: '2020-06-18' }));
  lib.add(decl('c', [heading('Trade'), para(WTO)], { date: '2020-09-29' }));
  return lib;
}

const top = (query: string, opts: SearchOptions = {}) => library().search(query, opts).map((h) => h.clause.text);

describe('ClauseLibrary.search', () => {
  it.each([
    ['plain words', 'trading system WTO', WTO],
    ['another inflection', 'politicization of the pandemic', POLITICS],
    ['a small typo', 'multilaterl tradng', WTO],
    ['the word being typed', 'World Heal', HEALTH],
    ['diacritics and case', 'ORGANIZATIÓN leadership', HEALTH],
  ])('finds the clause from %s', (_name, query, expected) => {
    expect(top(query)[0]).toBe(expected);
  });

  it('ranks the clause with the words in the typed order above one merely containing them', () => {
    expect(top('multilateral trading system')).toEqual([WTO, TRADE_OTHER]);
  });

  it.each([
    ['"multilateral trading system"', [WTO]],
    ['“multilateral system”', [TRADE_OTHER]],
    ['"system multilateral"', []],
  ])('a quoted phrase %s must appear word for word', (query, expected) => {
    expect(top(query)).toEqual(expected);
  });

  it.each<[string, SearchOptions['filters'], string[]]>([
    ['source', { source: 'b' }, [POLITICS, HEALTH]],
    ['year', { year: 2019 }, [WTO, TRADE_OTHER]],
    ['section', { section: 'health' }, [POLITICS, HEALTH]],
    ['year with nothing in it', { year: 2001 }, []],
  ])('filters by %s', (_name, filters, expected) => {
    expect(top('we multilateral system pandemic health', { filters }).sort()).toEqual([...expected].sort());
  });

  it('falls back to clauses matching some of the words when none has them all', () => {
    expect(top('pandemic trading')).toEqual(expect.arrayContaining([WTO, POLITICS]));
  });

  it('marks the matched words in the clause text', () => {
    const [hit] = library().search('politicization "any country"');
    const marked = hit?.highlights.map((s) => hit.clause.text.slice(s.start, s.end));
    expect(marked).toEqual(['politicize', 'any country']);
  });

  it('returns nothing for an empty query or function words only', () => {
    expect([top(''), top('the of and ')]).toEqual([[], []]);
  });

  it('respects the limit', () => {
    expect(top('we', { limit: 1 })).toHaveLength(1);
  });
});

describe('ClauseLibrary.search on a large library', () => {
  // More clauses hold "cooperation" than a broad word's best clauses cover (termIndex.ts).
  const COMMON = 'We welcome cooperation between our countries on';
  const topics = ['trade', 'health', 'energy', 'water', 'transport', 'culture', 'tourism', 'finance'];
  function large(): ClauseLibrary {
    const lib = new ClauseLibrary();
    for (let d = 0; d < 80; d++) {
      const paras = Array.from({ length: 100 }, (_, p) => para(`${COMMON} ${topics[p % topics.length]} item ${d * 100 + p} of the agenda.`));
      lib.add(decl(`d${d}`, paras, { date: '2019-01-01' }));
    }
    lib.add(decl('late', [para(`${COMMON} fisheries, as agreed in the joint plan of the two ministries.`)], { date: '2001-05-05' }));
    return lib;
  }

  it('finds a common word and a short prefix with a full page of hits holding it', () => {
    const lib = large();
    for (const query of ['cooperation', 'coo', 'cooperation between fish']) {
      const hits = lib.search(query);
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.clause.text).toMatch(/cooperation/);
    }
    expect(lib.search('cooperation').length).toBe(20);
  });

  it('still finds the one clause a filter or a phrase allows among thousands that match', () => {
    const lib = large();
    expect(lib.search('cooperation', { filters: { year: 2001 } }).map((h) => h.clause.text)).toEqual([`${COMMON} fisheries, as agreed in the joint plan of the two ministries.`]);
    expect(lib.search('"cooperation between our countries on fisheries"')).toHaveLength(1);
  });
});

describe('ClauseLibrary contents', () => {
  it('keeps identical text once, with every source', () => {
    const hit = library().search('"WTO at its core"')[0];
    expect(hit?.clause.sources.map((s) => s.declarationId)).toEqual(['a', 'c']);
  });

  it('removing a declaration keeps clauses another declaration shares', () => {
    const lib = library();
    lib.remove('a');
    expect([lib.search('WTO').map((h) => h.clause.sources.length), lib.search('investment')]).toEqual([[1], []]);
  });

  it.each([
    ['built', (lib: ClauseLibrary) => lib],
    ['loaded', (lib: ClauseLibrary) => ClauseLibrary.load(lib.save())],
  ])('lists a shared clause\'s sources in the order added after the last one is removed (%s)', (_name, form) => {
    const lib = form(library());
    lib.remove('c');
    lib.add(decl('d', [para(WTO), para(WTO)]));
    lib.add(decl('e', [para(WTO)]));
    const sources = lib.search('"WTO at its core"')[0]?.clause.sources;
    expect(sources?.map((s) => `${s.declarationId}/${s.blockId}`)).toEqual(['a/b2', 'd/b1', 'd/b2', 'e/b1']);
  });

  it('re-adding a declaration replaces its clauses', () => {
    const lib = library();
    lib.add(decl('b', [para('We welcome the new health cooperation.')]));
    expect([lib.search('stigmatize').length, lib.search('welcome').length]).toEqual([0, 1]);
  });

  it('counts sources and clauses at both grains', () => {
    const lib = new ClauseLibrary();
    lib.add(decl('a', [para('We act now together. We agree on this.')]));
    expect(lib.stats()).toMatchObject({ sources: 1, clauses: 3, paragraphs: 1, sentences: 2 });
  });
});

describe('ClauseLibrary saved form', () => {
  it('survives a round trip with search results, sources and later changes intact', () => {
    const lib = library();
    const again = ClauseLibrary.load(lib.save());
    expect([again.stats().clauses, again.search('trading system WTO')]).toEqual([lib.stats().clauses, lib.search('trading system WTO')]);
    again.remove('c');
    again.add(decl('d', [para('We welcome the new health cooperation framework.')]));
    expect([again.search('"WTO at its core"')[0]?.clause.sources.map((s) => s.declarationId), again.search('framework').length]).toEqual([['a'], 1]);
  });

  it('changes a loaded library without changing another loaded from the same bytes', () => {
    const bytes = library().save();
    const before = ClauseLibrary.load(bytes).stats();
    const first = ClauseLibrary.load(bytes);
    const second = ClauseLibrary.load(bytes);
    first.remove('a');
    first.add(decl('d', [para('We welcome the new health cooperation framework. It starts today.')]));
    expect(second.search('"WTO at its core"')[0]?.clause.sources.map((s) => s.declarationId)).toEqual(['a', 'c']);
    expect([second.search('framework'), ClauseLibrary.load(bytes).stats()]).toEqual([[], before]);
    expect(first.search('starts today')[0]?.clause).toMatchObject({ grain: 'sentence', text: 'It starts today.' });
  });

  it('saves only the clauses still held', () => {
    const lib = library();
    lib.remove('b');
    expect(ClauseLibrary.load(lib.save()).stats()).toMatchObject({ sources: 2, clauses: lib.stats().clauses });
  });

  const saved = () => library().save();
  const withVersion = (bytes: Uint8Array, version: number) => {
    const copy = bytes.slice();
    new DataView(copy.buffer).setUint32(16, version, true);
    return copy;
  };
  const dangling = () => {
    const parts = decodeLibrary(saved());
    parts.sourceDeclarations[0] = 7;
    return encodeLibrary(parts);
  };
  const fullTable = () => {
    const parts = decodeLibrary(saved());
    parts.index.keySlots.fill(1);
    return encodeLibrary(parts);
  };
  it.each<[string, () => Uint8Array, RegExp]>([
    ['not a library', () => new TextEncoder().encode('{"hello": 1}'), /damaged \(not a Concord clause library\)/],
    ['a newer version', () => withVersion(saved(), 99), /version 99/],
    ['a file cut short', () => saved().subarray(0, 400), /damaged/],
    ['a dangling source', dangling, /declaration #7 is missing/],
    ['a table of clause ids with no empty slot (a lookup would never end)', fullTable, /more entries than clauses/],
  ])('rejects %s with a message saying what is wrong', (_name, bytes, message) => {
    expect(() => ClauseLibrary.load(bytes())).toThrow(message);
    expect(() => ClauseLibrary.load(bytes())).toThrow(LibraryFormatError);
  });
});
