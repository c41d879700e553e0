import { describe, expect, it } from 'vitest';
import type { EditorState } from 'prosemirror-state';
import { doc, heading, p, run, stateOf, up } from './builder';
import type { Built } from './builder';
import { draftPlugins } from '../../../renderer/editor/state';
import { addAlternative, attributeAlternative, bracketSelection, resolveBracketAt, setBracketNote, undoResolutionAt } from '../../../renderer/editor/negotiation-commands';
import { negotiationOf } from '../../../renderer/editor/negotiation-attr';
import { undo } from 'prosemirror-history';
import { TextSelection } from 'prosemirror-state';

const NOW = () => '2031-05-14T10:00:00.000Z';
const editor = (built: Built): EditorState => stateOf(built, draftPlugins());
const texts = (state: EditorState | null): string[] => {
  const out: string[] = [];
  state?.doc.forEach((b) => out.push(b.textContent));
  return out;
};
const must = (state: EditorState | null): EditorState => {
  if (!state) throw new Error('the command declined');
  return state;
};
/** Puts the cursor just after the first occurrence of `needle`'s start + `shift`. */
const cursorAt = (state: EditorState, needle: string, shift = 1): EditorState => {
  let target = -1;
  state.doc.descendants((node, pos) => {
    if (target === -1 && node.isText && node.text?.includes(needle)) target = pos + node.text.indexOf(needle) + shift;
  });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, target)));
};

describe('bracketSelection (Mod-[)', () => {
  it.each([
    ['brackets the selected words', doc(p('We <a>shall<b> act.')), ['We [shall] act.']],
    ['puts an empty bracket at a bare cursor', doc(p('We <a>act.')), ['We []act.']],
  ])('%s', (_name, built, expected) => {
    expect(texts(run(editor(built), bracketSelection))).toEqual(expected);
  });

  it('declines a selection across paragraphs', () => {
    expect(run(editor(doc(p('We <a>act.'), p('They <b>act.'))), bracketSelection)).toBeNull();
  });
});

describe('addAlternative', () => {
  it.each([
    ['[shall] act.', '[shall][] act.'],
    ['[shall][should] act.', '[shall][should][] act.'],
    ['[shall] [proposed by EU] act.', '[shall] [proposed by EU][] act.'],
  ])('after the bracket at the cursor: %j', (text, expected) => {
    const state = cursorAt(editor(doc(p(text))), 'shall');
    const next = must(run(state, addAlternative));
    expect(texts(next)).toEqual([expected]);
    // The cursor waits inside the new alternative.
    expect(next.doc.textBetween(next.selection.from - 1, next.selection.from + 1)).toBe('[]');
  });

  it('declines outside any bracket', () => {
    expect(run(editor(doc(p('We <a>act.'))), addAlternative)).toBeNull();
  });
});

describe('attributeAlternative', () => {
  it.each([
    ['the last alternative', '[shall][should] act.', 'should', ['US'], '[shall][should] [proposed by US] act.'],
    ['the first of two', '[shall][should] act.', 'shall', ['EU', 'Kenya'], '[shall] [proposed by EU, Kenya][should] act.'],
    ['replacing an attribution', '[shall] [proposed by EU] act.', 'shall', ['G-77'], '[shall] [proposed by G77] act.'],
    ['removing it with an empty list', '[shall] [proposed by EU] act.', 'shall', [], '[shall] act.'],
  ])('attributes %s', (_name, text, word, parties, expected) => {
    const next = must(run(cursorAt(editor(doc(p(text))), word), attributeAlternative(parties)));
    expect(texts(next)).toEqual([expected]);
  });

  it('adds typed parties to the draft list', () => {
    const next = must(run(cursorAt(editor(doc(p('[shall] act.'))), 'shall'), attributeAlternative(['Kenya'])));
    expect(negotiationOf(next.doc).parties).toEqual(['Kenya']);
  });

  it('declines a slash alternative, which cannot carry one', () => {
    expect(run(cursorAt(editor(doc(p('[shall/should] act.'))), 'shall'), attributeAlternative(['EU']))).toBeNull();
  });
});

describe('setBracketNote', () => {
  it.each([
    ['adds a note', '[shall] act.', 'Check with legal', '[shall] [Note: Check with legal] act.'],
    ['replaces a note', '[shall] [Note: old] act.', 'new', '[shall] [Note: new] act.'],
    ['removes a note', '[shall] [Note: old] act.', '', '[shall] act.'],
  ])('%s', (_name, text, note, expected) => {
    expect(texts(must(run(cursorAt(editor(doc(p(text))), 'shall'), setBracketNote(note))))).toEqual([expected]);
  });
});

describe('resolveBracketAt', () => {
  it.each([
    ['chooses an alternative', { kind: 'chose', alternative: 1 } as const, 'We [shall][should] act.', 'shall', 'We should act.'],
    ['keeps the text', { kind: 'kept' } as const, 'We [shall] act.', 'shall', 'We shall act.'],
    ['deletes it', { kind: 'deleted' } as const, 'We act [now].', 'now', 'We act.'],
    ['resolves the inner bracket at the cursor', { kind: 'kept' } as const, 'We act [now [shall]].', 'shall', 'We act [now shall].'],
  ])('%s', (_name, choice, text, word, expected) => {
    const next = must(run(cursorAt(editor(doc(p(text))), word), resolveBracketAt(choice, 'Chair', NOW)));
    expect(texts(next)).toEqual([expected]);
  });

  it('records when, which alternative and by whom', () => {
    const next = must(run(cursorAt(editor(doc(p('We [shall][should] act.'))), 'should'), resolveBracketAt({ kind: 'chose', alternative: 0 }, 'Plenary', NOW)));
    const [record] = negotiationOf(next.doc).records;
    expect(record?.resolution).toEqual({ kind: 'chose', alternative: 0, at: NOW(), by: 'Plenary' });
    expect(record?.bracket.alternatives.map((a) => a.text)).toEqual(['shall', 'should']);
  });

  it('resolves an option block spanning paragraphs', () => {
    const built = doc(p('We agree.'), up('Option 1: Parties shall notify.'), up('Option 2: Parties may notify.'), p('Last.'));
    const next = must(run(cursorAt(editor(built), 'Option 2'), resolveBracketAt({ kind: 'chose', alternative: 1 }, 'Chair', NOW)));
    expect(texts(next)).toEqual(['We agree.', 'Parties may notify.', 'Last.']);
  });

  it.each([
    ['keeping the text of a bracket with two alternatives', { kind: 'kept' } as const],
    ['an alternative that does not exist', { kind: 'chose', alternative: 4 } as const],
  ])('declines %s', (_name, choice) => {
    expect(run(cursorAt(editor(doc(p('We [shall][should] act.'))), 'shall'), resolveBracketAt(choice, 'Chair', NOW))).toBeNull();
  });

  it('declines without a name for who resolves', () => {
    expect(run(cursorAt(editor(doc(p('We [shall] act.'))), 'shall'), resolveBracketAt({ kind: 'kept' }, '  ', NOW))).toBeNull();
  });
});

describe('undoing a resolution', () => {
  const resolved = (): EditorState => {
    const start = editor(doc(heading('Commitments'), p('We [shall][should] act.'), p('They act [now].')));
    return must(run(cursorAt(start, 'should'), resolveBracketAt({ kind: 'chose', alternative: 1 }, 'Chair', NOW)));
  };

  it('with Mod-Z, text and log together', () => {
    const back = must(run(resolved(), undo));
    expect(texts(back)).toEqual(['Commitments', 'We [shall][should] act.', 'They act [now].']);
    expect(negotiationOf(back.doc).records).toEqual([]);
  });

  it('from the log, after typing elsewhere and a later resolution', () => {
    let state = resolved();
    state = state.apply(state.tr.insertText('Firmly, ', 1 + 'Commitments'.length + 2));
    state = must(run(cursorAt(state, 'now'), resolveBracketAt({ kind: 'deleted' }, 'EU', NOW)));
    state = must(run(state, undoResolutionAt(0)));
    expect(texts(state)).toEqual(['Commitments', 'Firmly, We [shall][should] act.', 'They act.']);
    expect(negotiationOf(state.doc).records.map((r) => r.resolution.by)).toEqual(['EU']);
    state = must(run(state, undoResolutionAt()));
    expect(texts(state)).toEqual(['Commitments', 'Firmly, We [shall][should] act.', 'They act [now].']);
  });

  it('declines once the resolved text was edited', () => {
    let state = resolved();
    const at = texts(state)[1]?.indexOf('should') ?? 0;
    const pos = 1 + 'Commitments'.length + 2 + at;
    state = state.apply(state.tr.insertText('could', pos, pos + 'should'.length));
    expect(run(state, undoResolutionAt(0))).toBeNull();
  });
});
