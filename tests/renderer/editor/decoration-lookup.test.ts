import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { withFastLookup } from '../../../renderer/editor/decoration-lookup';
import { createDraftState } from '../../../renderer/editor/state';
import { splitKeepingKind } from '../../../renderer/editor/commands';
import { doc, heading, p, parties, party, pre, source, sub } from './builder';

/** What each block of `parent` gets from `set`, in a comparable form; asked in document order, or in `order`. */
function perBlock(set: DecorationSet, parent: Node, order?: (indexes: number[]) => number[]): string[] {
  const blocks: [Node, number][] = [];
  parent.forEach((child, offset) => blocks.push([child, offset]));
  const indexes = blocks.map((_b, i) => i);
  const out: string[] = [];
  for (const i of order ? order(indexes) : indexes) {
    const [child, offset] = blocks[i] ?? [parent, 0];
    const found: string[] = [];
    set.forChild(offset, child).forEachSet((s) => found.push(...s.find().map((d) => `${d.from}-${d.to}:${JSON.stringify(d.spec)}`)));
    out[i] = found.sort().join(' ');
  }
  return out;
}

/** Every other block, then the rest backwards: no block right after the one asked before. */
const scattered = (indexes: number[]) => [...indexes.filter((i) => i % 2 === 0), ...indexes.filter((i) => i % 2 === 1).reverse()];

function draft(): EditorState {
  const blocks = [heading('Guideline'), pre({ provenance: source('Recalling the plan,') }, 'Recalling the plan,')];
  for (let i = 0; i < 40; i++) blocks.push(i % 5 === 4 ? sub(`item ${i};`) : p({ provenance: source(`We agree ${i}.`, `b${i}`) }, `We agree ${i}.`));
  blocks.push(parties(party('Chile'), party('Kenya')));
  let state = createDraftState(doc(...blocks).node);
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, state.doc.child(20).nodeSize + 40)));
  return state;
}

describe('withFastLookup', () => {
  it('gives every block the decorations its set gives it, before and after edits', () => {
    let state = draft();
    const check = () => {
      let views = 0;
      state.plugins.forEach((plugin) => {
        const shown = plugin.props.decorations?.call(plugin, state);
        if (!(shown instanceof DecorationSet)) return;
        // A fast view is an object whose prototype is the plugin's own set.
        const proto = Object.getPrototypeOf(shown) as object;
        const own = proto instanceof DecorationSet ? proto : shown;
        if (own !== shown) views++;
        expect(perBlock(shown, state.doc)).toEqual(perBlock(own, state.doc));
        expect(perBlock(shown, state.doc, scattered)).toEqual(perBlock(own, state.doc));
      });
      expect(views).toBeGreaterThanOrEqual(1);
    };
    check();
    state = state.apply(state.tr.insertText('x'));
    check();
    splitKeepingKind(state, (tr) => (state = state.apply(tr)));
    check();
    state = state.apply(state.tr.delete(3, state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + 2));
    check();
  });

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
