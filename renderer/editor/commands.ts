/**
 * The editing commands of a draft, as `(state, dispatch?) => boolean`: called without dispatch
 * they answer "could I?", which is how the toolbar greys its buttons.
 */
import { TextSelection } from 'prosemirror-state';
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import type { Node, NodeType } from 'prosemirror-model';
import { splitBlockAs } from 'prosemirror-commands';
import { closeHistory } from 'prosemirror-history';
import type { Provenance } from '../../shared/model';
import { schema } from './schema';
import type { TextblockKind } from './schema';
import { textToInline } from './convert';
import { currentMatches, findKey, withFindMeta } from './plugins/find';
import type { FindQuery } from './plugins/find';

/**
 * The index of the top-level block at the start of the selection. A selection can start or end
 * between blocks (select all, a node selection), where `index(0)` may be one past the last block.
 */
export function blockIndexAt(state: EditorState): number {
  return Math.min(state.selection.$from.index(0), state.doc.childCount - 1);
}

/** The top-level blocks the selection touches, as a range of child indexes of the doc. */
function selectedBlocks(state: EditorState): { from: number; to: number } {
  const { $to } = state.selection;
  const from = blockIndexAt(state);
  // An end between blocks (depth 0) closes the block before it.
  const last = $to.depth === 0 ? $to.index(0) - 1 : $to.index(0);
  return { from, to: Math.min(Math.max(from, last), state.doc.childCount - 1) };
}

/** Start position of the top-level block at `index`. */
function blockStart(doc: Node, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

/** The attributes of `node` that `type` also has, so switching kind keeps provenance and numbers. */
function carriedAttrs(node: Node, type: NodeType): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  for (const name of Object.keys(type.spec.attrs ?? {})) {
    if (name in node.attrs) attrs[name] = node.attrs[name];
  }
  return attrs;
}

/** Turns the selected blocks into `kind`; a list of parties becomes one block per party. */
export function setBlockKind(kind: TextblockKind | 'parties'): Command {
  return (state, dispatch) => {
    const { from, to } = selectedBlocks(state);
    const doc = state.doc;
    const blocks: Node[] = [];
    for (let i = from; i <= to; i++) blocks.push(doc.child(i));
    if (kind === 'parties') {
      if (blocks.some((b) => !b.isTextblock)) return false;
      if (dispatch) {
        const list = schema.nodes.parties.create(null, blocks.map((b) => schema.nodes.party.create(null, b.content)));
        const start = blockStart(doc, from);
        const tr = state.tr.replaceWith(start, blockStart(doc, to + 1), list);
        dispatch(tr.setSelection(TextSelection.near(tr.doc.resolve(start + 2))).scrollIntoView());
      }
      return true;
    }
    const type = schema.nodes[kind];
    if (blocks.every((b) => b.type === type)) return false;
    if (dispatch) {
      const tr = state.tr;
      let pos = blockStart(doc, from);
      for (const block of blocks) {
        const mapped = tr.mapping.map(pos);
        if (block.isTextblock) {
          if (block.type !== type) tr.setNodeMarkup(mapped, type, carriedAttrs(block, type));
        } else {
          const items: Node[] = [];
          block.forEach((party) => items.push(type.create(null, party.content)));
          tr.replaceWith(mapped, mapped + block.nodeSize, items);
        }
        pos += block.nodeSize;
      }
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Shows source numbers exactly (true) or computed numbers (false). */
export function setKeepSourceNumbering(keep: boolean): Command {
  return (state, dispatch) => {
    if (state.doc.attrs['keepSourceNumbering'] === keep) return false;
    if (dispatch) dispatch(state.tr.setDocAttribute('keepSourceNumbering', keep));
    return true;
  };
}

/** Makes the heading at the cursor restart paragraph numbering at 1, or continue it. */
export function setHeadingNumbering(mode: 'continue' | 'restart'): Command {
  return (state, dispatch) => {
    const index = blockIndexAt(state);
    const block = state.doc.child(index);
    if (block.type !== schema.nodes.heading || block.attrs['numbering'] === mode) return false;
    if (dispatch) dispatch(state.tr.setNodeAttribute(blockStart(state.doc, index), 'numbering', mode));
    return true;
  };
}

const isSubitem = (node: Node | null | undefined) => node?.type === schema.nodes.subitem;

/** The unit a move carries: a sub-item alone, or a block with the sub-items under it. */
function unitAt(doc: Node, index: number): { from: number; to: number } {
  if (isSubitem(doc.child(index))) return { from: index, to: index + 1 };
  let to = index + 1;
  while (to < doc.childCount && isSubitem(doc.child(to))) to++;
  return { from: index, to };
}

function unitBefore(doc: Node, unit: { from: number; to: number }): { from: number; to: number } | null {
  if (unit.from === 0) return null;
  if (isSubitem(doc.child(unit.from))) return { from: unit.from - 1, to: unit.from };
  let from = unit.from - 1;
  while (from > 0 && isSubitem(doc.child(from))) from--;
  return { from, to: unit.from };
}

/** Swaps two adjacent units of blocks (first before second), keeping the cursor in the moved one. */
function swapUnits(state: EditorState, first: { from: number; to: number }, second: { from: number; to: number }, movingSecond: boolean): Transaction {
  const doc = state.doc;
  const start = blockStart(doc, first.from);
  const middle = blockStart(doc, second.from);
  const end = blockStart(doc, second.to);
  const firstNodes: Node[] = [];
  const secondNodes: Node[] = [];
  for (let i = first.from; i < first.to; i++) firstNodes.push(doc.child(i));
  for (let i = second.from; i < second.to; i++) secondNodes.push(doc.child(i));
  const { anchor, head } = state.selection;
  // The moved unit shifts by the size of the other one; a selection reaching outside it
  // collapses to the moved unit's start.
  const [movedFrom, movedTo] = movingSecond ? [middle, end] : [start, middle];
  const shift = movingSecond ? start - middle : end - middle;
  const inside = (pos: number) => pos > movedFrom && pos < movedTo;
  // A move is its own undo step, even right after typing.
  const tr = closeHistory(state.tr).replaceWith(start, end, [...secondNodes, ...firstNodes]);
  if (inside(anchor) && inside(head)) tr.setSelection(TextSelection.create(tr.doc, anchor + shift, head + shift));
  else tr.setSelection(TextSelection.near(tr.doc.resolve(movedFrom + shift + 1)));
  return tr.scrollIntoView();
}

/** Moves the paragraph at the cursor (with its sub-items) above the one before it. */
export const moveParagraphUp: Command = (state, dispatch) => {
  const unit = unitAt(state.doc, blockIndexAt(state));
  const before = unitBefore(state.doc, unit);
  if (!before) return false;
  if (dispatch) dispatch(swapUnits(state, before, unit, true));
  return true;
};

/** Moves the paragraph at the cursor (with its sub-items) below the one after it. */
export const moveParagraphDown: Command = (state, dispatch) => {
  const unit = unitAt(state.doc, blockIndexAt(state));
  if (unit.to >= state.doc.childCount) return false;
  const after = isSubitem(state.doc.child(unit.from)) ? { from: unit.to, to: unit.to + 1 } : unitAt(state.doc, unit.to);
  if (dispatch) dispatch(swapUnits(state, unit, after, false));
  return true;
};

const MAX_SUBITEM_LEVEL = 3;

/** Tab: a paragraph becomes a sub-item; a sub-item goes one level deeper. */
export const indent: Command = (state, dispatch) => {
  const index = blockIndexAt(state);
  const block = state.doc.child(index);
  const pos = blockStart(state.doc, index);
  if (block.type === schema.nodes.numbered || block.type === schema.nodes.paragraph) {
    if (dispatch) dispatch(state.tr.setNodeMarkup(pos, schema.nodes.subitem, { ...carriedAttrs(block, schema.nodes.subitem), level: 1 }));
    return true;
  }
  if (isSubitem(block) && Number(block.attrs['level']) < MAX_SUBITEM_LEVEL) {
    if (dispatch) dispatch(state.tr.setNodeAttribute(pos, 'level', Number(block.attrs['level']) + 1));
    return true;
  }
  return false;
};

/** Shift-Tab: a sub-item goes one level up, and from the top level becomes a numbered paragraph. */
export const outdent: Command = (state, dispatch) => {
  const index = blockIndexAt(state);
  const block = state.doc.child(index);
  if (!isSubitem(block)) return false;
  const pos = blockStart(state.doc, index);
  const level = Number(block.attrs['level']);
  if (dispatch) {
    dispatch(level > 1 ? state.tr.setNodeAttribute(pos, 'level', level - 1) : state.tr.setNodeMarkup(pos, schema.nodes.numbered, carriedAttrs(block, schema.nodes.numbered)));
  }
  return true;
};

/** Enter in an empty sub-item steps out of the list of sub-items. */
export const outdentEmptySubitem: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || !isSubitem($from.parent) || $from.parent.content.size > 0) return false;
  return outdent(state, dispatch);
};

/** Enter in the last, empty party ends the list with an unnumbered paragraph after it. */
export const exitEmptyParty: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || $from.parent.type !== schema.nodes.party || $from.parent.content.size > 0 || $from.depth < 2) return false;
  const list = $from.node(1);
  if ($from.index(1) !== list.childCount - 1 || list.childCount < 2) return false;
  if (dispatch) {
    const partyStart = $from.before(2);
    const tr = state.tr.delete(partyStart, partyStart + $from.parent.nodeSize);
    const after = tr.mapping.map($from.after(1));
    tr.insert(after, schema.nodes.paragraph.create());
    dispatch(tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView());
  }
  return true;
};

/**
 * Enter keeps the block kind. A block split at its end starts new language (no provenance, no
 * source number); split in the middle, both halves keep the source, and both will show as edited.
 */
export const splitKeepingKind: Command = splitBlockAs((node, atEnd) => {
  if (!atEnd) return { type: node.type, attrs: node.attrs };
  const attrs: Record<string, unknown> = { ...node.attrs };
  if ('provenance' in attrs) attrs['provenance'] = null;
  if ('sourceNumber' in attrs) attrs['sourceNumber'] = null;
  if ('numbering' in attrs) attrs['numbering'] = 'continue';
  return { type: node.type === schema.nodes.title ? schema.nodes.meta : node.type, attrs: node.type === schema.nodes.title ? {} : attrs };
});

/**
 * Inserts `text` as a new block of `kind` after the block at the cursor (or in place of it when
 * it is empty), carrying its provenance: the library's "insert clause".
 */
export function insertParagraphWithProvenance(text: string, provenance: Provenance | null, kind: TextblockKind = 'numbered'): Command {
  return (state, dispatch) => {
    const type = schema.nodes[kind];
    if (dispatch) {
      const index = blockIndexAt(state);
      const block = state.doc.child(index);
      const start = blockStart(state.doc, index);
      const node = type.create({ provenance }, textToInline(text));
      const replaceEmpty = block.isTextblock && block.content.size === 0;
      const at = replaceEmpty ? start : start + block.nodeSize;
      const tr = replaceEmpty ? state.tr.replaceWith(start, start + block.nodeSize, node) : state.tr.insert(at, node);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, at + node.nodeSize - 1)).scrollIntoView());
    }
    return true;
  };
}

/** Replaces the text of the block at the cursor, and its provenance (a library variant chosen instead). */
export function replaceParagraphText(text: string, provenance: Provenance | null): Command {
  return (state, dispatch) => {
    const index = blockIndexAt(state);
    const block = state.doc.child(index);
    if (!block.isTextblock) return false;
    if (dispatch) {
      const start = blockStart(state.doc, index);
      const tr = state.tr.replaceWith(start + 1, start + 1 + block.content.size, textToInline(text));
      tr.setNodeAttribute(start, 'provenance', provenance);
      dispatch(tr.setSelection(TextSelection.create(tr.doc, start + 1 + tr.doc.child(index).content.size)).scrollIntoView());
    }
    return true;
  };
}

/** Starts (or clears, with empty text) a search; the first match becomes current. */
export function setFindQuery(query: FindQuery): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(withFindMeta(state.tr, { query }));
    return true;
  };
}

function stepMatch(direction: 1 | -1): Command {
  return (state, dispatch) => {
    const find = findKey.getState(state);
    const matches = currentMatches(state);
    if (!find || matches.length === 0) return false;
    if (dispatch) {
      const count = matches.length;
      const current = (find.current + direction + count) % count;
      const match = matches[current];
      const tr = withFindMeta(state.tr, { current });
      if (match) tr.setSelection(TextSelection.create(state.doc, match.from, match.to));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Selects the next match, wrapping at the end. */
export const findNext: Command = stepMatch(1);
/** Selects the previous match, wrapping at the start. */
export const findPrevious: Command = stepMatch(-1);

/** Replaces the current match and makes the following one current. */
export function replaceMatch(replacement: string): Command {
  return (state, dispatch) => {
    const find = findKey.getState(state);
    const match = find && currentMatches(state)[find.current];
    if (!find || !match) return false;
    if (dispatch) {
      const tr = state.tr.insertText(replacement, match.from, match.to);
      dispatch(withFindMeta(tr, { current: find.current }).scrollIntoView());
    }
    return true;
  };
}

/** Replaces every match in one step (one undo). */
export function replaceAll(replacement: string): Command {
  return (state, dispatch) => {
    const matches = currentMatches(state);
    if (matches.length === 0) return false;
    if (dispatch) {
      const tr = state.tr;
      for (const match of matches.reverse()) tr.insertText(replacement, match.from, match.to);
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/**
 * Inserts a sentence of agreed language inside the paragraph at the cursor, marked with where
 * it came from (a sentence-grain clause; whole paragraphs carry provenance on the block instead).
 */
export function insertQuotedText(text: string, provenance: Provenance): Command {
  return (state, dispatch) => {
    const { $from } = state.selection;
    if (!$from.parent.isTextblock || text === '') return false;
    if (dispatch) {
      const mark = schema.marks.provenance.create({ source: provenance.source, blockId: provenance.blockId, hash: provenance.hash });
      dispatch(state.tr.replaceSelectionWith(schema.text(text, [mark]), false).scrollIntoView());
    }
    return true;
  };
}

/**
 * Backspace or Delete over the whole draft (select all) leaves one empty block of the first
 * block's kind, as Word keeps the first paragraph's style: a draft is never without a block.
 */
export const deleteEverything: Command = (state, dispatch) => {
  const { from, to } = state.selection;
  const { doc } = state;
  const first = doc.firstChild;
  const last = doc.lastChild;
  if (!first || !last || from > (first.isTextblock ? 1 : 0) || to < doc.content.size - (last.isTextblock ? 1 : 0)) return false;
  if (dispatch) {
    const block = first.isTextblock ? first.type.create() : schema.nodes.numbered.create();
    const tr = state.tr.replaceWith(0, doc.content.size, block);
    dispatch(tr.setSelection(TextSelection.create(tr.doc, 1)).scrollIntoView());
  }
  return true;
};
