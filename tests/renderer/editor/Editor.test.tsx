// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, createRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { EditorView } from 'prosemirror-view';
import { TextSelection } from 'prosemirror-state';
import { Editor } from '../../../renderer/editor/Editor';
import type { EditorHandle } from '../../../renderer/editor/Editor';
import type { EditorSnapshot } from '../../../renderer/editor/plugins/bridge';
import { TYPING_PAUSE_MS } from '../../../renderer/editor/plugins/typing-pause';
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

function mount(json: DocNode) {
  host = document.body.appendChild(document.createElement('div'));
  const ref = createRef<EditorHandle>();
  const onSnapshot = vi.fn<(snapshot: EditorSnapshot) => void>();
  localStorage.setItem('concordDebug', '1');
  act(() => {
    root = createRoot(host as HTMLElement);
    root.render(<Editor doc={json} ref={ref} onSnapshot={onSnapshot} />);
  });
  const view = (window as unknown as { concordView?: EditorView }).concordView;
  if (!view) throw new Error('the editor did not expose its view');
  /** The documents the editor reported as changed. */
  const changes = () => onSnapshot.mock.calls.map(([s]) => s).filter((s) => s.doc !== undefined);
  return { ref, view, onSnapshot, changes, host: host as HTMLElement };
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
    expect(view.state.doc.child(2).attrs['provenance']).toMatchObject({ blockId: 'b9' });
  });

  it('reports counts at mount, and each change with its counts once typing pauses', () => {
    vi.useFakeTimers();
    try {
      const { view, onSnapshot, changes } = mount(draft());
      expect(onSnapshot.mock.calls[0]?.[0]).toMatchObject({ stats: { words: 14, paragraphs: 5 } });
      expect(changes()).toEqual([]);
      act(() => view.dispatch(view.state.tr.insertText('Also ', 2)));
      expect(changes()).toEqual([]);
      act(() => vi.advanceTimersByTime(300));
      expect(changes()).toHaveLength(1);
      expect(changes()[0]?.stats).toEqual({ words: 15, paragraphs: 5 });
      expect(JSON.stringify(changes()[0]?.doc)).toContain('JAlso oint Statement');
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a change as the whole document, with the blocks not typed in handed on as the same JSON as before', () => {
    const { ref, view, changes } = mount(draft());
    const typeIn = (block: number) => {
      let at = 1;
      for (let i = 0; i < block; i++) at += view.state.doc.child(i).nodeSize;
      act(() => view.dispatch(view.state.tr.insertText('Also ', at)));
      act(() => ref.current?.flush());
    };
    typeIn(2);
    typeIn(4);
    const [first, second] = changes().map((s) => s.doc?.content ?? []);
    expect(changes()[1]?.doc).toEqual(view.state.doc.toJSON());
    // A long draft's session compares and its autosave writes only what is not the same object.
    expect(second?.map((block, i) => block === first?.[i])).toEqual([true, true, true, true, false]);
  });

  it('hands on the blocks it was opened with, as the same objects, in the first change after opening', async () => {
    const json = draft();
    const { ref, view, changes } = mount(json);
    // The cache is filled in slices after opening.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    act(() => view.dispatch(view.state.tr.insertText('Also ', 1)));
    act(() => ref.current?.flush());
    expect(changes()[0]?.doc?.content?.map((block, i) => block === json.content?.[i])).toEqual([false, true, true, true, true]);
  });

  it('reads a paragraph once typing in it pauses: its marker and underlines follow, the app hears its warnings meanwhile', () => {
    vi.useFakeTimers();
    try {
      const { ref, view, onSnapshot } = mount(draft());
      const labels = () => [...view.dom.querySelectorAll('.cn-gutter-label')].map((el) => el.textContent);
      const underlined = () => [...view.dom.querySelectorAll('.cn-warning')].map((el) => el.textContent);
      // Before the full stop of "We agree.".
      const at = view.state.doc.child(0).nodeSize + view.state.doc.child(1).nodeSize + 9;
      act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at))));
      for (const ch of ' and and') act(() => view.dispatch(view.state.tr.insertText(ch)));
      expect(view.state.doc.child(2).textContent).toBe('We agree and and.');
      expect(labels()[1]).toBe('verbatim');
      act(() => ref.current?.flush());
      expect(onSnapshot.mock.lastCall?.[0].warnings.map((w) => w.excerpt)).toEqual([' and', ' to']);
      act(() => vi.advanceTimersByTime(TYPING_PAUSE_MS));
      expect(labels()[1]).toBe('edited · 2 words');
      expect(underlined()).toEqual([' and', ' to']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('hands over a change not yet reported when flushed, and the paragraph at the cursor', () => {
    const { ref, view, changes } = mount(draft());
    const at = view.state.doc.child(0).nodeSize + view.state.doc.child(1).nodeSize + 1;
    const tr = view.state.tr.insertText('Indeed, ', at);
    act(() => view.dispatch(tr.setSelection(TextSelection.create(tr.doc, at))));
    act(() => ref.current?.flush());
    expect(changes()).toHaveLength(1);
    expect(changes()[0]?.paragraph).toBe('Indeed, We agree.');
    act(() => ref.current?.flush());
    expect(changes()).toHaveLength(1);
  });

  it('greys the block kind at the cursor and switches kinds from the toolbar', () => {
    const { view, host } = mount(draft());
    const heading = [...host.querySelectorAll('.cn-toolbar button')].find((b) => b.textContent === 'Heading') as HTMLButtonElement;
    expect(heading.disabled).toBe(false);
    act(() => heading.click());
    expect(view.state.doc.firstChild?.type.name).toBe('heading');
  });

  it('shows on the toolbar what typing changed by the next frame: Undo, then greyed again once undone', async () => {
    const { view, host } = mount(draft());
    const undo = () => [...host.querySelectorAll('.cn-toolbar button')].find((b) => b.textContent === 'Undo') as HTMLButtonElement;
    const nextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(undo().disabled).toBe(true);
    act(() => view.dispatch(view.state.tr.insertText('Also ', 2)));
    await nextFrame();
    expect(undo().disabled).toBe(false);
    act(() => undo().click());
    await nextFrame();
    expect(view.state.doc.textContent).not.toContain('Also');
    expect(undo().disabled).toBe(true);
  });

  it('explains a document it cannot open instead of crashing', () => {
    host = document.body.appendChild(document.createElement('div'));
    act(() => {
      root = createRoot(host as HTMLElement);
      root.render(<Editor doc={{ type: 'doc', content: [{ type: 'bogus' }] }} />);
    });
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/does not fit Concord's declaration schema/);
  });

  it.each<[string, KeyboardEventInit, string[]]>([
    ['Tab makes the paragraph a sub-item', { key: 'Tab' }, ['title', 'preamble', 'numbered', 'subitem', 'subitem']],
    ['Shift-Tab on a paragraph does nothing', { key: 'Tab', shiftKey: true }, ['title', 'preamble', 'numbered', 'subitem', 'numbered']],
    ['Alt-ArrowUp moves the paragraph above the one before, with its sub-items', { key: 'ArrowUp', altKey: true }, ['title', 'preamble', 'numbered', 'numbered', 'subitem']],
    ['Enter keeps the kind of block', { key: 'Enter' }, ['title', 'preamble', 'numbered', 'subitem', 'numbered', 'numbered']],
  ])('keys: %s', (_name, init, kinds) => {
    const { view } = mount(draft());
    const end = view.state.doc.content.size - 1;
    act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, end))));
    act(() => view.dom.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true })));
    const names: string[] = [];
    view.state.doc.forEach((n) => names.push(n.type.name));
    expect(names).toEqual(kinds);
  });

  it('opens find with Mod-F and counts matches as the query is typed', () => {
    const { view, host } = mount(draft());
    act(() => view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, bubbles: true, cancelable: true })));
    const input = host.querySelector<HTMLInputElement>('.cn-findbar input[type="search"]');
    expect(input).not.toBeNull();
    act(() => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setValue?.call(input, 'the');
      input?.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(host.querySelector('.cn-find-count')?.textContent).toBe('1 of 2');
    expect(view.dom.querySelectorAll('.cn-find')).toHaveLength(2);
  });

  it('keeps source numbers when the document says so', () => {
    const json = doc({ keepSourceNumbering: true }, p({ sourceNumber: '14.' }, 'We agree.')).node.toJSON() as DocNode;
    const { view } = mount(json);
    expect(view.dom.querySelector('.cn-number')?.textContent).toBe('14.');
  });
});

describe('numbers after moving paragraphs', () => {
  const numbers = (view: EditorView) => [...view.dom.querySelectorAll('.cn-number')].map((el) => el.textContent);
  const press = (view: EditorView, key: string, mods: KeyboardEventInit = {}) =>
    act(() => {
      view.someProp('handleKeyDown', (f) => f(view, new KeyboardEvent('keydown', { key, ...mods })));
    });
  const four = () => doc(title('T'), p('one'), p('two'), p('three'), p('four')).node.toJSON() as DocNode;

  it.each([
    ['Alt+Down', 'ArrowDown'],
    ['Alt+Up', 'ArrowUp'],
  ])('%s renumbers at once, and so does undoing it', (_name, arrow) => {
    const { view } = mount(four());
    act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 9))));
    press(view, arrow, { altKey: true });
    expect(numbers(view)).toEqual(['1.', '2.', '3.', '4.']);
    press(view, 'z', { ctrlKey: true });
    expect(view.state.doc.child(2).textContent).toBe('two');
    expect(numbers(view)).toEqual(['1.', '2.', '3.', '4.']);
  });
});

describe('undo steps', () => {
  const typeAt = (view: EditorView, text: string) => act(() => view.dispatch(view.state.tr.insertText(text)));
  const key = (view: EditorView, k: string, mods: KeyboardEventInit = {}) =>
    act(() => {
      view.someProp('handleKeyDown', (f) => f(view, new KeyboardEvent('keydown', { key: k, ...mods })));
    });
  const undoOnce = (view: EditorView) => key(view, 'z', { ctrlKey: true });
  const kinds = (view: EditorView) => {
    const out: string[] = [];
    view.state.doc.forEach((b) => out.push(`${b.type.name}:${b.textContent}`));
    return out;
  };

  it('a toolbar action is its own step, apart from the typing around it', () => {
    const { view, host } = mount(doc(title('T'), p('We agree')).node.toJSON() as DocNode);
    act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 12))));
    typeAt(view, ' fully');
    const preamble = [...host.querySelectorAll('.cn-toolbar button')].find((b) => b.textContent === 'Preamble') as HTMLButtonElement;
    act(() => preamble.click());
    typeAt(view, ' now');
    expect(kinds(view)).toEqual(['title:T', 'preamble:We agree fully now']);
    undoOnce(view);
    expect(kinds(view)).toEqual(['title:T', 'preamble:We agree fully']);
    undoOnce(view);
    expect(kinds(view)).toEqual(['title:T', 'numbered:We agree fully']);
    undoOnce(view);
    expect(kinds(view)).toEqual(['title:T', 'numbered:We agree']);
  });

  it('a keyboard command (Tab) is its own step too', () => {
    const { view } = mount(doc(title('T'), p('a'), p('We agree')).node.toJSON() as DocNode);
    act(() => view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, 15))));
    typeAt(view, ' fully');
    key(view, 'Tab');
    typeAt(view, ' now');
    undoOnce(view);
    expect(kinds(view)).toEqual(['title:T', 'numbered:a', 'subitem:We agree fully']);
    undoOnce(view);
    expect(kinds(view)).toEqual(['title:T', 'numbered:a', 'numbered:We agree fully']);
  });
});
