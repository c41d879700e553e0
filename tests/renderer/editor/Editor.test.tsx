// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { EditorView } from 'prosemirror-view';
import { Editor } from '../../../renderer/editor/Editor';
import type { EditorHandle } from '../../../renderer/editor/Editor';
import type { DocNode } from '../../../shared/model';
import { doc, p, pre, source, sub, title } from './builder';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom lays nothing out; ProseMirror asks for rectangles when it scrolls the selection into view.
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
  document.elementFromPoint = () => null;
});

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

function mount(json: DocNode, extra: Partial<Parameters<typeof Editor>[0]> = {}) {
  host = document.body.appendChild(document.createElement('div'));
  const ref = createRef<EditorHandle>();
  let view: EditorView | null = null;
  const onDocChange = vi.fn();
  act(() => {
    root = createRoot(host as HTMLElement);
    root.render(<Editor doc={json} ref={ref} onDocChange={onDocChange} onReady={(v) => (view = v)} {...extra} />);
  });
  if (!view) throw new Error('the editor did not report its view');
  return { ref, view: view as EditorView, onDocChange, host: host as HTMLElement };
}

const draft = () =>
  doc(
    title('Joint Statement'),
    pre({ provenance: source('Recalling the plan,') }, 'Recalling the plan,'),
    p({ provenance: source('We agree.') }, 'We agree.'),
    sub('to to trade;'),
    p({ provenance: source('We note the plan.') }, 'We welcome the plan.'),
  ).node.toJSON() as DocNode;

describe('Editor', () => {
  it('shows a spellchecked page with computed numbers and provenance in the gutter', () => {
    const { view } = mount(draft());
    expect(view.dom.getAttribute('spellcheck')).toBe('true');
    const numbers = [...view.dom.querySelectorAll('.cn-number')].map((el) => el.textContent);
    expect(numbers).toEqual(['1.', '(a)', '2.']);
    const gutter = [...view.dom.querySelectorAll('.cn-gutter-label')].map((el) => el.textContent);
    expect(gutter).toEqual(['verbatim', 'verbatim', 'new', 'edited · 1 word']);
    expect(view.state.doc.textContent).not.toContain('1.');
  });

  it('shows the word diff to the source when an edited marker is clicked, as text', () => {
    const { view } = mount(draft());
    const edited = view.dom.querySelector('.cn-gutter--edited');
    act(() => edited?.querySelector('button')?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(edited?.querySelector('.cn-diff-delete')?.textContent).toBe('note');
    expect(edited?.querySelector('.cn-diff-insert')?.textContent).toBe('welcome');
  });

  it('underlines drafting problems', () => {
    const { view } = mount(draft());
    expect([...view.dom.querySelectorAll('.cn-warning')].map((el) => el.getAttribute('title'))).toEqual([expect.stringContaining('twice')]);
  });

  it('inserts a clause with provenance through its handle, renumbering the rest', () => {
    const { ref, view } = mount(draft());
    act(() => {
      ref.current?.select(30, 30);
      ref.current?.insertClause('We act.', source('We act.', 'b9'));
    });
    expect([...view.dom.querySelectorAll('.cn-number')].map((el) => el.textContent)).toEqual(['1.', '2.', '(a)', '3.']);
    expect(ref.current?.getDoc().content?.[2]?.attrs?.['provenance']).toMatchObject({ blockId: 'b9' });
  });

  it('reports changes with word and paragraph counts once typing pauses', () => {
    vi.useFakeTimers();
    try {
      const { view, onDocChange } = mount(draft());
      onDocChange.mockClear();
      act(() => view.dispatch(view.state.tr.insertText('Also ', 2)));
      expect(onDocChange).not.toHaveBeenCalled();
      act(() => vi.advanceTimersByTime(300));
      expect(onDocChange).toHaveBeenCalledTimes(1);
      expect(onDocChange.mock.calls[0]?.[1]).toEqual({ words: 15, paragraphs: 5 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('greys the block kind at the cursor and switches kinds from the toolbar', () => {
    const { view, host } = mount(draft());
    const heading = [...host.querySelectorAll('.cn-toolbar button')].find((b) => b.textContent === 'Heading') as HTMLButtonElement;
    expect(heading.disabled).toBe(false);
    act(() => heading.click());
    expect(view.state.doc.firstChild?.type.name).toBe('heading');
  });

  it('explains a document it cannot open instead of crashing', () => {
    host = document.body.appendChild(document.createElement('div'));
    act(() => {
      root = createRoot(host as HTMLElement);
      root.render(<Editor doc={{ type: 'doc', content: [{ type: 'bogus' }] }} />);
    });
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/does not fit Concord's declaration schema/);
  });

  it('follows the host switch for keeping source numbers', () => {
    const json = doc(p({ sourceNumber: '14.' }, 'We agree.')).node.toJSON() as DocNode;
    const { view } = mount(json, { keepSourceNumbering: true });
    expect(view.dom.querySelector('.cn-number')?.textContent).toBe('14.');
  });
});
