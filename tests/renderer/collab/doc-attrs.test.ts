// @vitest-environment jsdom
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docAttrsSync } from '../../../renderer/collab/doc-attrs';
import { schema } from '../../../renderer/editor/schema';

const views: EditorView[] = [];
afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
});

/** An editor bound to the attributes map of `ydoc`. */
function editorOn(ydoc: Y.Doc): EditorView {
  const state = EditorState.create({ schema, plugins: [docAttrsSync(ydoc.getMap('docAttrs'))] });
  const view = new EditorView(document.createElement('div'), { state });
  views.push(view);
  return view;
}

/** What another person's copy sends: `values` set on their side, then applied here as a remote update. */
function fromPeer(ydoc: Y.Doc, values: Record<string, unknown>): void {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(ydoc));
  peer.transact(() => {
    for (const [key, value] of Object.entries(values)) peer.getMap('docAttrs').set(key, value);
  });
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(peer));
}

describe("a shared draft's document attributes", () => {
  it.each([
    ['comments that are not threads', { comments: 'not a list' }],
    ['a numbering mode that is not a switch', { keepSourceNumbering: 'yes' }],
  ])('opens the editor when the shared copy holds %s, and keeps the valid ones', (_what, bad) => {
    const ydoc = new Y.Doc();
    ydoc.getMap('docAttrs').set('keepSourceNumbering', true);
    for (const [key, value] of Object.entries(bad)) ydoc.getMap('docAttrs').set(key, value);
    const view = editorOn(ydoc);
    const valid = 'keepSourceNumbering' in bad ? false : true;
    expect(view.state.doc.attrs['keepSourceNumbering']).toBe(valid);
    expect(view.state.doc.attrs['comments']).toEqual([]);
  });

  it("ignores a peer's malformed value and still applies its valid ones", () => {
    const ydoc = new Y.Doc();
    const view = editorOn(ydoc);
    expect(() => fromPeer(ydoc, { comments: { broken: true }, keepSourceNumbering: true })).not.toThrow();
    expect(view.state.doc.attrs['keepSourceNumbering']).toBe(true);
    expect(view.state.doc.attrs['comments']).toEqual([]);
  });
});
