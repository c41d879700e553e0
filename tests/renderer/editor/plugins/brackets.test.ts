import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import type { Decoration } from 'prosemirror-view';
import { doc, p } from '../builder';
import type { Built } from '../builder';
import { stateOf } from '../builder';
import { brackets, bracketsKey } from '../../../../renderer/editor/plugins/brackets';

const editor = (built: Built): EditorState => stateOf(built, [brackets()]);

/** The decorated stretches as "class:text", in document order. */
function drawn(state: EditorState, cls: string): string[] {
  const set = bracketsKey.getState(state)?.decorations;
  return (set?.find() ?? [])
    .filter((d: Decoration) => String((d as unknown as { type: { attrs: { class?: string } } }).type.attrs.class ?? '').split(' ').includes(cls))
    .sort((a, b) => a.from - b.from)
    .map((d) => state.doc.textBetween(d.from, d.to));
}

function badges(state: EditorState): string[] {
  const set = bracketsKey.getState(state)?.decorations;
  return (set?.find() ?? []).map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-open'] ?? '').filter(Boolean);
}

describe('brackets plugin', () => {
  it.each([
    ['a lone bracket', 'We [shall] act.', ['[shall]'], ['[', ']']],
    ['alternatives, each tinted', 'We [shall][should] act.', ['[shall]', '[should]'], ['[', ']', '[', ']']],
    ['nesting, inner inside outer', 'We [act [now]].', ['[act [now]]', '[now]'], ['[', '[', ']', ']']],
    ['slash alternatives, marks on the pair', 'By [2030/2035].', ['2030', '2035'], ['[', ']']],
    ['editorial brackets, left alone', 'As noted [1] and [sic].', [], []],
  ])('draws %s', (_name, text, tinted, marks) => {
    const state = editor(doc(p(text)));
    expect(drawn(state, 'cn-bracket')).toEqual(tinted);
    expect(drawn(state, 'cn-bracket-mark')).toEqual(marks);
  });

  it.each([
    ['an attribution after an alternative', '[shall] [proposed by EU] act.', ['[proposed by EU]']],
    ['a prefix attribution', '[EU: promptly] act.', ['EU:']],
    ['a note after the bracket', '[shall] [Note: check] act.', ['[Note: check]']],
  ])('draws %s as a chip', (_name, text, chips) => {
    expect(drawn(editor(doc(p(text))), 'cn-bracket-chip')).toEqual(chips);
  });

  it('sets apart alternatives after the first', () => {
    expect(drawn(editor(doc(p('[shall][should][may]'))), 'cn-bracket-sep')).toEqual(['[', '[']);
  });

  it('badges each paragraph with its open brackets', () => {
    expect(badges(editor(doc(p('We [shall][should] act [now].'), p('Agreed.'), p('[All].'))))).toEqual(['2', '1']);
  });

  it('follows typing: closing a bracket draws it, deleting one clears it', () => {
    let state = editor(doc(p('We [shall act.')));
    expect(drawn(state, 'cn-bracket')).toEqual([]);
    state = state.apply(state.tr.insertText(']', 1 + 'We [shall'.length));
    expect(drawn(state, 'cn-bracket')).toEqual(['[shall]']);
    state = state.apply(state.tr.delete(1 + 'We '.length, 1 + 'We [shall]'.length));
    expect(drawn(state, 'cn-bracket')).toEqual([]);
    expect(badges(state)).toEqual([]);
  });
});
