/**
 * The peer of the drafting pane in the editor bench: plain ProseMirror with its basic schema
 * and nothing else, bundled by the bench and run in the same chromium.
 */
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { schema } from 'prosemirror-schema-basic';

/** Mounts an editor with one paragraph per text and exposes its view as `window.concordView`, as the app does. */
export function mountPlainEditor(texts: string[]): void {
  const doc = schema.node(
    'doc',
    null,
    texts.map((t) => schema.node('paragraph', null, [schema.text(t)])),
  );
  const host = document.body.appendChild(document.createElement('div'));
  const view = new EditorView(host, { state: EditorState.create({ doc }) });
  (window as unknown as { concordView: EditorView }).concordView = view;
}
