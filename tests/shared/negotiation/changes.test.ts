import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bracketChanges, countBracketChanges } from '../../../shared/negotiation/changes';
import { datedBrackets, oldestOpen, openBracketTrend } from '../../../shared/negotiation/history';
import { parseBrackets } from '../../../shared/negotiation/parse';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/negotiation/${name}`, import.meta.url), 'utf8');
const kinds = (before: string, after: string) => bracketChanges(before, after).map((c) => [c.kind, c.summary]);

describe('bracketChanges', () => {
  it.each([
    ['Parties [shall][should] act.', 'Parties should act.', [['chose', 'kept “should”, dropped “shall”']]],
    ['We [strongly] urge.', 'We strongly urge.', [['kept', 'brackets removed, text kept: “strongly”']]],
    ['We [strongly] urge.', 'We urge.', [['deleted', 'bracketed text deleted: “strongly”']]],
    ['Parties [shall][should] act.', 'Parties must act.', [['replaced', 'bracketed text replaced by “must”']]],
    ['We urge.', 'We [strongly] urge.', [['opened', 'bracket opened: “strongly”']]],
    ['We act.', 'We [act][wait].', [['opened', 'alternatives opened: “act” / “wait”']]],
    ['Parties [shall][should] act.', 'Parties [should] act.', [['changed', 'still bracketed; dropped “shall”']]],
    ['Parties [shall/should] act.', 'Parties [shall/should/must] act.', [['changed', 'still bracketed; added “must”']]],
    ['We [strongly] urge.', 'We [strongly] urge all.', []],
    ['Option 1: We agree.\nOption 2: We note.\nNext.', 'We note.\nNext.', [['chose', 'kept “We note.”, dropped “We agree.”']]],
  ])('reads %j → %j as bracket changes', (before, after, expected) => {
    expect(kinds(before, after)).toEqual(expected);
  });

  it('reads nested brackets one by one', () => {
    expect(kinds('We [act [now]].', 'We act.')).toEqual([
      ['kept', 'brackets removed, text kept: “act [now]”'],
      ['deleted', 'bracketed text deleted: “now”'],
    ]);
    expect(kinds('We [act [now]].', 'We [act].')).toEqual([['deleted', 'bracketed text deleted: “now”']]);
  });

  it('does not report brackets that went with a dropped alternative', () => {
    expect(kinds('We [act [now]][wait].', 'We wait.')).toEqual([['chose', 'kept “wait”, dropped “act [now]”']]);
  });

  it('locates each change in both texts', () => {
    const [change] = bracketChanges('Parties [shall][should] act.', 'Parties should act.');
    expect(change).toMatchObject({ before: { id: 'k1', span: { start: 8, end: 23 } }, after: { span: { start: 8, end: 14 } }, chosen: 1 });
  });

  it('counts brackets opened and closed', () => {
    const changes = bracketChanges('We [a] and [b][c] and [d].', 'We a and [b] and [e] [f].');
    expect(countBracketChanges(changes)).toEqual({ opened: 1, closed: 2, changed: 1 });
  });
});

describe('the water declaration across its versions', () => {
  const versions = [
    { name: 'Zero draft', createdAt: '2031-02-12', text: fixture('water-zero-draft.txt') },
    { name: 'Rev.1', createdAt: '2031-04-02', text: fixture('water-rev1.txt') },
    { name: 'Final', createdAt: '2031-05-15', text: fixture('water-final.txt') },
  ];

  it('goes from dozens of open brackets to none', () => {
    expect(openBracketTrend(versions).map((p) => [p.name, p.open, p.unbalanced])).toEqual([
      ['Zero draft', 33, 0],
      ['Rev.1', 7, 0],
      ['Final', 0, 0],
    ]);
  });

  it('reads the zero draft’s attributions', () => {
    const tally = parseBrackets(versions[0]!.text).brackets.flatMap((b) => b.alternatives.flatMap((a) => a.parties));
    expect([...new Set(tally)].sort()).toEqual(['AOSIS', 'EU', 'G77', 'G77 and China', 'US']);
  });

  it('closes every bracket between Rev.1 and the final text and opens none', () => {
    expect(countBracketChanges(bracketChanges(versions[1]!.text, versions[2]!.text))).toEqual({ opened: 0, closed: 7, changed: 0 });
  });

  it('dates each bracket still open by the version it first appeared in', () => {
    const dated = datedBrackets(versions.slice(0, 2));
    expect(dated.map((b) => b.createdAt)).toEqual(Array(7).fill('2031-02-12'));
    expect(oldestOpen(dated, 2).map((b) => b.id)).toEqual(['k1', 'k2']);
  });

  it('dates a bracket opened in a later version by that version', () => {
    const dated = datedBrackets([
      { name: 'A', createdAt: '2031-01-01', text: 'We [act] now.' },
      { name: 'B', createdAt: '2031-02-01', text: 'We [act] now [today].' },
    ]);
    expect(dated.map((b) => [b.alternatives[0]?.text, b.createdAt])).toEqual([
      ['act', '2031-01-01'],
      ['today', '2031-02-01'],
    ]);
  });

  it.each(['unbalanced-unclosed.txt', 'unbalanced-unopened.txt', 'unbalanced-nested.txt'])('reports the unbalanced bracket of %s', (name) => {
    const parse = parseBrackets(fixture(name));
    expect(parse.problems).toHaveLength(1);
    expect(parse.problems[0]?.line).toBe(1);
  });
});
