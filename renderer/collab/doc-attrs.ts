/**
 * The document's own attributes (its comment threads, "keep source numbering") travel with a
 * shared draft. y-prosemirror binds the document's content, not the attributes of its top
 * node, so this plugin keeps them in a Y.Map beside the content (filled when the draft is
 * shared): a change the user makes is written to the map, a remote one is applied to the
 * editor without entering the undo history. Transactions that come from the Yjs binding
 * itself (it rebuilds the document from the shared content) are never written back.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { ySyncPluginKey } from 'y-prosemirror';
import type * as Y from 'yjs';
import { asReviewAction } from '../editor/review/suggesting';

/** Its state: whether the last transaction changed the attributes on this side. */
export const docAttrsKey = new PluginKey<boolean>('collabDocAttrs');

const REMOTE = 'concord:remote-doc-attrs';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies the map's values where the document differs. A value the schema rejects (a peer's
 * damaged or older copy) is left out, so it can neither stop the editor opening nor break sync.
 */
function pull(view: EditorView, map: Y.Map<unknown>): void {
  const tr = view.state.tr;
  for (const [key, value] of map.entries()) {
    if (!(key in view.state.doc.attrs) || same(view.state.doc.attrs[key], value)) continue;
    try {
      tr.setDocAttribute(key, value);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  // Another person's change, applied as it is, even while this side is suggesting.
  if (tr.docChanged) view.dispatch(asReviewAction(tr).setMeta(REMOTE, true).setMeta('addToHistory', false));
}

/** The plugin keeping the document's attributes in `map`. */
export function docAttrsSync(map: Y.Map<unknown>): Plugin<boolean> {
  return new Plugin<boolean>({
    key: docAttrsKey,
    state: {
      init: () => false,
      apply: (tr, _changed, before, after) => {
        const fromYjs = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
        return before.doc.attrs !== after.doc.attrs && !tr.getMeta(REMOTE) && !fromYjs && !same(before.doc.attrs, after.doc.attrs);
      },
    },
    view(view) {
      pull(view, map);
      const observer = (event: Y.YMapEvent<unknown>) => {
        if (!event.transaction.local) pull(view, map);
      };
      map.observe(observer);
      return {
        update(v) {
          if (!docAttrsKey.getState(v.state)) return;
          map.doc?.transact(() => {
            for (const [key, value] of Object.entries(v.state.doc.attrs)) {
              if (!same(map.get(key), value)) map.set(key, value);
            }
          });
        },
        destroy: () => map.unobserve(observer),
      };
    },
  });
}
