/**
 * Shows the computed numbers (and the count of a list of parties). A number is a widget at the
 * start of its block, outside the editable text, so it can never be typed over, selected or
 * saved as text.
 *
 * On a long draft, a new paragraph renumbers hundreds of blocks. Rebuilding hundreds of widgets
 * for that costs tens of milliseconds in the view, so a block's widget depends only on the block
 * (whether it is numbered at all): the labels live in plugin state, each widget shows its label
 * when drawn, and the plugin's view rewrites the labels of widgets already drawn when they move:
 * those near the cursor at once, those out of sight a moment later, off the keystroke's frame.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import { Decoration } from 'prosemirror-view';
import type { EditorView } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { blockLabels } from '../numbering';
import type { BlockLabel } from '../numbering';
import { forEachBlockOf, keptBlocks, touchedBlocks } from '../touched';
import type { BlockRange } from '../touched';

/**
 * The labels by block index. The widgets showing them are drawn in the gutter's decoration set
 * (plugins/provenance.ts, from numberDecorations): the view looks every block up in each set
 * on every keystroke, so the numbers and the provenance markers share one.
 */
export interface NumberingState {
  /** Kept identical while no label changes, so other plugins can tell cheaply. */
  labels: readonly BlockLabel[];
  keepSource: boolean;
}

/** Key of the numbering plugin; its state is a NumberingState. */
export const numberingKey = new PluginKey<NumberingState>('numbering');

/** Whether a block shows a number, decided by the block alone (and the document's mode). */
function showsNumber(block: Node, keepSource: boolean): boolean {
  if (keepSource) return block.attrs['sourceNumber'] !== null && block.attrs['sourceNumber'] !== undefined;
  const name = block.type.name;
  return name === 'numbered' || name === 'subitem' || (name === 'heading' && block.attrs['numbered'] === true);
}

// The number element drawn for each block version, so that the view can relabel it in place.
const drawn = new WeakMap<Node, HTMLElement>();
// A widget's key: new for each block version, except that typing in a block hands the key and
// the drawn element on to the block's next version, so the view keeps the number's DOM.
const versionIds = new WeakMap<Node, number>();
let nextVersionId = 1;
function versionId(block: Node): number {
  let id = versionIds.get(block);
  if (id === undefined) versionIds.set(block, (id = nextVersionId++));
  return id;
}

/** For a transaction that kept every block (keptBlocks), each touched block inherits its number widget. */
function handOn(tr: Transaction): void {
  for (const range of touchedBlocks(tr)) {
    forEachBlockOf(tr.doc, range, (block, _pos, index) => {
      const before = tr.before.child(index);
      const id = versionIds.get(before);
      const el = drawn.get(before);
      if (id === undefined || versionIds.has(block)) return;
      versionIds.set(block, id);
      if (el) drawn.set(block, el);
    });
  }
}

function numberWidget(block: Node, pos: number): Decoration {
  return Decoration.widget(
    pos,
    (view, getPos) => {
      const el = view.dom.ownerDocument.createElement('span');
      el.className = 'cn-number';
      el.contentEditable = 'false';
      // The block as the view has it now: a widget kept while typing may be drawn again later.
      const at = getPos();
      const index = at === undefined ? -1 : view.state.doc.resolve(at).index(0);
      const now = index < 0 ? block : view.state.doc.child(index);
      el.textContent = index < 0 ? '' : (numberingKey.getState(view.state)?.labels[index] ?? '');
      drawn.set(now, el);
      return el;
    },
    { side: -1, key: `number-${versionId(block)}`, ignoreSelection: true },
  );
}

function partyCount(block: Node): string | null {
  if (block.type.name !== 'parties') return null;
  return block.childCount === 1 ? '1 party' : `${block.childCount} parties`;
}

/** The numbers (and party counts) of the blocks in `range`. */
export function numberDecorations(doc: Node, keepSource: boolean, range: BlockRange): Decoration[] {
  const decorations: Decoration[] = [];
  forEachBlockOf(doc, range, (block, offset) => {
    const count = partyCount(block);
    if (showsNumber(block, keepSource)) decorations.push(numberWidget(block, block.isTextblock ? offset + 1 : offset + 2));
    if (count) decorations.push(Decoration.node(offset, offset + block.nodeSize, { 'data-count': count }, { key: count }));
  });
  return decorations;
}

function sameLabels(a: readonly BlockLabel[], b: readonly BlockLabel[]): boolean {
  return a === b || (a.length === b.length && a.every((label, i) => label === b[i]));
}

// What each drawn number shows, so relabelling reads nothing back from the DOM.
const shown = new WeakMap<HTMLElement, string>();

/**
 * Rewrites the numbers already drawn, in blocks [from, to), whose label moved. Given the
 * document the labels were last right for, a block still at its index there is skipped.
 */
function relabel(view: EditorView, from: number, to: number, right?: Node): void {
  const labels = numberingKey.getState(view.state)?.labels ?? [];
  const doc = view.state.doc;
  for (let index = Math.max(0, from); index < Math.min(to, doc.childCount); index++) {
    const block = doc.child(index);
    if (right && index < right.childCount && right.child(index) === block) continue;
    const el = drawn.get(block);
    const label = labels[index] ?? '';
    if (el && (shown.get(el) ?? el.textContent) !== label) {
      el.textContent = label;
      shown.set(el, label);
    }
  }
}

/** Blocks either side of the cursor relabelled at once: more than a screenful. */
const NEAR_CURSOR = 40;
/** Delay before the numbers out of sight are relabelled, off the keystroke's frame. */
const FAR_DELAY_MS = 30;

/** The numbering plugin. */
export function numbering(): Plugin<NumberingState> {
  return new Plugin<NumberingState>({
    key: numberingKey,
    state: {
      init: (_, state) => ({ labels: blockLabels(state.doc), keepSource: state.doc.attrs['keepSourceNumbering'] === true }),
      apply: (tr, old) => {
        if (!tr.docChanged) return old;
        const doc = tr.doc;
        // Labels follow the blocks' kinds and attributes alone, never their text.
        const kept = keptBlocks(tr);
        if (kept) handOn(tr);
        const fresh = kept ? old.labels : blockLabels(doc);
        const labels = sameLabels(fresh, old.labels) ? old.labels : fresh;
        const keepSource = doc.attrs['keepSourceNumbering'] === true;
        return labels === old.labels && keepSource === old.keepSource ? old : { labels, keepSource };
      },
    },
    view: () => {
      let pending: ReturnType<typeof setTimeout> | null = null;
      return {
        update: (view, previous) => {
          if (view.state.doc === previous.doc) return;
          // A move (Alt+Up, its undo) keeps every label by index but carries drawn numbers
          // along with their blocks: the blocks around the cursor are checked on every change,
          // but while the labels hold, a block still at its index keeps its number (typing).
          const around = view.state.selection.$head.index(0);
          const same = numberingKey.getState(view.state)?.labels === numberingKey.getState(previous)?.labels;
          relabel(view, around - NEAR_CURSOR, around + NEAR_CURSOR, same ? previous.doc : undefined);
          if (same) return;
          if (pending !== null) clearTimeout(pending);
          pending = setTimeout(() => {
            pending = null;
            relabel(view, 0, view.state.doc.childCount);
          }, FAR_DELAY_MS);
        },
        destroy: () => {
          if (pending !== null) clearTimeout(pending);
        },
      };
    },
  });
}
