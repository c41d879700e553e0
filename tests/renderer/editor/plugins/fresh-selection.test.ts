// @vitest-environment jsdom
import { TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../../../renderer/editor/schema';
import { createDraftState } from '../../../../renderer/editor/state';
import { doc, p, title } from '../builder';

beforeAll(() => {
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
  document.elementFromPoint = () => null;
});

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

describe('a key command typed right after the caret moved', () => {
  it('acts where the browser shows the caret, even before ProseMirror read the move', () => {
    const place = document.createElement('div');
    document.body.append(place);
    view = new EditorView(place, { state: createDraftState(doc(title('T'), p('The partners met in Geneva.')).node) });
    view.dom.tabIndex = 0;
    view.focus();
    const end = view.state.doc.content.size - 1;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, end)));
    // The browser moves the caret one to the left (ArrowLeft); no selectionchange has come yet.
    const text = [...view.dom.querySelectorAll('p')].flatMap((el) => [...el.childNodes]).find((n) => n.textContent === 'The partners met in Geneva.');
    if (!text) throw new Error('no paragraph text');
    document.getSelection()?.collapse(text, 'The partners met in Geneva'.length);
    view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', code: 'KeyF', keyCode: 70, ctrlKey: true, altKey: true, bubbles: true, cancelable: true }));
    const paragraph = view.state.doc.child(1);
    let markAt = -1;
    paragraph.forEach((node, offset) => {
      if (node.type === schema.nodes['footnote_ref']) markAt = offset;
    });
    expect(markAt).toBe('The partners met in Geneva'.length);
  });
});
