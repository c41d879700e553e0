import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalParty, partyList } from '../../../shared/negotiation/parties';
import { parseBrackets } from '../../../shared/negotiation/parse';
import { seededRandom } from '../../../shared/random';

const CORPUS_DRAFT = new URL('../../fixtures/corpus/unfccc-adp-draft-agreement-2015-10-23.md', import.meta.url);

describe('party names of the genre', () => {
  it.each([
    ['G77 and China', 'G77 and China'],
    ['the Group of 77 and China', 'G77 and China'],
    ['G-77/China', 'G77 and China'],
    ['G77 & China', 'G77 and China'],
    ['the European Union and its member States', 'EU and its member States'],
    ['European Union', 'EU'],
    ['the EU', 'EU'],
    ['Group of 77', 'G77'],
    ['LDCs', 'LDCs'],
    ['the Least Developed Countries', 'LDCs'],
    ['AOSIS', 'AOSIS'],
    ['U.S.A.', 'US'],
    ['United States of America', 'US'],
    ['Cote d’Ivoire', 'Côte d\'Ivoire'],
    ['Trinidad and Tobago', 'Trinidad and Tobago'],
  ])('%j is one party, %j', (written, name) => {
    expect(partyList(written)).toEqual([name]);
    expect(canonicalParty(written)).toBe(name);
  });

  it.each([
    ['G77 and China, EU and US', ['G77 and China', 'EU', 'US']],
    ['the European Union and its member States and Japan', ['EU and its member States', 'Japan']],
    ['AOSIS, LDCs and the African Group', ['AOSIS', 'LDCs', 'African Group']],
    ['Norway and Japan', ['Norway', 'Japan']],
    ['Trinidad and Tobago and Bosnia and Herzegovina', ['Trinidad and Tobago', 'Bosnia and Herzegovina']],
  ])('splits %j only between names', (written, names) => {
    expect(partyList(written)).toEqual(names);
  });

  it('keeps a compound name the draft lists as one', () => {
    expect(partyList('Friends of Rivers and Lakes, EU', ['Friends of Rivers and Lakes'])).toEqual(['Friends of Rivers and Lakes', 'EU']);
  });

  it.each([
    ['[G77 and China: Developed countries shall pay.]', ['G77 and China']],
    ['[Developed countries shall pay.] [proposed by the Group of 77 and China]', ['G77 and China']],
    ['[Developed countries shall pay.] (the European Union and its member States proposal)', ['EU and its member States']],
    ['[Parties shall report.] [proposed by LDCs, AOSIS]', ['LDCs', 'AOSIS']],
  ])('reads the attribution of %j as whole names', (text, parties) => {
    expect(parseBrackets(text).brackets[0]?.alternatives[0]?.parties).toEqual(parties);
  });
});

describe('on the corpus’s bracketed draft', () => {
  const draft = readFileSync(CORPUS_DRAFT, 'utf8');

  it('reads no party out of the co-chairs’ text, which attributes nothing', () => {
    // "[of LDCs and SIDs]", "the least developed country (LDC) Parties" and "[Placeholder: ...]" are text, not attributions.
    const named = parseBrackets(draft).brackets.flatMap((b) => b.alternatives.flatMap((a) => a.parties));
    expect(named).toEqual([]);
  });

  it('reads every name attributions add to its paragraphs whole, however they are written', () => {
    const rand = seededRandom(7);
    const spellings: [string, string][] = [
      ['G77 and China', 'G77 and China'],
      ['the Group of 77 and China', 'G77 and China'],
      ['G77/China', 'G77 and China'],
      ['the European Union and its member States', 'EU and its member States'],
      ['LDCs', 'LDCs'],
      ['AOSIS', 'AOSIS'],
      ['the United States', 'US'],
    ];
    const paragraphs = draft.split('\n').filter((line) => /^\d+\.\s+\p{L}/u.test(line) && !/[[\]]/u.test(line)).slice(0, 40);
    const expected: string[][] = [];
    const lines = paragraphs.map((p) => {
      const [a, b] = [spellings[Math.floor(rand() * spellings.length)]!, spellings[Math.floor(rand() * spellings.length)]!];
      const sentence = p.replace(/^\d+\.\s+/u, '');
      expected.push([...new Set([a[1], b[1]])]);
      return `${p.match(/^\d+\./u)?.[0]} [${sentence}] [proposed by ${a[0]}, ${b[0]}]`;
    });
    const read = parseBrackets(lines.join('\n')).brackets.filter((b) => b.depth === 0).map((b) => b.alternatives[0]?.parties);
    expect(read).toEqual(expected);
  });
});
