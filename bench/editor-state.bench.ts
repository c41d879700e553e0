/**
 * The drafting editor's own work on a 1,000-paragraph draft (about 60,000 words), without a
 * browser: opening it (converting and initialising every plugin) and the state side of a
 * keystroke (transaction + numbering + provenance + checks + find + history). The view update
 * comes on top of these figures and is measured in chromium by the e2e benchmark.
 */
import type { Node, Schema } from 'prosemirror-model';
import type { Command, EditorState } from 'prosemirror-state';
import { TextSelection } from 'prosemirror-state';
import type { Declaration } from '../shared/model';
import { measure } from './harness';
import type { Bench, BenchRow } from './harness';
import { syntheticDeclarations, vary } from './library-corpus';
import { seededRandom } from './random';

const PARAGRAPHS = 1000;
/** Paragraph lengths kept, so that the draft averages about 60 words a paragraph. */
const WORDS = { min: 30, max: 95 };

/** The editor modules the benchmark drives. */
interface EditorModules {
  declarationToDoc(decl: Declaration, opts: { provenance: boolean }): Node;
  createDraftState(doc: Node): EditorState;
  draftStats(doc: Node): { words: number; paragraphs: number };
  splitKeepingKind: Command;
  setFindQuery(query: { text: string; caseSensitive: boolean }): Command;
  schema: Schema;
}

/**
 * Loads renderer/editor by path. The project that typechecks bench/ (scripts/tsconfig.json) does
 * not reference renderer/, so a static import would break `tsc -b`; EditorModules states what
 * is used, and a missing export fails loudly here.
 */
async function loadEditor(): Promise<EditorModules> {
  const names = ['convert', 'state', 'stats', 'commands', 'schema'];
  const modules = await Promise.all(names.map((name) => import(new URL(`../renderer/editor/${name}.ts`, import.meta.url).href) as Promise<Record<string, unknown>>));
  const merged: Record<string, unknown> = Object.assign({}, ...modules);
  for (const key of ['declarationToDoc', 'createDraftState', 'draftStats', 'splitKeepingKind', 'setFindQuery', 'schema']) {
    if (merged[key] === undefined) throw new Error(`renderer/editor no longer exports ${key}; update bench/editor-state.bench.ts.`);
  }
  return merged as unknown as EditorModules;
}

/**
 * A draft grown from template language: numbered paragraphs of about 60 words under headings,
 * each with its source's provenance, one in five already edited away from its source.
 */
function largeDraft(editor: EditorModules): Node {
  const { schema } = editor;
  const random = seededRandom(7);
  const blocks: Node[] = [];
  let paragraphs = 0;
  for (const decl of syntheticDeclarations(PARAGRAPHS * 3)) {
    editor.declarationToDoc(decl, { provenance: true }).forEach((node) => {
      if (paragraphs >= PARAGRAPHS || node.type === schema.nodes['title']) return;
      if (node.type !== schema.nodes['paragraph']) return void blocks.push(node);
      const length = node.textContent.split(' ').length;
      if (length < WORDS.min || length > WORDS.max) return;
      paragraphs++;
      const text = random() < 0.2 ? vary(node.textContent, random) : node.textContent;
      blocks.push(schema.node('numbered', node.attrs, schema.text(text)));
    });
    if (paragraphs >= PARAGRAPHS) break;
  }
  return schema.node('doc', null, blocks);
}

/** A position inside the middle paragraph: typing there renumbers nothing. */
function middleOf(doc: Node): number {
  let pos = 0;
  const target = Math.floor(doc.childCount / 2);
  for (let i = 0; i < target; i++) pos += doc.child(i).nodeSize;
  return pos + 1 + Math.floor(doc.child(target).content.size / 2);
}

const bench: Bench = async () => {
  const editor = await loadEditor();
  const doc = largeDraft(editor);
  const { words, paragraphs } = editor.draftStats(doc);
  const size = `${paragraphs} paragraphs, ${words.toLocaleString('en')} words; no view`;
  const rows: BenchRow[] = [];
  const row = (subject: string, t: { median: number; p95: number }, goal: string): BenchRow => ({ group: 'editor', subject, median: t.median, p95: t.p95, unit: 'ms', goal, note: size });

  // Fresh node identities each run, so opening pays every per-block cache miss.
  const open = await measure(() => editor.createDraftState(editor.schema.nodeFromJSON(doc.toJSON())), { runs: 10, warmup: 2 });
  rows.push(row('Open a 1,000-paragraph draft (state and every plugin)', open, '< 1000 ms with view'));

  let state = editor.createDraftState(doc);
  state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, middleOf(doc))));
  const apply = (tr: { docChanged: boolean }) => (state = state.apply(tr as Parameters<EditorState['apply']>[0]));
  const keystroke = await measure(() => apply(state.tr.insertText('x')), { runs: 300, warmup: 30 });
  rows.push(row('Keystroke in a paragraph (transaction + numbering + provenance + checks)', keystroke, '< 16 ms p95 with view'));

  const enter = await measure(() => editor.splitKeepingKind(state, apply), { runs: 60, warmup: 5 });
  rows.push(row('Enter: a new paragraph renumbers the 500 after it', enter, '< 16 ms p95 with view'));

  editor.setFindQuery({ text: 'cooperation', caseSensitive: false })(state, apply);
  const finding = await measure(() => apply(state.tr.insertText('x')), { runs: 200, warmup: 20 });
  rows.push(row('Keystroke with the find bar open ("cooperation")', finding, '< 16 ms p95 with view'));

  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await bench()) console.log(`${r.subject}: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (${r.note ?? ''})`);
}
