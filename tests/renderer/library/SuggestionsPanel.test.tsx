// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clause } from '../../../shared/model';
import { reactTestRoot } from '../react-root';

const asked: string[] = [];
vi.mock('../../../renderer/api', () => ({
  call: vi.fn(async (channel: string, request: { paragraph: string }) => {
    if (channel !== 'library.suggest') throw new Error(`unexpected ${channel}`);
    asked.push(request.paragraph);
    return [suggestion];
  }),
}));

const { SuggestionsPanel, worthSuggesting } = await import('../../../renderer/library/SuggestionsPanel');

const clause: Clause = { id: 'c1', grain: 'paragraph', text: 'We support the multilateral trading system.', sources: [{ declarationId: 'hsr', title: 'Health Silk Road', blockId: 'b7', parties: [] }] };
// From the clause to the user's paragraph, as the engine sends it.
const suggestion = {
  clause,
  score: 0.86,
  diff: { ops: [{ kind: 'equal' as const, text: 'We ' }, { kind: 'delete' as const, text: 'support' }, { kind: 'insert' as const, text: 'back' }, { kind: 'equal' as const, text: ' the multilateral trading system.' }], inserted: 1, deleted: 1 },
  provenance: { source: 'hsr', sourceTitle: 'Health Silk Road', blockId: 'b7', hash: 'h', text: clause.text },
};

const dom = reactTestRoot();
beforeEach(() => {
  asked.length = 0;
});

describe('worthSuggesting', () => {
  it.each([
    [null, false],
    ['', false],
    ['1. Trade', false],
    ['We back the multilateral trading system.', true],
  ])('%j → %s', (paragraph, expected) => expect(worthSuggesting(paragraph)).toBe(expected));
});

describe('SuggestionsPanel', () => {
  it('asks once the cursor rests and shows what Replace would change, with buttons that hand the suggestion back', async () => {
    const onReplace = vi.fn();
    const onInsert = vi.fn();
    const render = (paragraph: string | null) => dom.render(<SuggestionsPanel paragraph={paragraph} onReplace={onReplace} onInsert={onInsert} />);
    render('We back the multilateral');
    await dom.tick(100);
    render('We back the multilateral trading system.');
    await dom.tick(300);
    expect(asked).toEqual(['We back the multilateral trading system.']);
    expect(dom.host.querySelector('.lib-similarity')?.textContent).toBe('86% match');
    // Replace removes the user's "back" and brings in the clause's "support".
    expect(dom.host.querySelector('.lib-diff del')?.textContent).toBe('back');
    expect(dom.host.querySelector('.lib-diff ins')?.textContent).toBe('support');
    const [replace, insert] = [...dom.host.querySelectorAll('.lib-suggestion button')] as HTMLButtonElement[];
    act(() => replace?.click());
    act(() => insert?.click());
    expect(onReplace).toHaveBeenCalledWith(suggestion);
    expect(onInsert).toHaveBeenCalledWith(suggestion);
  });

  it('asks nothing while the cursor is outside a paragraph', async () => {
    dom.render(<SuggestionsPanel paragraph={null} onReplace={vi.fn()} onInsert={vi.fn()} />);
    await dom.tick(500);
    expect(asked).toEqual([]);
    expect(dom.host.textContent).toContain('Put the cursor in a paragraph');
  });
});
