import { describe, expect, it } from 'vitest';
import { undo } from 'prosemirror-history';
import { NodeSelection, TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { createDraftState } from '../../../renderer/editor/state';
import { schema } from '../../../renderer/editor/schema';
import { insertFootnote, setFootnoteMark } from '../../../renderer/editor/footnote-commands';
import { footnoteRefs, linkNotes } from '../../../renderer/editor/footnotes';
import { docFromJSON } from '../../../renderer/editor/convert';
import type { Built } from './builder';
import { doc, fn, outline, p, ref, title } from './builder';

/** A mark linked to the note `note`. */
const mark = (marker: string, note: string): Node => schema.nodes.footnote_ref.create({ marker, note });
/** A note linked to its mark by `note`. */
const note = (marker: string, id: string, text: string) => fn({ marker, note: id }, text);

/** A full draft editor state (every plugin) on `built`, the cursor at its <a> tag. */
function draft(built: Built): EditorState {
  const state = createDraftState(built.node);
  const a = built.tag['a'];
  return a === undefined ? state : state.apply(state.tr.setSelection(TextSelection.create(state.doc, a)));
}

/** Applies a transaction as the view does, plugins' follow-ups included. */
const apply = (state: EditorState, tr: Transaction) => state.applyTransaction(tr).state;

function exec(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = apply(state, tr)))).toBe(true);
  return next;
}

/** The marks as shown, in text order, and the notes' markers and texts, in the notes area's order. */
function footnotes(state: EditorState): { marks: string[]; notes: string[] } {
  const notes: string[] = [];
  state.doc.forEach((n) => void (n.type === schema.nodes.footnote && notes.push(`${String(n.attrs['marker'])} ${n.textContent}`)));
  return { marks: footnoteRefs(state.doc).map((r) => String(r.node.attrs['marker'])), notes };
}

const twoNotes = () => doc(title('T'), p('One', mark('1', 'x'), ' and<a> two', mark('2', 'y'), '.'), p('More.'), note('1', 'x', 'First'), note('2', 'y', 'Second'));

describe('insert footnote', () => {
  it('numbers the first note 1, in the notes area at the end, the cursor in it', () => {
    const next = exec(draft(doc(title('T'), p('We agree<a>.'), p('More.'))), insertFootnote);
    expect(outline(next.doc)).toEqual(['title:T', 'numbered:We agree1.', 'numbered:More.', 'footnote:']);
    expect(next.selection.$from.parent.type.name).toBe('footnote');
  });

  it('renumbers the marks after one inserted before them, its note placed among theirs', () => {
    const next = exec(draft(twoNotes()), insertFootnote);
    expect(footnotes(next)).toEqual({ marks: ['1', '2', '3'], notes: ['1 First', '2 ', '3 Second'] });
    expect(next.selection.$from.parent.attrs['marker']).toBe('2');
  });

  it('adds a star where the draft uses stars', () => {
    const built = doc(p('Partners', mark('*', 'x'), ' agree<a>.'), note('*', 'x', 'Chile'));
    expect(footnotes(exec(draft(built), insertFootnote))).toEqual({ marks: ['*', '**'], notes: ['* Chile', '** '] });
  });

  it('declines inside a note', () => {
    expect(insertFootnote(draft(doc(p('a'), fn({ marker: '1', note: 'x' }, 'No<a>te'))))).toBe(false);
  });

  it('inserting, then undo, removes mark and note in one step', () => {
    const next = exec(draft(twoNotes()), insertFootnote);
    expect(footnotes(exec(next, undo))).toEqual({ marks: ['1', '2'], notes: ['1 First', '2 Second'] });
  });
});

describe('marks follow every edit', () => {
  const at = (state: EditorState, n: number) => footnoteRefs(state.doc)[n]?.pos ?? -1;

  it('deleting a mark takes its note along and renumbers the rest; undo brings both back', () => {
    const state = draft(twoNotes());
    const from = at(state, 0);
    const next = apply(state, state.tr.delete(from, from + 1));
    expect(footnotes(next)).toEqual({ marks: ['1'], notes: ['1 Second'] });
    expect(footnotes(exec(next, undo))).toEqual({ marks: ['1', '2'], notes: ['1 First', '2 Second'] });
  });

  it('deleting a note takes its mark along', () => {
    const state = draft(twoNotes());
    const last = state.doc.lastChild as Node;
    const next = apply(state, state.tr.delete(state.doc.content.size - last.nodeSize, state.doc.content.size));
    expect(footnotes(next)).toEqual({ marks: ['1'], notes: ['1 First'] });
  });

  it('moving a mark after the other renumbers both and reorders their notes', () => {
    const state = draft(twoNotes());
    const from = at(state, 0);
    const moved = state.doc.nodeAt(from) as Node;
    const tr = state.tr.delete(from, from + 1);
    tr.insert(tr.mapping.map(state.doc.child(2).content.size + positionOf(state, 2)), moved); // into "More."
    expect(footnotes(apply(state, tr))).toEqual({ marks: ['1', '2'], notes: ['1 Second', '2 First'] });
  });

  it('a copied mark gets a note of its own, a copy of the original', () => {
    const state = draft(twoNotes());
    const copy = state.doc.nodeAt(at(state, 1)) as Node;
    const next = apply(state, state.tr.insert(positionOf(state, 2) + 1, copy));
    expect(footnotes(next)).toEqual({ marks: ['1', '2', '3'], notes: ['1 First', '2 Second', '3 Second'] });
    const ids = footnoteRefs(next.doc).map((r) => r.node.attrs['note']);
    expect(new Set(ids).size).toBe(3);
  });

  it('typing elsewhere leaves the footnotes alone (the plugin does nothing)', () => {
    const state = draft(twoNotes());
    const next = apply(state, state.tr.insertText('x', 2));
    expect(next.doc.textContent).toBe(`Tx${state.doc.textContent.slice(1)}`);
    expect(next.doc.lastChild).toBe(state.doc.lastChild);
  });
});

/** Where the index-th top-level block starts. */
function positionOf(state: EditorState, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return pos;
}

describe('custom marks', () => {
  it.each(['†', '‡', '*', 'a'])('gives the mark %s; the others number around it; back to automatic', (symbol) => {
    const state = draft(twoNotes());
    const first = footnoteRefs(state.doc)[0]?.pos ?? 0;
    const selected = state.apply(state.tr.setSelection(NodeSelection.create(state.doc, first)));
    const custom = exec(selected, setFootnoteMark(symbol));
    expect(footnotes(custom)).toEqual({ marks: [symbol, '1'], notes: [`${symbol} First`, '1 Second'] });
    expect(footnotes(exec(custom, setFootnoteMark(null)))).toEqual({ marks: ['1', '2'], notes: ['1 First', '2 Second'] });
  });

  it('works from inside the note', () => {
    const state = draft(twoNotes());
    const inNote = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.content.size - 2)));
    expect(footnotes(exec(inNote, setFootnoteMark('†')))).toEqual({ marks: ['1', '†'], notes: ['1 First', '† Second'] });
  });

  it('declines with no mark at the cursor, or an empty symbol', () => {
    const state = draft(doc(p('No<a> marks.')));
    expect(setFootnoteMark('†')(state)).toBe(false);
    expect(setFootnoteMark('  ')(draft(twoNotes()))).toBe(false);
  });
});

describe('opening a draft links its notes', () => {
  it('pairs marks and notes written before the ids by their marker, and gathers the notes at the end', () => {
    const old = doc(p('We', ref('*'), ' met.'), fn({ marker: '*' }, 'Chile'), p('Then', ref('**'), '.'), fn({ marker: '**' }, 'Kenya')).node;
    const linked = docFromJSON(old.toJSON());
    expect(outline(linked)).toEqual(['numbered:We* met.', 'numbered:Then**.', 'footnote:Chile', 'footnote:Kenya']);
    const refIds = footnoteRefs(linked).map((r) => r.node.attrs['note']);
    const noteIdsInOrder: unknown[] = [];
    linked.forEach((n) => void (n.type === schema.nodes.footnote && noteIdsInOrder.push(n.attrs['note'])));
    expect(refIds).toEqual(noteIdsInOrder);
    expect(refIds.every((id) => typeof id === 'string')).toBe(true);
    expect(linkNotes(linked).eq(linked)).toBe(true);
  });
});
