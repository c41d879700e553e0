/**
 * Suggesting and reviewing at scale, without a browser: a keystroke in Suggesting mode on a
 * 1,000-paragraph draft that already holds 300 suggestions (the state side: the library turning
 * the transaction into a suggestion, then every plugin), with the same keystroke in Editing mode
 * and in a plain ProseMirror state (schema and history only) as peers; Accept All on 1,000
 * suggestions; and reading a 200-page Word file with 2,000 tracked changes and 300 comments,
 * with Concord's plain Word reader on the same file as the peer.
 */
import type { Node, Schema } from 'prosemirror-model';
import type { Command, EditorState, Plugin, Transaction } from 'prosemirror-state';
import { EditorState as PlainState, TextSelection } from 'prosemirror-state';
import { history } from 'prosemirror-history';
import { readDocx } from '../shared/formats/docx-read';
import type { ReviewedDocx, ReviewParagraph } from '../shared/review/model';
import { readDocxReview } from '../shared/review/docx-review';
import { reviewedDocxBytes } from '../tests/shared/review/reviewed-docx';
import { reviewSummary } from '../shared/review/summary';
import { encodeSuggestionId } from '../shared/review/suggestion-id';
import { measure } from './harness';
import type { Bench, BenchRow } from './harness';
import { syntheticDeclarations } from './library-corpus';

interface ReviewModules {
  schema: Schema;
  createDraftState(doc: Node): EditorState;
  asSuggestion(state: EditorState, tr: Transaction): Transaction;
  toggleSuggesting: Command;
  setReviewAuthor(author: { name: string; color: string }): Command;
  decideEverySuggestion(accept: boolean): Command;
  decideSuggestionsBy(author: string, accept: boolean): Command;
  listSuggestions(doc: Node): unknown[];
}

/** renderer/ is outside the bench's tsconfig project (see bench/editor-state.bench.ts), so it is loaded by path. */
async function loadEditor(): Promise<ReviewModules> {
  const names = ['schema', 'state', 'review/suggesting', 'review/suggestions'];
  const modules = await Promise.all(names.map((name) => import(new URL(`../renderer/editor/${name}.ts`, import.meta.url).href) as Promise<Record<string, unknown>>));
  const merged: Record<string, unknown> = Object.assign({}, ...modules);
  for (const key of ['schema', 'createDraftState', 'asSuggestion', 'toggleSuggesting', 'setReviewAuthor', 'decideEverySuggestion', 'decideSuggestionsBy', 'listSuggestions']) {
    if (merged[key] === undefined) throw new Error(`renderer/editor no longer exports ${key}; update bench/review.bench.ts.`);
  }
  return merged as unknown as ReviewModules;
}

/** Paragraphs of real declaration language, about 60 words each. */
function paragraphTexts(count: number): string[] {
  const out: string[] = [];
  for (const decl of syntheticDeclarations(count * 3)) {
    for (const block of decl.blocks) {
      const words = block.text.split(' ');
      if (block.kind === 'paragraph' && words.length >= 30) out.push(words.slice(0, 60).join(' '));
      if (out.length >= count) return out;
    }
  }
  return out;
}

const AUTHORS = [
  { name: 'Ana Ortiz', color: '#1f6feb' },
  { name: 'Ben Ngata', color: '#c2410c' },
];

/** A draft of `paragraphs` numbered paragraphs; the first `suggestions` of them carry one insertion each. */
function draftWithSuggestions(editor: ReviewModules, paragraphs: number, suggestions: number): Node {
  const { schema } = editor;
  const every = Math.max(1, Math.floor(paragraphs / Math.max(1, suggestions)));
  const blocks = paragraphTexts(paragraphs).map((text, i) => {
    if (i % every !== 0 || i / every >= suggestions) return schema.node('numbered', null, schema.text(text));
    const author = AUTHORS[i % 2] ?? AUTHORS[0];
    const id = encodeSuggestionId({ author: author?.name ?? '', color: author?.color ?? '#000000', date: '2026-03-02T09:00:00Z', cause: '' }, i + 1);
    const cut = text.indexOf(' ', 20);
    return schema.node('numbered', null, [schema.text(text.slice(0, cut)), schema.text(' and further', [schema.marks['insertion']?.create({ id }) ?? schema.marks['em']!.create()]), schema.text(text.slice(cut))]);
  });
  return schema.node('doc', null, blocks);
}

function middleOf(doc: Node): number {
  let pos = 0;
  const target = Math.floor(doc.childCount / 2);
  for (let i = 0; i < target; i++) pos += doc.child(i).nodeSize;
  return pos + 1 + 5;
}

/** A long reviewed Word document: ~200 pages, `changes` tracked changes by two authors, `comments` comments. */
function bigReviewedDocx(paragraphs: number, changes: number, comments: number): ReviewedDocx {
  const texts = paragraphTexts(paragraphs);
  const perParagraph = Math.ceil(changes / texts.length);
  let made = 0;
  const out: ReviewParagraph[] = texts.map((text, i) => {
    const words = text.split(' ');
    const runs: ReviewParagraph['runs'] = [];
    const step = Math.max(2, Math.floor(words.length / (perParagraph + 1)));
    for (let w = 0; w < words.length; w += step) {
      const chunk = `${words.slice(w, w + step).join(' ')} `;
      const tracked = made < changes && w > 0;
      const author = AUTHORS[made % 2]?.name ?? '';
      runs.push({ text: chunk, change: tracked ? { id: String(made), kind: made % 2 ? 'delete' : 'insert', author, date: '2026-03-02T09:00:00Z' } : null, format: null, comments: i < comments && w === 0 ? [`c${i}`] : [] });
      if (tracked) made++;
    }
    return { runs, style: null, mark: null, props: null, pointComments: [] };
  });
  return {
    paragraphs: out,
    comments: Array.from({ length: Math.min(comments, texts.length) }, (_, i) => ({ id: `c${i}`, author: AUTHORS[i % 2]?.name ?? '', date: '2026-03-02T10:00:00Z', text: `Comment ${i}: can we agree on this wording?`, resolved: false })),
    people: AUTHORS.map((a) => a.name),
  };
}

const bench: Bench = async () => {
  const editor = await loadEditor();
  const rows: BenchRow[] = [];

  // Keystroke at 1,000 paragraphs with 300 suggestions present.
  const doc = draftWithSuggestions(editor, 1000, 300);
  const note = `1,000 paragraphs, ${editor.listSuggestions(doc).length} suggestions; no view`;
  const typing = (start: EditorState, track: boolean) => {
    let state = start.apply(start.tr.setSelection(TextSelection.create(start.doc, middleOf(start.doc))));
    return () => {
      const tr = state.tr.insertText('x');
      state = state.apply(track ? editor.asSuggestion(state, tr) : tr);
    };
  };
  let suggesting = editor.createDraftState(doc);
  const apply = (tr: Transaction) => (suggesting = suggesting.apply(tr));
  editor.setReviewAuthor(AUTHORS[0] ?? { name: 'A', color: '#000000' })(suggesting, apply);
  editor.toggleSuggesting(suggesting, apply);
  const tracked = await measure(typing(suggesting, true), { runs: 300, warmup: 30 });
  rows.push({ group: 'review', subject: 'Keystroke in Suggesting mode (suggestion + every plugin)', ...tracked, unit: 'ms', goal: '< 16 ms p95 with view', note });
  const editing = await measure(typing(editor.createDraftState(doc), false), { runs: 300, warmup: 30 });
  rows.push({ group: 'review', subject: 'Concord in Editing mode, same draft', peer: true, ...editing, unit: 'ms', note: `Suggesting / Editing = ${(tracked.median / editing.median).toFixed(1)}×` });
  const plainPlugins: Plugin[] = [history()];
  const plain = await measure(typing(PlainState.create({ schema: editor.schema, doc, plugins: plainPlugins }), false), { runs: 300, warmup: 30 });
  rows.push({ group: 'review', subject: 'plain ProseMirror (schema + history), same draft', peer: true, ...plain, unit: 'ms', note: `Suggesting / plain = ${(tracked.median / plain.median).toFixed(1)}×` });

  // Accept All on 1,000 suggestions: each run starts from the same state.
  let thousand = editor.createDraftState(draftWithSuggestions(editor, 1000, 1000));
  const count = editor.listSuggestions(thousand.doc).length;
  const acceptAll = await measure(
    () => {
      let after = thousand;
      editor.decideEverySuggestion(true)(thousand, (tr) => (after = thousand.apply(tr)));
      return after;
    },
    { runs: 10, warmup: 2 },
  );
  thousand = editor.createDraftState(thousand.doc);
  rows.push({ group: 'review', subject: 'Accept All (one undoable transaction)', ...acceptAll, unit: 'ms', goal: '< 1000 ms', note: `${count} suggestions, 1,000 paragraphs` });
  // One author's half of them, decided in one walk of the document (not one per suggestion).
  const byAuthor = await measure(
    () => {
      let after = thousand;
      editor.decideSuggestionsBy(AUTHORS[1]?.name ?? '', false)(thousand, (tr) => (after = thousand.apply(tr)));
      return after;
    },
    { runs: 10, warmup: 2 },
  );
  rows.push({ group: 'review', subject: "Reject one author's suggestions (one undoable transaction)", ...byAuthor, unit: 'ms', goal: '< 1000 ms', note: `${Math.round(count / 2)} of ${count} suggestions by ${AUTHORS[1]?.name ?? ''}, 1,000 paragraphs` });

  // Reading a 200-page Word file with 2,000 tracked changes and 300 comments.
  const big = bigReviewedDocx(1700, 2000, 300);
  const bytes = await reviewedDocxBytes(big);
  const read = await readDocxReview(bytes);
  const summary = reviewSummary(read);
  const docxNote = `1,700 paragraphs (~100,000 words, ~200 pages), ${summary.suggestions.length} tracked changes, ${summary.comments.length} comments, ${(bytes.length / 1024).toFixed(0)} KB`;
  const reading = await measure(async () => reviewSummary(await readDocxReview(bytes)), { runs: 10, warmup: 2 });
  rows.push({ group: 'review', subject: 'Read a reviewed .docx: every tracked change and comment listed', ...reading, unit: 'ms', note: docxNote });
  const plainRead = await measure(() => readDocx(bytes, { name: 'big.docx' }), { runs: 10, warmup: 2 });
  rows.push({ group: 'review', subject: 'Concord plain Word reader (accepted text only), same file', peer: true, ...plainRead, unit: 'ms', note: docxNote });
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const r of await bench()) console.log(`${r.peer ? 'peer: ' : ''}${r.subject}: median ${r.median.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (${r.note ?? ''})`);
}
