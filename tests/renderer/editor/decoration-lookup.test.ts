import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { withFastLookup } from '../../../renderer/editor/decoration-lookup';
import { createDraftState } from '../../../renderer/editor/state';
import { setFindQuery, splitKeepingKind } from '../../../renderer/editor/commands';
import { provenanceKey } from '../../../renderer/editor/plugins/provenance';
import { checksKey } from '../../../renderer/editor/plugins/checks';
import { findKey } from '../../../renderer/editor/plugins/find';
import { bracketsKey } from '../../../renderer/editor/plugins/brackets';
import { liveBlocksKey } from '../../../renderer/editor/plugins/live-blocks';
import { pageDecorationsKey } from '../../../renderer/editor/plugins/page-decorations';
import { doc, heading, p, parties, party, pre, source, sub } from './builder';

/** What each block of `parent` gets from `set`, in a comparable form; asked in document order, or in `order`. */
function perBlock(set: DecorationSet, parent: Node, order?: (indexes: number[]) => number[]): string[][] {
  const blocks: [Node, number][] = [];
  parent.forEach((child, offset) => blocks.push([child, offset]));
  const indexes = blocks.map((_b, i) => i);
  const out: string[][] = [];
  for (const i of order ? order(indexes) : indexes) {
    const [child, offset] = blocks[i] ?? [parent, 0];
    const found: string[] = [];
    set.forChild(offset, child).forEachSet((s) => found.push(...s.find().map((d) => `${d.from}-${d.to}:${JSON.stringify(d.spec)}`)));
    out[i] = found.sort();
  }
  return out;
}

/** Every other block, then the rest backwards: no block right after the one asked before. */
const scattered = (indexes: number[]) => [...indexes.filter((i) => i % 2 === 0), ...indexes.filter((i) => i % 2 === 1).reverse()];

/** The node decorations a set puts on whole top-level blocks, in a comparable form. */
function onBlocks(set: DecorationSet, doc: Node): string[] {
  return set
    .find()
    .filter((d) => d.from < d.to && doc.resolve(d.from).depth === 0 && doc.nodeAt(d.from)?.nodeSize === d.to - d.from)
    .map((d) => `${d.from}-${d.to}:${JSON.stringify(d.spec)}`)
    .sort();
}

function draft(): EditorState {
  const blocks = [heading('Guideline'), pre({ provenance: source('Recalling the plan,') }, 'Recalling the plan,')];
  for (let i = 0; i < 40; i++) blocks.push(i % 5 === 4 ? sub(`item ${i};`) : p({ provenance: source(`We agree ${i}.`, `b${i}`) }, `We agree ${i}.`));
  // Blocks drawn on by several plugins: a doubled word (checks), brackets, and find's matches.
  blocks.push(p({ provenance: source('We note the the [2030] plan.', 'bx') }, 'We note the the [2030] plan.'), p('We [agree] to agree.'));
  blocks.push(parties(party('Chile'), party('Kenya')));
  let state = createDraftState(doc(...blocks).node);
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.child(20).nodeSize + 40)));
  setFindQuery({ text: 'agree', caseSensitive: false })(state, (tr) => (state = state.apply(tr)));
  return state;
}

/** The plugins' own sets, which the page draws as one source. */
function ownSets(state: EditorState): DecorationSet[] {
  const sets = [provenanceKey.getState(state), checksKey.getState(state)?.decorations, findKey.getState(state)?.decorations, bracketsKey.getState(state)?.decorations, liveBlocksKey.getState(state)];
  return sets.filter((s): s is DecorationSet => s !== undefined && s !== DecorationSet.empty);
}

describe('the page decorations', () => {
  it('give every block what the plugins\' own sets give it, before and after edits', () => {
    let state = draft();
    const check = () => {
      const plugin = state.plugins.find((p) => p.spec.key === pageDecorationsKey);
      const shown = plugin?.props.decorations?.call(plugin, state);
      if (!(shown instanceof DecorationSet)) throw new Error('the page decorations are not one set');
      const own = ownSets(state);
      expect(own.length).toBeGreaterThanOrEqual(4);
      const expected = own.map((set) => perBlock(set, state.doc)).reduce((all, one) => all.map((list, i) => [...list, ...(one[i] ?? [])].sort()));
      expect(perBlock(shown, state.doc)).toEqual(expected);
      expect(perBlock(shown, state.doc, scattered)).toEqual(expected);
      expect(onBlocks(shown, state.doc)).toEqual(own.flatMap((set) => onBlocks(set, state.doc)).sort());
      // Each plugin's fast view answers as its own set does.
      for (const set of own) expect(perBlock(withFastLookup(set) ?? set, state.doc, scattered)).toEqual(perBlock(set, state.doc));
    };
    check();
    state = state.apply(state.tr.insertText('x'));
    check();
    splitKeepingKind(state, (tr) => (state = state.apply(tr)));
    check();
    state = state.apply(state.tr.delete(3, state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 2));
    check();
  });
});

describe('withFastLookup', () => {
  it('leaves a set with inline decorations across blocks to its own lookup', () => {
    const state = draft();
    const across = DecorationSet.create(state.doc, [Decoration.inline(3, state.doc.child(0).nodeSize + 5, { class: 'x' })]);
    expect(withFastLookup(across)).toBe(across);
  });

  it('finds nothing for a block without decorations, and nothing inside a leaf', () => {
    const state = draft();
    const second = state.doc.child(0).nodeSize;
    const set = DecorationSet.create(state.doc, [Decoration.widget(second + 1, () => document.createElement('span'))]);
    const fast = withFastLookup(set) as DecorationSet;
    expect(fast.forChild(0, state.doc.child(0))).toBe(DecorationSet.empty);
    expect(fast.forChild(second, state.doc.child(1))).toBe(set.forChild(second, state.doc.child(1)));
    expect(fast.forChild(0, state.schema.nodes['hard_break']!.create())).toBe(DecorationSet.empty);
  });
});
