// @vitest-environment jsdom
/**
 * Fuzzing the drafting editor: thousands of random selections, keys, typing and toolbar
 * actions on drafts made from every template (and a blank one). After every action the
 * document must still fit the schema and the editor, toolbar included, must still be there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { EditorView } from 'prosemirror-view';
import { AllSelection, NodeSelection, TextSelection } from 'prosemirror-state';
import { Editor } from '../../../renderer/editor/Editor';
import { blankDraft, draftFromDeclaration } from '../../../renderer/app/drafts';
import { readDeclaration } from '../../../shared/text/read';
import type { DocNode } from '../../../shared/model';
import { seededRandom } from '../../../shared/random';

// The suite runs from the repository root (tests/vitest.config.ts); jsdom gives import.meta.url no file scheme.
const root = `${process.cwd()}/`;
const templates = readdirSync(`${root}templates`).filter((f) => f.endsWith('.txt'));

/** Drafts the fuzzer edits: one per template, and the blank draft. */
const drafts: [string, DocNode][] = [
  ...templates.map((file): [string, DocNode] => [file, draftFromDeclaration(readDeclaration(readFileSync(`${root}templates/${file}`), { name: file }).declaration).doc]),
  ['blank', blankDraft('Untitled joint statement').doc],
];

const STEPS = 600;
/** Six hundred steps take a few seconds alone, longer on a busy machine. */
const TIMEOUT_MS = 120_000;

/** Keys a drafter presses, as the keymap reads them. */
const KEYS: { key: string; ctrlKey?: boolean; altKey?: boolean; shiftKey?: boolean }[] = [
  { key: 'a', ctrlKey: true },
  { key: 'ArrowUp', altKey: true },
  { key: 'ArrowDown', altKey: true },
  { key: 'Tab' },
  { key: 'Tab', shiftKey: true },
  { key: 'Enter' },
  { key: 'Backspace' },
  { key: 'Delete' },
  { key: 'z', ctrlKey: true },
  { key: 'y', ctrlKey: true },
  { key: 'b', ctrlKey: true },
  { key: '[', ctrlKey: true },
  { key: 'f', ctrlKey: true, altKey: true },
];

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
  document.elementFromPoint = () => null;
});

let reactRoot: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => reactRoot?.unmount());
  host?.remove();
});

/** Block boundaries and a few random positions: where edits go wrong. */
function interestingPosition(view: EditorView, random: () => number): number {
  const { doc } = view.state;
  if (random() < 0.5) {
    const index = Math.floor(random() * doc.childCount);
    let pos = 0;
    for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
    return random() < 0.5 ? pos + 1 : pos + doc.child(index).nodeSize - 1;
  }
  return Math.floor(random() * (doc.content.size + 1));
}

function randomSelection(view: EditorView, random: () => number): void {
  const { doc } = view.state;
  const roll = random();
  let selection;
  if (roll < 0.1) selection = new AllSelection(doc);
  else if (roll < 0.15) {
    const pos = interestingPosition(view, random);
    const $pos = doc.resolve(pos);
    selection = $pos.nodeAfter && NodeSelection.isSelectable($pos.nodeAfter) ? NodeSelection.create(doc, pos) : TextSelection.near($pos);
  } else {
    const a = doc.resolve(interestingPosition(view, random));
    const b = random() < 0.5 ? a : doc.resolve(interestingPosition(view, random));
    selection = TextSelection.between(a, b);
  }
  view.dispatch(view.state.tr.setSelection(selection));
}

function pressKey(view: EditorView, spec: (typeof KEYS)[number]): void {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...spec });
  view.someProp('handleKeyDown', (f) => f(view, event));
}

function typeText(view: EditorView, text: string): void {
  const { from, to } = view.state.selection;
  if (!view.someProp('handleTextInput', (f) => f(view, from, to, text, () => view.state.tr.insertText(text, from, to)))) {
    view.dispatch(view.state.tr.insertText(text, from, to));
  }
}

function clickToolbar(container: HTMLElement, random: () => number): void {
  const buttons = [...container.querySelectorAll<HTMLButtonElement>('.cn-toolbar button:not([disabled])')];
  buttons[Math.floor(random() * buttons.length)]?.click();
}

describe('fuzzing the drafting editor', () => {
  it.each(drafts)('%s stays a valid, living draft through random edits', (_name, json) => {
    const random = seededRandom(16);
    host = document.body.appendChild(document.createElement('div'));
    localStorage.setItem('concordDebug', '1'); // the editor then exposes its view
    act(() => {
      reactRoot = createRoot(host as HTMLElement);
      reactRoot.render(<Editor doc={json} />);
    });
    const editor = (window as unknown as { concordView?: EditorView }).concordView;
    if (!editor) throw new Error('the editor did not open');
    const container = host;
    const log: string[] = [];
    for (let step = 0; step < STEPS; step++) {
      const roll = random();
      act(() => {
        if (roll < 0.3) {
          randomSelection(editor, random);
          log.push(`select ${editor.state.selection.toJSON().type} ${editor.state.selection.from}-${editor.state.selection.to}`);
        } else if (roll < 0.65) {
          const key = KEYS[Math.floor(random() * KEYS.length)] ?? { key: 'Enter' };
          log.push(`key ${JSON.stringify(key)}`);
          pressKey(editor, key);
        } else if (roll < 0.85) {
          log.push('type');
          typeText(editor, random() < 0.2 ? ' ' : 'word');
        } else {
          log.push('toolbar');
          clickToolbar(container, random);
        }
      });
      const context = () => `after step ${step}: ${log.slice(-4).join(' / ')}`;
      expect(() => editor.state.doc.check(), context()).not.toThrow();
      expect(editor.state.doc.childCount, context()).toBeGreaterThan(0);
      expect(container.querySelector('.cn-toolbar'), context()).not.toBeNull();
      expect(editor.dom.isConnected, context()).toBe(true);
    }
  }, TIMEOUT_MS);
});
