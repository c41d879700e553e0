// @vitest-environment jsdom
import { TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDraftState } from '../../../../renderer/editor/state';
import { splitKeepingKind } from '../../../../renderer/editor/commands';
import { doc, p, source, title } from '../builder';

beforeAll(() => {
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
});

let view: EditorView | null = null;
afterEach(() => {
  view?.destroy();
  view = null;
});

const numbers = () => [...(view?.dom.querySelectorAll('.cn-number') ?? [])].map((el) => el.textContent);

describe('the numbers drawn in the editor', () => {
  it('keep their element while one types, and still follow a new paragraph above them', () => {
    const built = doc(title('T'), p('We a<a>gree.'), p('We act<b>.'));
    view = new EditorView(document.createElement('div'), { state: createDraftState(built.node) });
    const second = () => view?.dom.querySelectorAll('.cn-number')[1];
    const before = second();
    view.dispatch(view.state.tr.insertText('x', built.tag['b']));
    view.dispatch(view.state.tr.insertText('y'));
    expect(second()).toBe(before);
    expect(numbers()).toEqual(['1.', '2.']);
    // Enter in the first paragraph: the typed-in one becomes 3.
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, built.tag['a'] ?? 0)));
    splitKeepingKind(view.state, (tr) => view?.dispatch(tr));
    expect(numbers()).toEqual(['1.', '2.', '3.']);
  });

  it('follow a new paragraph above them after typing made agreed language edited (the marker before the number is drawn again)', () => {
    const built = doc(title('T'), p('We a<a>gree.'), p({ provenance: source('We act.') }, 'We act<b>.'));
    view = new EditorView(document.createElement('div'), { state: createDraftState(built.node) });
    view.dispatch(view.state.tr.insertText(' now', built.tag['b']));
    view.dispatch(view.state.tr.insertText('!'));
    expect(view.dom.querySelector('.cn-gutter--edited')).not.toBeNull();
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, built.tag['a'] ?? 0)));
    splitKeepingKind(view.state, (tr) => view?.dispatch(tr));
    expect(numbers()).toEqual(['1.', '2.', '3.']);
  });
});
