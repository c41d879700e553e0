import { describe, expect, it } from 'vitest';
import { findDates } from '../../../shared/text/dates';
import { parsePartyList } from '../../../shared/text/parties';

describe('findDates', () => {
  it.each([
    ['held on 18 June 2020 by video', '2020-06-18'],
    ['April 29, 2020', '2020-04-29'],
    ['on Sept. 3, 2019 in Rome', '2019-09-03'],
    ['this 5th day of May 2021', '2021-05-05'],
    ['Updated 2022-10-02', '2022-10-02'],
  ])('reads %j as %s', (text, iso) => {
    expect(findDates(text)[0]?.iso).toBe(iso);
  });

  it.each(['held on April 25 in Beijing', 'in 2013', '31 February 2020', 'Resolution 2020/12'])('finds no full date in %j', (text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe('parsePartyList', () => {
  it.each([
    ['Represented: the Republic of Chile, the Kingdom of Spain and Mongolia.', ['Republic of Chile', 'Kingdom of Spain', 'Mongolia']],
    ['Members (in alphabetical order): Mekong Institute, OECD Development Centre,Pakistan-China Institute, etc.', ['Mekong Institute', 'OECD Development Centre', 'Pakistan-China Institute']],
    ['Signatories: Austria, Belgium. The Minister of Chile sent a written statement.', ['Austria', 'Belgium']],
  ])('reads the parties of %j', (text, parties) => {
    expect(parsePartyList(text)).toEqual(parties);
  });

  it.each(['We agree: trade must remain open, fair and free.', 'See the report of the Panel, 2019.'])('finds no list of parties in %j', (text) => {
    expect(parsePartyList(text)).toEqual([]);
  });
});
