/**
 * Negotiation mode in the drafting editor, without a browser: a 15,000-word draft holding 1,000
 * bracket pairs (the same generator as bench/brackets.bench.ts) opened in the editor state with
 * every plugin, the brackets plugin included; the state side of a keystroke inside a bracketed
 * paragraph (goal < 16 ms p95) and of resolving a bracket from the panel.
 */
import type { Node, Schema } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import { measure } from './harness';
import type { Bench, BenchRow } from './harness';
import { negotiationDraft } from './brackets.bench';

/** The editor modules the benchmark drives. */
interface EditorModules {
  createDraftState(doc: Node): EditorState;
  resolveBracketAt(choice: { kind: 'deleted' }, by: string): Command;
  schema: Schema;
}

/** Loads renderer/editor by path: bench/ is typechecked without renderer/ (see editor-state.bench.ts). */
async function loadEditor(): Promise<EditorModules> {
  const names = ['state', 'negotiation-commands', 'schema'];
  const modules = await Promise.all(names.map((name) => import(new URL(`../renderer/editor/${name}.ts`, import.meta.url).href) as Promise<Record<string, unknown>>));
  const merged: Record<string, unknown> = Object.assign({}, ...modules);
  for (const key of ['createDraftState', 'resolveBracketAt', 'schema']) {
    if (merged[key] === undefined) throw new Error(`renderer/editor no longer exports ${key}; update bench/negotiation-editor.bench.ts.`);
  }
  return merged as unknown as EditorModules;
}

/** The generated draft as editor blocks: its first line a title, "Section n" lines headings, the rest paragraphs. */
function draftDoc(schema: Schema): Node {
  const blocks = negotiationDraft()
    .split('\n')
    .map((line, i) => {
      const type = i === 0 ? 'title' : /^Section \d+$/u.test(line) ? 'heading' : /^\d+\. /u.test(line) ? 'numbered' : 'paragraph';
      return schema.node(type, null, schema.text(type === 'numbered' ? line.replace(/^\d+\. /u, '') : line));
    });
  return schema.node('doc', null, blocks);
}

/** A position inside a bracket of the middle paragraph. */
function middleBracket(doc: Node): number {
  const target = Math.floor(doc.childCount / 2);
  let pos = 0;
  for (let i = 0; i < doc.childCount; i++) {
    const block = doc.child(i);
    const at = block.textContent.indexOf('[');
    if (i >= target && at >= 0) return pos + 1 + at + 2;
    pos += block.nodeSize;
  }
  return 1;
}

const bench: Bench = async () => {
  const editor = await loadEditor();
  const doc = draftDoc(editor.schema);
  const text = doc.textBetween(0, doc.content.size, '\n');
  const note = `${text.split(/\s+/u).length.toLocaleString('en')} words, ${(text.match(/\[/gu) ?? []).length.toLocaleString('en')} bracket pairs, ${doc.childCount} blocks; no view`;
  const rows: BenchRow[] = [];
  const row = (subject: string, t: { median: number; p95: number }, goal?: string): BenchRow => ({ group: 'negotiation', subject, median: t.median, p95: t.p95, unit: 'ms', note, ...(goal ? { goal } : {}) });

  const open = await measure(() => editor.createDraftState(editor.schema.nodeFromJSON(doc.toJSON())), { runs: 10, warmup: 2 });
  rows.push(row('Open a 15,000-word draft with 1,000 brackets (state and every plugin)', open));

  let state = editor.createDraftState(doc);
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, middleBracket(state.doc))));
  const apply = (tr: Parameters<EditorState['apply']>[0]) => (state = state.apply(tr));
  const keystroke = await measure(() => apply(state.tr.insertText('x')), { runs: 300, warmup: 30 });
  rows.push(row('Keystroke inside a bracket (transaction + every plugin, brackets reparsed)', keystroke, '< 16 ms p95 with view'));

  // Each run resolves the bracket at a fresh cursor: the whole-draft read is the cost.
  const resolve = await measure(
    () => {
      state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, middleBracket(state.doc))));
      editor.resolveBracketAt({ kind: 'deleted' }, 'bench')(state, apply);
    },
    { runs: 30, warmup: 3 },
  );
  rows.push(row('Resolve the bracket at the cursor (read the draft, resolve, log)', resolve));
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await bench()) console.log(`${r.subject}: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (${r.note ?? ''})`);
}
