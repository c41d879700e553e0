import { describe, expect, it } from 'vitest';
import { BUILT_IN_DELEGATIONS, nameKey } from '../../../shared/negotiation/delegation-list';
import { delegationRows, mergeSpellingEdits, parserParties, spellingVariants } from '../../../shared/negotiation/delegations';
import { newNegotiation } from '../../../shared/negotiation/log';
import { Negotiation } from '../../../shared/negotiation/model';
import { parseBrackets } from '../../../shared/negotiation/parse';
import { applyEdit } from '../../../shared/negotiation/resolve';

const TEXT = [
  '1. We [act] [proposed by EU][wait] [proposed by the European Union].',
  '2. [USA: Parties shall report.]',
  '3. [Parties may report.] [proposed by the United States, Guyana]',
  '4. [European Union, Japan: Finance flows.]',
].join('\n');

describe('the built-in list', () => {
  it('gives no spelling to two delegations, and lists every group it cites', () => {
    // A delegation may list spellings alike but for separators ("G77/China", "G77 & China"): lists are cut by them.
    const keys = BUILT_IN_DELEGATIONS.flatMap((d) => [...new Set([d.name, ...d.aliases].map(nameKey))]);
    expect(new Set(keys).size).toBe(keys.length);
    const names = new Set(BUILT_IN_DELEGATIONS.map((d) => d.name));
    expect(BUILT_IN_DELEGATIONS.flatMap((d) => d.groups).filter((g) => !names.has(g))).toEqual([]);
  });

  it('gives formal names', () => {
    expect(BUILT_IN_DELEGATIONS.find((d) => d.name === 'Guyana')).toMatchObject({ formal: 'the Co-operative Republic of Guyana', groups: ['G77 and China', 'AOSIS'] });
  });
});

describe('a draft’s delegations', () => {
  const parse = parseBrackets(TEXT);

  it('lists the draft’s own, then every name its attributions, authors and parties block use, with formal names and groups', () => {
    const log = { ...newNegotiation(), delegations: [{ name: 'Japan', formal: 'Japan', aliases: [], groups: ['Umbrella Group'] }] };
    const rows = delegationRows(log, parse, [{ name: 'Guyana', source: 'parties block' }, { name: 'Ana Ruiz', source: 'author' }]);
    expect(rows.map((r) => [r.name, r.listed, r.open, r.sources])).toEqual([
      ['Japan', true, 1, ['attribution']],
      ['EU', false, 2, ['attribution']],
      ['US', false, 2, ['attribution']],
      ['Guyana', false, 1, ['attribution', 'parties block']],
      ['Ana Ruiz', false, 0, ['author']],
    ]);
    expect(rows.find((r) => r.name === 'Guyana')?.formal).toBe('the Co-operative Republic of Guyana');
  });

  it('flags a name written two ways across the attributions', () => {
    expect(spellingVariants(TEXT, parse)).toEqual([
      { name: 'EU', spellings: [{ written: 'European Union', count: 2 }, { written: 'EU', count: 1 }] },
      { name: 'US', spellings: [{ written: 'United States', count: 1 }, { written: 'USA', count: 1 }] },
    ]);
  });

  it('merges the spellings into one, in attributions only', () => {
    const [eu] = spellingVariants(TEXT, parse);
    const merged = mergeSpellingEdits(TEXT, parse, eu!).reduce(applyEdit, TEXT);
    expect(merged).toBe(TEXT.replace('the European Union]', 'EU]').replace('[European Union, Japan', '[EU, Japan'));
    expect(spellingVariants(merged, parseBrackets(merged)).map((v) => v.name)).toEqual(['US']);
  });

  it('gives the parser the draft’s names', () => {
    expect(parserParties({ parties: ['Norway'], delegations: [{ name: 'Guyana', aliases: [], groups: [] }] })).toEqual(['Norway', 'Guyana']);
  });

  it('reads a log without delegations (made before the list existed) and refuses a nameless one', () => {
    expect(Negotiation.parse({ schemaVersion: 1, parties: [], records: [] }).delegations).toEqual([]);
    expect(Negotiation.safeParse({ schemaVersion: 1, delegations: [{ name: ' ' }] }).error?.issues[0]?.message).toBe('A delegation needs a name.');
  });
});

describe('proposers kept as data (a compilation’s)', () => {
  const text = '1. We [act] [proposed by the European Union][wait].';
  const wait = text.indexOf('[wait]');
  const parse = parseBrackets(text, { attributions: [{ from: wait, to: wait + '[wait]'.length, parties: ['EU'] }] });

  it('are flagged with the text’s spellings, and only the text is rewritten', () => {
    const [eu] = spellingVariants(text, parse);
    expect(eu?.spellings.map((s) => s.written).sort()).toEqual(['EU', 'European Union']);
    expect(mergeSpellingEdits(text, parse, eu!).reduce(applyEdit, text)).toBe('1. We [act] [proposed by EU][wait].');
  });
});
