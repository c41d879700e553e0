import { undo } from 'prosemirror-history';
import type { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { resolveInBulk } from '../../../renderer/editor/bulk-commands';
import { mergeSpellings, removeDelegation, saveDelegation, writePartiesBlock } from '../../../renderer/editor/delegation-commands';
import { negotiationOf } from '../../../renderer/editor/negotiation-attr';
import { draftPlugins } from '../../../renderer/editor/state';
import { summarizeDelegations } from '../../../renderer/negotiation/delegations-data';
import { doc, heading, p, parties, party, run, stateOf } from './builder';

const NOW = () => '2031-05-14T10:00:00.000Z';
const texts = (state: EditorState): string[] => {
  const out: string[] = [];
  state.doc.forEach((b) => out.push(b.type.name === 'parties' ? `parties: ${b.textBetween(0, b.content.size, ' | ')}` : b.textContent));
  return out;
};
const must = (state: EditorState | null): EditorState => {
  if (!state) throw new Error('the command declined');
  return state;
};
const draft = () =>
  stateOf(
    doc(
      heading('Commitments'),
      p('We [shall][should] act [now][soon].'),
      p('[EU: Parties report.]'),
      heading('Finance'),
      p('Developed countries [shall] [proposed by the European Union][should] [proposed by G77 and China] pay.'),
      parties(party('Guyana')),
    ),
    draftPlugins(),
  );

describe('resolveInBulk', () => {
  it('keeps alternative 2 in a section, logs each resolution, and one undo brings all back', () => {
    const before = draft();
    const after = must(run(before, resolveInBulk({ kind: 'alternative', section: 'Commitments', alternative: 1 }, 'Chair', NOW)));
    expect(texts(after).slice(0, 3)).toEqual(['Commitments', 'We should act soon.', '[EU: Parties report.]']);
    expect(negotiationOf(after.doc).records.map((r) => [r.resolution.kind, r.resolution.by])).toEqual([
      ['chose', 'Chair'],
      ['chose', 'Chair'],
    ]);
    const back = must(run(after, undo));
    expect(texts(back)).toEqual(texts(before));
    expect(negotiationOf(back.doc).records).toEqual([]);
  });

  it('accepts every proposal of the EU, however written', () => {
    const after = must(run(draft(), resolveInBulk({ kind: 'delegation', party: 'EU', action: 'accept' }, 'Plenary', NOW)));
    expect(texts(after)).toContain('Parties report.');
    expect(texts(after)).toContain('Developed countries shall pay.');
  });

  it('declines without a name or without a bracket to resolve', () => {
    expect(run(draft(), resolveInBulk({ kind: 'delegation', party: 'EU', action: 'drop' }, ' ', NOW))).toBeNull();
    expect(run(draft(), resolveInBulk({ kind: 'delegation', party: 'Japan', action: 'drop' }, 'Chair', NOW))).toBeNull();
  });
});

describe('the Delegations section’s commands', () => {
  it('lists the names the draft uses with the built-in formal names, and saves one with the draft', () => {
    const state = draft();
    const rows = summarizeDelegations(state.doc).rows;
    expect(rows.map((r) => [r.name, r.formal])).toEqual([
      ['EU', 'the European Union'],
      ['G77 and China', 'the Group of 77 and China'],
      ['Guyana', 'the Co-operative Republic of Guyana'],
    ]);
    const saved = must(run(state, saveDelegation({ name: 'Guyana', formal: 'the Co-operative Republic of Guyana', aliases: [], groups: ['G77 and China', 'AOSIS'] })));
    expect(summarizeDelegations(saved.doc).rows.find((r) => r.name === 'Guyana')).toMatchObject({ listed: true, groups: ['G77 and China', 'AOSIS'] });
    expect(negotiationOf(must(run(saved, removeDelegation('Guyana'))).doc).delegations).toEqual([]);
  });

  it('flags "EU" written as "European Union" and merges the spellings in one step', () => {
    const state = draft();
    const [variants] = summarizeDelegations(state.doc).variants;
    expect(variants).toEqual({ name: 'EU', spellings: [{ written: 'EU', count: 1 }, { written: 'European Union', count: 1 }] });
    const merged = must(run(state, mergeSpellings(variants!)));
    expect(texts(merged)[4]).toBe('Developed countries [shall] [proposed by EU][should] [proposed by G77 and China] pay.');
    expect(summarizeDelegations(merged.doc).variants).toEqual([]);
    expect(texts(must(run(merged, undo)))).toEqual(texts(state));
  });

  it.each([
    ['a formal name past 300 characters', { name: 'Guyana', formal: 'x'.repeat(301), aliases: [], groups: [] }],
    ['a group named by nothing', { name: 'Guyana', aliases: [], groups: [''] }],
    ['more than 50 groups', { name: 'Guyana', aliases: [], groups: Array.from({ length: 51 }, (_, i) => `G${i}`) }],
  ])('declines to save %s, leaving the list as it was', (_what, delegation) => {
    const state = draft();
    expect(saveDelegation(delegation)(state)).toBe(false);
    expect(run(state, saveDelegation(delegation))).toBeNull();
  });

  it('writes the parties block from the formal names of the listed States', () => {
    let state = must(run(draft(), saveDelegation({ name: 'Guyana', formal: 'the Co-operative Republic of Guyana', aliases: [], groups: [] })));
    state = must(run(state, saveDelegation({ name: 'G77 and China', group: true, aliases: [], groups: [] })));
    state = must(run(state, saveDelegation({ name: 'Japan', formal: 'Japan', aliases: [], groups: [] })));
    expect(texts(must(run(state, writePartiesBlock))).at(-1)).toBe('parties: the Co-operative Republic of Guyana | Japan');
  });
});
