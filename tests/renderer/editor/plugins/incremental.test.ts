import { describe, expect, it } from 'vitest';
import type { EditorState, Transaction } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import { createDraftState } from '../../../../renderer/editor/state';
import { numberingKey } from '../../../../renderer/editor/plugins/numbering';
import { provenanceKey } from '../../../../renderer/editor/plugins/provenance';
import { listWarnings } from '../../../../renderer/editor/plugins/checks';
import { currentMatches, findMatches } from '../../../../renderer/editor/plugins/find';
import { moveParagraphDown, setBlockKind, setFindQuery, setKeepSourceNumbering, splitKeepingKind, indent, replaceAll } from '../../../../renderer/editor/commands';
import { schema } from '../../../../renderer/editor/schema';
import { doc, fn, heading, p, parties, party, pre, source, sub } from '../builder';
import { mayWait, readWaiting, waitingBlock } from '../../../../renderer/editor/plugins/typing-pause';

/** A provenance marker, in the gutter's set beside the numbers. */
const isMarker = (spec: { key?: unknown }) => typeof spec.key === 'string' && spec.key.startsWith('prov-');

/** What every plugin shows, in a comparable form. */
function shown(state: EditorState) {
  return {
    numbers: provenanceKey
      .getState(state)
      ?.find(undefined, undefined, (spec) => !isMarker(spec))
      .map((d) => [d.from, d.to, JSON.stringify(d.spec)])
      .sort(),
    labels: numberingKey.getState(state)?.labels,
    gutter: provenanceKey
      .getState(state)
      ?.find(undefined, undefined, isMarker)
      .map((d) => [d.from, (d.spec as { key: string }).key])
      .sort(),
    warnings: listWarnings(state).map((w) => [w.kind, w.from, w.to, w.excerpt]),
    matches: currentMatches(state),
  };
}

const start = () => {
  const built = doc(
    heading('Guideline'),
    pre({ provenance: source('Recalling the the plan,') }, 'Recalling the the plan,'),
    p({ provenance: source('We agree to act.') }, 'We agree to act.'),
    sub('to trade;'),
    p('We note,the plan.'),
    fn({ marker: '*' }, 'Chile, Kenya'),
    parties(party('Chile'), party('Kenya')),
  );
  let state = createDraftState(built.node);
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, 3)));
  return state;
};

type Step = [string, (state: EditorState) => Transaction | null];
const viaCommand = (command: (s: EditorState, d?: (tr: Transaction) => void) => boolean) => (state: EditorState) => {
  let out: Transaction | null = null;
  command(state, (tr) => (out = tr));
  return out;
};
const at = (pos: number) => (state: EditorState) => state.tr.setSelection(TextSelection.create(state.doc, pos));

const steps: Step[] = [
  ['search', viaCommand(setFindQuery({ text: 'the', caseSensitive: false }))],
  ['type in the preamble', (s) => s.tr.insertText('x', 16)],
  ['delete a doubled word', (s) => s.tr.delete(24, 28)],
  ['cursor in the paragraph', at(40)],
  ['split it', viaCommand(splitKeepingKind)],
  ['indent the new half', viaCommand(indent)],
  ['make it a preamble', viaCommand(setBlockKind('preamble'))],
  ['move it down', viaCommand(moveParagraphDown)],
  ['keep source numbers', viaCommand(setKeepSourceNumbering(true))],
  ['computed numbers again', viaCommand(setKeepSourceNumbering(false))],
  ['replace every match', viaCommand(replaceAll('THE'))],
  ['delete a whole block', (s) => s.tr.delete(0, s.doc.child(0).nodeSize)],
  ['insert a block', (s) => s.tr.insert(0, schema.node('numbered', null, schema.text('New the text the the end.')))],
  ['set provenance by attribute', (s) => s.tr.setNodeAttribute(0, 'provenance', source('New text.'))],
];

describe('incremental decorations', () => {
  it('always equal what a fresh editor would show', () => {
    let state = start();
    for (const [name, step] of steps) {
      const tr = step(state);
      if (!tr) throw new Error(`step "${name}" did not apply`);
      state = state.apply(tr);
      const fresh = createDraftState(state.doc);
      const search = setFindQuery({ text: 'the', caseSensitive: false });
      let freshWithSearch = fresh;
      search(fresh, (tr2) => (freshWithSearch = fresh.apply(tr2)));
      expect({ step: name, ...shown(state) }).toEqual({ step: name, ...shown(freshWithSearch) });
      expect(currentMatches(state)).toEqual(findMatches(state.doc, { text: 'the', caseSensitive: false }));
    }
  });
});

describe('a paragraph typed in through the editor', () => {
  const fresh = (state: EditorState) => shown(createDraftState(state.doc));
  // Before the full stop of "We agree to act.", and inside the sub-item after it once that has grown.
  const inParagraph = 52;
  const inSubitem = 65;
  const type = (state: EditorState, text: string, pos: number) => [...text].reduce((s, ch, i) => s.apply(mayWait(s.tr.insertText(ch, pos + i))), state);

  it('is read once typing pauses; the warnings listed are those of the text meanwhile', () => {
    let state = type(start(), ' the the', inParagraph);
    expect(state.doc.child(2).textContent).toBe('We agree to act the the.');
    expect(shown(state).gutter).not.toEqual(fresh(state).gutter);
    expect(shown(state).warnings).toEqual(fresh(state).warnings);
    state = state.apply(readWaiting(state.tr));
    expect(waitingBlock(state)).toBeNull();
    expect(shown(state)).toEqual(fresh(state));
  });

  // Each change is made in the sub-item after the paragraph typed in, so only the wait can have the paragraph read.
  it.each<[string, (state: EditorState) => Transaction | null]>([
    ['a new paragraph', viaCommand(splitKeepingKind)],
    ['a change of kind', viaCommand(setBlockKind('preamble'))],
    ['a move', viaCommand(moveParagraphDown)],
    ['typing without the editor', (s) => s.tr.insertText('x', inSubitem)],
  ])('is read at once on %s elsewhere', (_name, step) => {
    let state = type(start(), ' the the', inParagraph);
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, inSubitem)));
    const tr = step(state);
    if (!tr) throw new Error('the step did not apply');
    state = state.apply(tr);
    expect(waitingBlock(state)).toBeNull();
    expect(shown(state)).toEqual(fresh(state));
  });

  it('is read at once when typing goes on in another block, which then waits', () => {
    let state = type(start(), ' the the', inParagraph);
    state = type(state, 'o to', inSubitem);
    expect(state.doc.child(3).textContent).toBe('too to trade;');
    expect(waitingBlock(state)?.from).toBe(state.doc.child(0).nodeSize + state.doc.child(1).nodeSize + state.doc.child(2).nodeSize);
    state = state.apply(readWaiting(state.tr));
    expect(shown(state)).toEqual(fresh(state));
  });
});
