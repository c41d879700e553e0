import { describe, expect, it } from 'vitest';
import { applyBulk, planBulk } from '../../../shared/negotiation/bulk';
import type { BulkRule } from '../../../shared/negotiation/bulk';
import { newNegotiation, undoLogged } from '../../../shared/negotiation/log';
import { parseBrackets } from '../../../shared/negotiation/parse';

const META = { at: '2031-05-14T10:00:00.000Z', by: 'Chair' };
const TEXT = [
  'I. Commitments',
  '1. We [shall][should] act [now][soon].',
  '2. [EU: We agree.]',
  'II. Finance',
  '3. Developed countries [shall] [proposed by G77 and China][should] [proposed by the EU] pay [more [and better]].',
  '4. [Parties shall report.] [proposed by the European Union]',
  '5. [a][b] [proposed by EU][c]',
].join('\n');

const resolve = (rule: BulkRule) => {
  const parse = parseBrackets(TEXT);
  const plan = planBulk(parse, rule);
  return { plan, ...applyBulk(newNegotiation(), TEXT, plan, META) };
};
const line = (text: string, n: number) => text.split('\n')[n];

describe('bulk resolution', () => {
  it('keeps alternative 2 of every bracket in a section, and leaves lone brackets open', () => {
    const { text, plan, records } = resolve({ kind: 'alternative', section: 'I. Commitments', alternative: 1 });
    expect(line(text, 1)).toBe('1. We should act soon.');
    expect(line(text, 2)).toBe('2. [EU: We agree.]');
    expect(records).toHaveLength(2);
    expect(plan.skipped.map((s) => s.reason)).toEqual(['has one alternative']);
  });

  it('keeps the text of lone brackets for alternative 1', () => {
    const { text } = resolve({ kind: 'alternative', section: 'I. Commitments', alternative: 0 });
    expect(line(text, 2)).toBe('2. We agree.');
  });

  it('accepts every proposal of a delegation, however its name is written', () => {
    const { text, records } = resolve({ kind: 'delegation', party: 'European Union', action: 'accept' });
    expect(line(text, 2)).toBe('2. We agree.');
    expect(line(text, 4)).toBe('3. Developed countries should pay [more [and better]].');
    expect(line(text, 5)).toBe('4. Parties shall report.');
    expect(line(text, 6)).toBe('5. b');
    expect(records.map((r) => r.resolution.kind)).toEqual(['chose', 'kept', 'chose', 'kept']);
  });

  it('drops every proposal of a delegation, and leaves a choice among three to the room', () => {
    const { text, plan } = resolve({ kind: 'delegation', party: 'EU', action: 'drop' });
    // A paragraph bracketed whole goes with its bracket.
    expect(text).not.toContain('We agree');
    expect(line(text, 3)).toBe('3. Developed countries shall pay [more [and better]].');
    expect(text).not.toContain('Parties shall report');
    expect(line(text, 4)).toBe('5. [a][b] [proposed by EU][c]');
    expect(plan.skipped.map((s) => s.reason)).toEqual(['dropping one of 3 alternatives leaves the others open; choose among them']);
  });

  it('resolves a bracket with what it holds: nested brackets go with their parent', () => {
    const { plan } = resolve({ kind: 'alternative', section: 'II. Finance', alternative: 0 });
    expect(plan.choices.map((c) => c.bracket.alternatives[0]?.text)).not.toContain('and better');
  });

  it('logs each resolution so that any one can be undone alone', () => {
    const { text, log } = resolve({ kind: 'delegation', party: 'EU', action: 'accept' });
    const undone = undoLogged(log, text, 0);
    expect(line(undone.text, 6)).toBe('5. [a][b] [proposed by EU][c]');
    expect(line(undone.text, 2)).toBe('2. We agree.');
    expect(undone.log.records).toHaveLength(3);
  });

  it('does nothing for a delegation no bracket names', () => {
    expect(resolve({ kind: 'delegation', party: 'Japan', action: 'accept' }).records).toEqual([]);
  });
});

describe('bulk resolution of proposers kept as data (a compilation)', () => {
  // "[We agree.]" proposed by "European Union" as the return spelled it, stored beside the text.
  const text = 'We note. [We agree.] [shall][should] act.';
  const parse = parseBrackets(text, {
    attributions: [
      { from: 9, to: 20, parties: ['European Union'] },
      { from: 28, to: 36, parties: ['European Union'] },
    ],
  });

  it.each(['European Union', 'EU'])('accepts every proposal of the delegation named %s', (party) => {
    const plan = planBulk(parse, { kind: 'delegation', party, action: 'accept' });
    expect(plan.choices.map((c) => c.choice)).toEqual([{ kind: 'kept' }, { kind: 'chose', alternative: 1 }]);
    expect(applyBulk(newNegotiation(), text, plan, META).text).toBe('We note. We agree. should act.');
  });
});
