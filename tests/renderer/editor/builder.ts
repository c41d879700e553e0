/**
 * Tiny document builders for editor tests, in the spirit of prosemirror-test-builder:
 * `doc(title('Joint Statement'), p('We a<a>gree'))`, where `<a>` marks a position the test
 * reads back as `built.tag.a`.
 */
import type { Attrs, Node } from 'prosemirror-model';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Command, Plugin } from 'prosemirror-state';
import { schema } from '../../../renderer/editor/schema';
import type { Provenance } from '../../../shared/model';

/** A built node and the tagged positions inside it, relative to its start. */
export interface Built {
  node: Node;
  tag: Record<string, number>;
}

type Child = string | Built | Node;

const TAG = /<(\w+)>/g;

function inline(children: Child[], offset: number): { nodes: Node[]; tag: Record<string, number> } {
  const nodes: Node[] = [];
  const tag: Record<string, number> = {};
  let at = offset;
  for (const child of children) {
    if (typeof child === 'string') {
      let text = '';
      let last = 0;
      for (const m of child.matchAll(TAG)) {
        text += child.slice(last, m.index);
        tag[m[1] ?? ''] = at + text.length;
        last = (m.index ?? 0) + m[0].length;
      }
      text += child.slice(last);
      if (text) nodes.push(schema.text(text));
      at += text.length;
    } else {
      const node = 'node' in child ? child.node : child;
      nodes.push(node);
      at += node.nodeSize;
    }
  }
  return { nodes, tag };
}

function isBuilt(value: unknown): value is Built {
  return typeof value === 'object' && value !== null && 'node' in value;
}

function isAttrs(value: unknown): value is Attrs {
  return typeof value === 'object' && value !== null && !('node' in value) && !('type' in value);
}

/** A builder for a textblock type: `p('text')` or `p({ sourceNumber: '3.' }, 'text')`. */
function textblock(name: string) {
  return (first?: Attrs | Child, ...rest: Child[]): Built => {
    const attrs = isAttrs(first) ? first : null;
    const children = isAttrs(first) ? rest : first === undefined ? rest : [first, ...rest];
    const { nodes, tag } = inline(children, 1);
    return { node: schema.node(name, attrs, nodes), tag };
  };
}

export const title = textblock('title');
export const meta = textblock('meta');
export const pre = textblock('preamble');
export const heading = textblock('heading');
/** A numbered (operative) paragraph. */
export const p = textblock('numbered');
/** An unnumbered paragraph. */
export const up = textblock('paragraph');
export const sub = textblock('subitem');
export const fn = textblock('footnote');
export const sig = textblock('signature');
export const party = textblock('party');

/** A footnote reference inline node. */
export const ref = (marker = '*'): Node => schema.nodes.footnote_ref.create({ marker });
/** A hard line break. */
export const br = (): Node => schema.nodes.hard_break.create();

/** A list of parties. */
export function parties(...items: Built[]): Built {
  const tag: Record<string, number> = {};
  let at = 1;
  for (const item of items) {
    for (const [name, pos] of Object.entries(item.tag)) tag[name] = at + pos;
    at += item.node.nodeSize;
  }
  return { node: schema.nodes.parties.create(null, items.map((i) => i.node)), tag };
}

/** A whole draft; its `tag` positions are absolute. */
export function doc(first?: Attrs | Built, ...rest: Built[]): Built {
  const attrs = isBuilt(first) ? null : (first ?? null);
  const blocks = isBuilt(first) ? [first, ...rest] : rest;
  const tag: Record<string, number> = {};
  let at = 0;
  for (const block of blocks) {
    for (const [name, pos] of Object.entries(block.tag)) tag[name] = at + pos;
    at += block.node.nodeSize;
  }
  return { node: schema.nodes.doc.create(attrs, blocks.map((b) => b.node)), tag };
}

/** A provenance record whose source text is `text`. */
export function source(text: string, blockId = 'b1'): Provenance {
  return { source: 'decl-1', sourceTitle: 'Joint Statement 2020', blockId, hash: 'h', text };
}

/** An editor state for a built draft, the selection at tags a (and b) when present. */
export function stateOf(built: Built, plugins: Plugin[] = []): EditorState {
  const state = EditorState.create({ doc: built.node, plugins });
  const a = built.tag['a'];
  if (a === undefined) return state;
  const selection = TextSelection.create(built.node, a, built.tag['b'] ?? a);
  return state.apply(state.tr.setSelection(selection));
}

/** Runs a command; returns the resulting state, or null when the command declined. */
export function run(state: EditorState, command: Command): EditorState | null {
  let next: EditorState | null = null;
  const ok = command(state, (tr) => {
    next = state.apply(tr);
  });
  return ok ? (next ?? state) : null;
}

/** The draft's blocks as short strings: "numbered:We agree", for readable expectations. */
export function outline(node: Node): string[] {
  const lines: string[] = [];
  node.forEach((block) => lines.push(`${block.type.name}:${block.type.name === 'parties' ? block.textBetween(0, block.content.size, '|') : block.textContent}`));
  return lines;
}
