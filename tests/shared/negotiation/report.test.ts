import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bracketReport, trendReport } from '../../../shared/negotiation/report';
import { negotiationChannels } from '../../../shared/negotiation/schemas';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/negotiation/${name}`, import.meta.url), 'utf8');
const zero = { name: 'Zero draft', createdAt: '2031-02-12', text: fixture('water-zero-draft.txt') };
const rev1 = { name: 'Rev.1', createdAt: '2031-04-02', text: fixture('water-rev1.txt') };
const final = { name: 'Final', createdAt: '2031-05-15', text: fixture('water-final.txt') };

describe('bracketReport', () => {
  it('parses, tallies and lists the first brackets when there is no history', () => {
    const report = bracketReport({ text: 'Title\n1. We [shall][should] act [EU: now].', oldest: 1 });
    expect(report.tally.total.open).toBe(2);
    expect(report.tally.parties).toEqual([{ party: 'EU', open: 1, alternatives: 1 }]);
    expect(report.oldest.map((b) => [b.id, b.createdAt])).toEqual([['k1', undefined]]);
  });

  it.each([
    ['[by 2035/by 2040]', '2031-02-12'],
    ['[every two years][at each Meeting of the Parties]', '2031-02-12'],
  ])('dates %s by the version it was opened in', (written, since) => {
    const report = bracketReport({ text: rev1.text, history: [zero], oldest: 20 });
    const bracket = report.oldest.find((b) => rev1.text.slice(b.span.start, b.span.end).startsWith(written));
    expect(bracket?.createdAt).toBe(since);
  });

  it('leaves undated a bracket opened in the text itself', () => {
    const report = bracketReport({ text: 'We [now] act.', history: [{ name: 'v1', createdAt: '2031-01-01', text: 'We act.' }] });
    expect(report.oldest.map((b) => b.createdAt)).toEqual([undefined]);
  });

  it('answers in the shape the channel promises', () => {
    expect(() => negotiationChannels['negotiation.parse'].response.parse(bracketReport({ text: rev1.text }))).not.toThrow();
  });
});

describe('trendReport', () => {
  it('charts the water declaration from dozens of open brackets to none', () => {
    expect(trendReport({ versions: [zero, rev1, final] }).points.map((p) => [p.name, p.open])).toEqual([
      ['Zero draft', 33],
      ['Rev.1', 7],
      ['Final', 0],
    ]);
  });

  it('lists the longest-open brackets of the last version, oldest first', () => {
    const { oldest } = trendReport({ versions: [zero, rev1], oldest: 3 });
    expect(oldest.map((b) => b.createdAt)).toEqual(['2031-02-12', '2031-02-12', '2031-02-12']);
    expect(() => negotiationChannels['negotiation.trend'].response.parse(trendReport({ versions: [zero, rev1] }))).not.toThrow();
  });
});
