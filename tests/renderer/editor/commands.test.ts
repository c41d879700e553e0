import { describe, expect, it } from 'vitest';
import { history, undo } from 'prosemirror-history';
import { AllSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import {
  deleteEverything,
  exitEmptyParty,
  findNext,
  indent,
  insertParagraphWithProvenance,
  insertQuotedText,
  moveParagraphDown,
  moveParagraphUp,
  outdent,
  outdentEmptySubitem,
  replaceAll,
  replaceMatch,
  replaceParagraphText,
  setBlockKind,
  setFindQuery,
  setHeadingNumbering,
  setKeepSourceNumbering,
  splitKeepingKind,
} from '../../../renderer/editor/commands';
import { currentMatches, find, findKey } from '../../../renderer/editor/plugins/find';
import { blockLabels } from '../../../renderer/editor/numbering';
import { provenanceOf } from '../../../renderer/editor/schema';
import type { Built } from './builder';
import { doc, heading, outline, p, parties, party, pre, run, source, stateOf, sub, title, up } from './builder';

const plugins = () => [find(), history()];

describe('commands change the outline', () => {
  it.each<[string, Built, Command, string[] | null]>([
    ['setBlockKind turns a paragraph into a heading', doc(p('H<a>i')), setBlockKind('heading'), ['heading:Hi']],
    ['setBlockKind covers every selected block', doc(p('<a>a'), p('b<b>'), p('c')), setBlockKind('preamble'), ['preamble:a', 'preamble:b', 'numbered:c']],
    ['setBlockKind declines when nothing would change', doc(p('<a>a')), setBlockKind('numbered'), null],
    ['setBlockKind makes a list of parties from lines', doc(up('<a>Chile'), up('Kenya<b>')), setBlockKind('parties'), ['parties:Chile|Kenya']],
    ['setBlockKind splits a list of parties into paragraphs', doc(parties(party('Ch<a>ile'), party('Kenya'))), setBlockKind('paragraph'), ['paragraph:Chile', 'paragraph:Kenya']],
    ['moveParagraphUp swaps with the paragraph above', doc(p('a'), p('b<a>')), moveParagraphUp, ['numbered:b', 'numbered:a']],
    ['moveParagraphUp takes sub-items along', doc(p('a'), p('b<a>'), sub('x')), moveParagraphUp, ['numbered:b', 'subitem:x', 'numbered:a']],
    ['moveParagraphUp jumps over a paragraph with its sub-items', doc(p('a'), sub('x'), p('b<a>')), moveParagraphUp, ['numbered:b', 'numbered:a', 'subitem:x']],
    ['moveParagraphUp moves a sub-item alone', doc(p('a'), sub('x'), sub('y<a>')), moveParagraphUp, ['numbered:a', 'subitem:y', 'subitem:x']],
    ['moveParagraphUp declines at the top', doc(p('a<a>'), p('b')), moveParagraphUp, null],
    ['moveParagraphDown swaps with the unit below', doc(p('a<a>'), p('b'), sub('x')), moveParagraphDown, ['numbered:b', 'subitem:x', 'numbered:a']],
    ['moveParagraphDown declines at the bottom', doc(p('a'), p('b<a>')), moveParagraphDown, null],
    ['indent makes a paragraph a sub-item', doc(p('a'), p('b<a>')), indent, ['numbered:a', 'subitem:b']],
    ['indent declines on a heading', doc(heading('H<a>')), indent, null],
    ['outdent makes a sub-item a numbered paragraph', doc(p('a'), sub('x<a>')), outdent, ['numbered:a', 'numbered:x']],
    ['outdent declines on a paragraph', doc(p('a<a>')), outdent, null],
    ['Enter keeps the kind of a sub-item', doc(sub('x<a>')), splitKeepingKind, ['subitem:x', 'subitem:']],
    ['Enter after the title opens a meta line', doc(title('T<a>')), splitKeepingKind, ['title:T', 'meta:']],
    ['Enter in an empty sub-item steps out', doc(p('a'), sub('<a>')), outdentEmptySubitem, ['numbered:a', 'numbered:']],
    ['Enter in the last empty party ends the list', doc(parties(party('Chile'), party('<a>'))), exitEmptyParty, ['parties:Chile', 'paragraph:']],
    ['insertParagraphWithProvenance inserts after the cursor block', doc(p('a<a>'), p('b')), insertParagraphWithProvenance('Agreed.', source('Agreed.')), ['numbered:a', 'numbered:Agreed.', 'numbered:b']],
    ['insertParagraphWithProvenance fills an empty block', doc(p('a'), up('<a>')), insertParagraphWithProvenance('Agreed.', null, 'preamble'), ['numbered:a', 'preamble:Agreed.']],
    ['replaceParagraphText swaps the text of the block', doc(p('old <a>words')), replaceParagraphText('new words', null), ['numbered:new words']],
  ])('%s', (_name, built, command, expected) => {
    const next = run(stateOf(built, plugins()), command);
    expect(next && outline(next.doc)).toEqual(expected);
  });
});

describe('commands keep what matters', () => {
  it('switching kind keeps provenance and source number', () => {
    const next = run(stateOf(doc(p({ provenance: source('a'), sourceNumber: '4.' }, 'a<a>')), plugins()), setBlockKind('preamble'));
    expect(next?.doc.firstChild?.attrs).toMatchObject({ provenance: source('a'), sourceNumber: '4.' });
  });

  it('Enter at the end starts new language, in the middle keeps the source on both halves', () => {
    const atEnd = run(stateOf(doc(p({ provenance: source('ab') }, 'ab<a>')), plugins()), splitKeepingKind);
    expect([atEnd?.doc.child(0), atEnd?.doc.child(1)].map((n) => n && provenanceOf(n))).toEqual([source('ab'), null]);
    const middle = run(stateOf(doc(p({ provenance: source('ab') }, 'a<a>b')), plugins()), splitKeepingKind);
    expect([middle?.doc.child(0), middle?.doc.child(1)].map((n) => n && provenanceOf(n))).toEqual([source('ab'), source('ab')]);
  });

  it('moving keeps the cursor in the moved paragraph', () => {
    const built = doc(p('first'), p('sec<a>ond'));
    const next = run(stateOf(built, plugins()), moveParagraphUp);
    expect(next?.selection.$from.parent.textContent).toBe('second');
    expect(next?.selection.$from.parentOffset).toBe(3);
  });

  it('numbers follow inserts, deletes and moves without being typed', () => {
    let state = stateOf(doc(p('a<a>'), p('b'), p('c')), plugins());
    state = run(state, insertParagraphWithProvenance('new', null)) ?? state;
    expect(blockLabels(state.doc)).toEqual(['1.', '2.', '3.', '4.']);
    state = run(state, moveParagraphUp) ?? state;
    expect(outline(state.doc)).toEqual(['numbered:new', 'numbered:a', 'numbered:b', 'numbered:c']);
    expect(blockLabels(state.doc)).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('keep source numbering is a document switch, undoable', () => {
    const state = stateOf(doc(p({ sourceNumber: '7.' }, 'a<a>')), plugins());
    const kept = run(state, setKeepSourceNumbering(true));
    expect(kept && blockLabels(kept.doc)).toEqual(['7.']);
    expect(kept && run(kept, setKeepSourceNumbering(true))).toBeNull();
    const undone = kept && run(kept, undo);
    expect(undone && blockLabels(undone.doc)).toEqual(['1.']);
  });

  it('a heading can restart numbering', () => {
    const next = run(stateOf(doc(p('a'), heading('H<a>'), p('b')), plugins()), setHeadingNumbering('restart'));
    expect(next && blockLabels(next.doc)).toEqual(['1.', null, '1.']);
  });

  it('a quoted sentence carries its source as a mark, and typing after it is not quoted', () => {
    const next = run(stateOf(doc(p('We agree <a>today.')), plugins()), insertQuotedText('to act together', source('to act together')));
    const typed = next && next.apply(next.tr.insertText(' '));
    const quoted: string[] = [];
    typed?.doc.descendants((n) => void (n.isText && n.marks.some((m) => m.type.name === 'provenance') && quoted.push(n.text ?? '')));
    expect(quoted).toEqual(['to act together']);
    expect(typed?.doc.textContent).toBe('We agree to act together today.');
  });

  it('undo takes back an inserted clause in one step', () => {
    const state = stateOf(doc(pre('a<a>')), plugins());
    const inserted = run(state, insertParagraphWithProvenance('Agreed.', source('Agreed.')));
    expect(inserted && outline(run(inserted, undo)?.doc ?? inserted.doc)).toEqual(['preamble:a']);
  });
});

describe('find and replace', () => {
  const search = (built: Built, text: string, caseSensitive = false) => run(stateOf(built, plugins()), setFindQuery({ text, caseSensitive }));

  it.each<[string, Built, string, boolean, number]>([
    ['counts matches across blocks', doc(p('We agree. We note.'), sub('we act')), 'we', false, 3],
    ['respects case when asked', doc(p('We agree. We note.'), sub('we act')), 'we', true, 1],
    ['finds nothing for an empty query', doc(p('We')), '', false, 0],
  ])('%s', (_name, built, text, caseSensitive, count) => {
    expect(currentMatches(search(built, text, caseSensitive) ?? stateOf(built))).toHaveLength(count);
  });

  it('steps through matches and selects them', () => {
    const state = search(doc(p('one two one')), 'one');
    const next = state && run(state, findNext);
    expect(next && next.doc.textBetween(next.selection.from, next.selection.to)).toBe('one');
    expect(next && findKey.getState(next)?.current).toBe(1);
  });

  it('replaces the current match, then all of them, in one undo step each', () => {
    const state = search(doc(p('one two one'), p('one')), 'one');
    const once = state && run(state, replaceMatch('1'));
    expect(once && outline(once.doc)).toEqual(['numbered:1 two one', 'numbered:one']);
    expect(once && currentMatches(once)).toHaveLength(2);
    const all = once && run(once, replaceAll('1'));
    expect(all && outline(all.doc)).toEqual(['numbered:1 two 1', 'numbered:1']);
    expect(all && currentMatches(all)).toHaveLength(0);
    expect(all && outline(run(all, undo)?.doc ?? all.doc)).toEqual(['numbered:1 two one', 'numbered:one']);
  });
});

describe('select all', () => {
  const selectAll = (state: EditorState) => state.apply(state.tr.setSelection(new AllSelection(state.doc)));
  const all = () => selectAll(stateOf(doc(title('Joint Statement'), p('We agree.'), sub('to trade;')), plugins()));

  it.each([
    ['heading', setBlockKind('heading')],
    ['indent', indent],
    ['moveParagraphDown', moveParagraphDown],
  ] as const)('%s can answer "could I?" over the whole draft', (_name, command) => {
    expect(() => command(all())).not.toThrow();
  });

  it('turns every block into another kind', () => {
    expect(outline(run(all(), setBlockKind('preamble'))?.doc ?? all().doc)).toEqual(['preamble:Joint Statement', 'preamble:We agree.', 'preamble:to trade;']);
  });

  it('deleting everything leaves one empty block of the first kind, undoably', () => {
    const next = run(all(), deleteEverything);
    expect(next && outline(next.doc)).toEqual(['title:']);
    expect(next && outline(run(next, undo)?.doc ?? next.doc)).toEqual(['title:Joint Statement', 'numbered:We agree.', 'subitem:to trade;']);
  });

  it('leaves a partial selection to the ordinary delete', () => {
    expect(run(stateOf(doc(title('Jo<a>int'), p('We<b> agree.')), plugins()), deleteEverything)).toBeNull();
  });
});
