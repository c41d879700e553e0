import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { decorationSetOf } from '../../../renderer/editor/decoration-build';
import { doc, heading, p, parties, party, sub } from './builder';

/** A set's whole tree, in a comparable form: its own decorations, then each block's set. */
function shape(set: DecorationSet): unknown {
  const { local, children } = set as unknown as { local: Decoration[]; children: (number | DecorationSet)[] };
  return {
    local: local.map((d) => `${d.from}-${d.to}:${JSON.stringify(d.spec)}`),
    children: children.map((c) => (typeof c === 'number' ? c : shape(c))),
  };
}

/** A pseudo-random generator with a fixed seed, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

function sample(): Node {
  const blocks = [heading('Guideline')];
  for (let i = 0; i < 60; i++) blocks.push(i % 7 === 6 ? sub(`item ${i};`) : p(`We agree on point ${i}.`));
  blocks.push(parties(party('Chile'), party('Kenya')));
  return doc(...blocks).node;
}

/** Decorations of every kind a plugin makes, some of them ones the document cannot hold. */
function decorationsFor(node: Node, random: () => number): Decoration[] {
  const starts: { from: number; to: number }[] = [];
  node.forEach((block, offset) => starts.push({ from: offset, to: offset + block.nodeSize }));
  const out: Decoration[] = [];
  const size = node.content.size;
  for (let i = 0; i < 400; i++) {
    const at = Math.floor(random() * (size + 1));
    const block = starts[Math.floor(random() * starts.length)] as { from: number; to: number };
    const spec = { n: i };
    switch (Math.floor(random() * 6)) {
      case 0: out.push(Decoration.widget(at, () => document.createElement('span'), spec)); break;
      case 1: out.push(Decoration.node(block.from, block.to, { class: `n${i}` }, spec)); break;
      case 2: out.push(Decoration.inline(at, Math.min(size, at + Math.floor(random() * 40)), { class: `i${i}` }, spec)); break;
      case 3: out.push(random() < 0.5 ? Decoration.node(block.from + 1, block.to, { class: `bad${i}` }, spec) : Decoration.node(block.from, block.to - 1, { class: `short${i}` }, spec)); break;
      case 4: out.push(Decoration.inline(block.from + 1, block.to - 1, { class: `w${i}` }, spec)); break;
      default: out.push(Decoration.widget(block.from, () => document.createElement('span'), spec));
    }
  }
  return out;
}

describe('decorationSetOf', () => {
  it('builds the set DecorationSet.create builds, whatever the decorations', () => {
    const node = sample();
    const random = seeded(7);
    for (let round = 0; round < 40; round++) {
      const decorations = decorationsFor(node, random).slice(0, 1 + Math.floor(random() * 400));
      expect(shape(decorationSetOf(node, decorations))).toEqual(shape(DecorationSet.create(node, decorations)));
    }
  });

  it('gives the empty set for no decorations, or only ones the document cannot hold', () => {
    const node = sample();
    expect(decorationSetOf(node, [])).toBe(DecorationSet.empty);
    expect(decorationSetOf(node, [Decoration.node(1, 5, { class: 'x' })])).toBe(DecorationSet.empty);
  });
});
