/**
 * The one link from the editor to the rest of the app. Its plugin view hears every update and,
 * once typing and cursor moves pause, sends one snapshot: the document (when it changed), the
 * counts, the drafting warnings and the paragraph at the cursor. Serialising a 60,000-word draft
 * and listing every warning is too much for each keystroke, hence the pause. `flushBridge` sends
 * what is pending at once (before a save); the view sends it too when it goes away, so nothing
 * typed is lost.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { DocNode } from '../../../shared/model';
import { draftStats, type DraftStats } from '../stats';
import { listWarnings, type DraftWarning } from './checks';
import { pauseTimer } from '../pause-timer';
import { docJson } from '../doc-json';

/** What the app hears from the editor. */
export interface EditorSnapshot {
  state: EditorState;
  /** The document as JSON when it changed since the last snapshot; absent otherwise (and at mount). Unchanged blocks keep their JSON objects. */
  doc?: DocNode;
  stats: DraftStats;
  warnings: DraftWarning[];
  /** The text of the top-level block at the cursor, or null. */
  paragraph: string | null;
}

/** How long typing must pause before a snapshot is sent. */
export const SNAPSHOT_DELAY_MS = 250;

/** The plugin's state counts flush requests; a new count tells the view to send now. */
export const bridgeKey = new PluginKey<number>('bridge');

/** Asks the bridge to send its pending snapshot now. */
export function flushBridge(view: EditorView): void {
  view.dispatch(view.state.tr.setMeta(bridgeKey, 'flush').setMeta('addToHistory', false));
}

function paragraphAt(state: EditorState): string | null {
  const { $from } = state.selection;
  return $from.depth > 0 ? $from.node(1).textContent : null;
}

/** The bridge: `send` gets a snapshot at mount, after each pause, on flush and on destroy. */
export function bridge(send: (snapshot: EditorSnapshot) => void, delayMs = SNAPSHOT_DELAY_MS): Plugin<number> {
  return new Plugin({
    key: bridgeKey,
    state: {
      init: () => 0,
      apply: (tr, flushes) => (tr.getMeta(bridgeKey) === 'flush' ? flushes + 1 : flushes),
    },
    view(view) {
      let pending = false;
      let docChanged = false;
      // Counts and warnings only move with the document; a cursor move reuses them.
      let counted: { doc: EditorState['doc']; stats: DraftStats; warnings: DraftWarning[] } | null = null;
      const snapshot = (): EditorSnapshot => {
        const { state } = view;
        if (counted?.doc !== state.doc) counted = { doc: state.doc, stats: draftStats(state.doc), warnings: listWarnings(state) };
        return {
          state,
          ...(docChanged ? { doc: docJson(state.doc) } : {}),
          stats: counted.stats,
          warnings: counted.warnings,
          paragraph: paragraphAt(state),
        };
      };
      const sendNow = () => {
        timer.cancel();
        pending = false;
        const next = snapshot();
        docChanged = false;
        send(next);
      };
      const timer = pauseTimer(delayMs, sendNow);
      send(snapshot());
      return {
        update(updated, before) {
          const changed = updated.state.doc !== before.doc;
          if (changed) docChanged = true;
          if (changed || !updated.state.selection.eq(before.selection)) {
            pending = true;
            timer.poke();
          }
          if (bridgeKey.getState(updated.state) !== bridgeKey.getState(before) && pending) sendNow();
        },
        destroy() {
          if (pending) sendNow();
        },
      };
    },
  });
}
