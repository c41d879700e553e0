/**
 * The document's own attributes (its comment threads, "keep source numbering") travel with a
 * shared draft. y-prosemirror binds the document's content, not the attributes of its top
 * node, so this plugin keeps them in a Y.Map beside the content: local changes are written to
 * the map, remote ones are applied to the editor without entering the undo history.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type * as Y from 'yjs';

export const docAttrsKey = new PluginKey('collabDocAttrs');

const REMOTE = 'concord:remote-doc-attrs';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Applies the map's values the document does not hold yet; true when something changed. */
function pull(view: EditorView, map: Y.Map<unknown>): void {
  let tr = view.state.tr;
  for (const [key, value] of map.entries()) {
    if (key in view.state.doc.attrs && !same(view.state.doc.attrs[key], value)) tr = tr.setDocAttribute(key, value);
  }
  if (tr.docChanged) view.dispatch(tr.setMeta(REMOTE, true).setMeta('addToHistory', false));
}

/** The plugin keeping the document's attributes in `map`. */
export function docAttrsSync(map: Y.Map<unknown>): Plugin {
  return new Plugin({
    key: docAttrsKey,
    view(view) {
      // A draft shared before this map existed, or by this client just now: the map starts from the document.
      if (map.size === 0) {
        map.doc?.transact(() => {
          for (const [key, value] of Object.entries(view.state.doc.attrs)) map.set(key, value);
        });
      } else pull(view, map);
      const observer = (event: Y.YMapEvent<unknown>) => {
        if (!event.transaction.local) pull(view, map);
      };
      map.observe(observer);
      return {
        update(v, previous) {
          if (v.state.doc.attrs === previous.doc.attrs) return;
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
