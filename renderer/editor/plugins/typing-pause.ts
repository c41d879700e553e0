/**
 * While a paragraph is being typed in, what the plugins read from its text (the provenance diff
 * with its gutter marker, the drafting checks, the brackets) waits until typing pauses: a
 * keystroke then only maps the paragraph's decorations, and the paragraph is read once, a moment
 * after the last key. On a 1,000-paragraph draft that reading, and redrawing what it changed,
 * were most of the editor's own work per key.
 *
 * Only the editor's dispatch lets analysis wait (`mayWait`): a state without a view, as tests
 * and the state benchmark apply it, reads every change at once. A change that is not typing in
 * one paragraph (a new paragraph, a move, a change of kind, typing in another paragraph) has
 * the waiting paragraph read in the same transaction. `listWarnings` reads the waiting
 * paragraph afresh, so the app always hears the warnings of the text as it is.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState, Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { keptBlocks, mergedRanges, touchedBlocks } from '../touched';
import type { BlockRange } from '../touched';
import { pauseTimer } from '../pause-timer';

/** How long typing must pause before the paragraph typed in is read again. */
export const TYPING_PAUSE_MS = 150;

/** The plugin's state: the block whose reading waits, and what this transaction lets go. */
interface TypingPause {
  /** Start of the top-level block whose reading waits, or null. */
  waiting: number | null;
  /** Blocks to read in this transaction besides those it touched: a wait that ended. */
  due: readonly BlockRange[];
  /** Whether the blocks this transaction touched wait instead of being read. */
  deferred: boolean;
}

export const typingPauseKey = new PluginKey<TypingPause>('typingPause');

const MAY_WAIT = 'may-wait';
const READ_NOW = 'read-now';
const IDLE: TypingPause = { waiting: null, due: [], deferred: false };

/** `tr`, allowed to leave the reading of the paragraph it types in until typing pauses. */
export function mayWait(tr: Transaction): Transaction {
  return tr.docChanged ? tr.setMeta(typingPauseKey, MAY_WAIT) : tr;
}

/** `tr`, made to read the paragraph whose reading waits (what the pause in typing does). */
export function readWaiting(tr: Transaction): Transaction {
  return tr.setMeta(typingPauseKey, READ_NOW).setMeta('addToHistory', false);
}

/** The top-level block starting at `start`, as a range, if one does. */
function blockAt(doc: Node, start: number | null): BlockRange | null {
  if (start === null || start < 0 || start >= doc.content.size) return null;
  const $start = doc.resolve(start);
  if ($start.depth !== 0) return null;
  const block = $start.nodeAfter;
  return block ? { from: start, to: start + block.nodeSize } : null;
}

/** The one block a typing transaction changed, when it changed nothing else. */
function typedBlock(tr: Transaction): BlockRange | null {
  const ranges = touchedBlocks(tr);
  const range = ranges[0];
  if (ranges.length !== 1 || !range || !keptBlocks(tr)) return null;
  const block = blockAt(tr.doc, range.from);
  return block && block.to === range.to ? block : null;
}

function next(tr: Transaction, old: TypingPause): TypingPause {
  const mapped = old.waiting === null ? null : tr.mapping.mapResult(old.waiting, 1);
  const waiting = mapped && !mapped.deletedAfter ? mapped.pos : null;
  const wait = blockAt(tr.doc, waiting);
  if (tr.getMeta(typingPauseKey) === READ_NOW) return wait ? { waiting: null, due: [wait], deferred: false } : IDLE;
  if (!tr.docChanged) return old.due.length === 0 ? old : { waiting: old.waiting, due: [], deferred: false };
  const typed = tr.getMeta(typingPauseKey) === MAY_WAIT ? typedBlock(tr) : null;
  if (typed) return { waiting: typed.from, due: wait && wait.from !== typed.from ? [wait] : [], deferred: true };
  return wait ? { waiting: null, due: [wait], deferred: false } : IDLE;
}

const toRead = new WeakMap<Transaction, readonly BlockRange[]>();

/**
 * The top-level blocks a plugin that reads block text must read for `tr`, in `state` (the
 * state being made, after this plugin): those the transaction touched, unless they wait, and
 * any whose wait is over. Empty for a transaction that changes nothing to read.
 */
export function blocksToRead(tr: Transaction, state: EditorState): readonly BlockRange[] {
  const known = toRead.get(tr);
  if (known) return known;
  const pause = typingPauseKey.getState(state);
  const touched = tr.docChanged && !pause?.deferred ? touchedBlocks(tr) : [];
  const ranges = pause && pause.due.length > 0 ? mergedRanges([...touched, ...pause.due]) : touched;
  toRead.set(tr, ranges);
  return ranges;
}

/** Whether the transaction that made `state` typed in one paragraph, whose reading now waits. */
export function typedInOneBlock(state: EditorState): boolean {
  return typingPauseKey.getState(state)?.deferred === true;
}

/** The block whose reading waits in `state`, or null. */
export function waitingBlock(state: EditorState): BlockRange | null {
  return blockAt(state.doc, typingPauseKey.getState(state)?.waiting ?? null);
}

/** The plugin; it goes before the plugins that read block text. Its view reads the waiting block once typing pauses. */
export function typingPause(delayMs = TYPING_PAUSE_MS): Plugin<TypingPause> {
  return new Plugin<TypingPause>({
    key: typingPauseKey,
    state: {
      init: () => IDLE,
      apply: next,
    },
    view: (view) => {
      const timer = pauseTimer(delayMs, () => {
        if (typingPauseKey.getState(view.state)?.waiting != null) view.dispatch(readWaiting(view.state.tr));
      });
      return {
        update: (updated, previous) => {
          if (updated.state.doc === previous.doc) return;
          if (typingPauseKey.getState(updated.state)?.waiting == null) timer.cancel();
          else timer.poke();
        },
        destroy: () => timer.cancel(),
      };
    },
  });
}
