// @vitest-environment jsdom
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EditorView } from 'prosemirror-view';
import { TextSelection } from 'prosemirror-state';
import { prosemirrorJSONToYXmlFragment } from 'y-prosemirror';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startCollabServer, type CollabServer } from '../../../main/server/collab-server';
import { addTeam } from '../../../main/server/teams';
import { describeStatus, openSharedDraft, type SharedDraftSession } from '../../../renderer/collab/session';
import { blockLabels } from '../../../renderer/editor/numbering';
import { schema } from '../../../renderer/editor/schema';
import { createDraftState } from '../../../renderer/editor/state';
import { undo } from '../../../renderer/editor/history-commands';
import { addComment, commentThreads } from '../../../renderer/editor/review/comments';
import { until } from '../../../main/server/node-client';
import { serverProcess } from '../../../main/server/server-process';
import { doc, p, pre, title } from '../editor/builder';

beforeAll(() => {
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
  document.elementFromPoint = () => null;
});

let dataDir: string;
let server: CollabServer;
let token: string;
const open: { session: SharedDraftSession; view: EditorView }[] = [];

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-collab-editor-'));
  token = (await addTeam(dataDir, 'eu')).token;
  server = await startCollabServer({ dataDir, port: 0, storeDelayMs: 50, log: () => {} });
});

afterEach(async () => {
  for (const { session, view } of open.splice(0)) {
    session.destroy();
    // y-prosemirror dispatches cursor updates on a zero timeout: let them land before the view goes.
    await new Promise((resolve) => setTimeout(resolve, 20));
    view.destroy();
  }
  await server.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** One person's editor on the shared draft. */
async function person(name: string, color: string) {
  const session = openSharedDraft({ url: server.url, document: 'eu/joint-statement', token, user: { name, color }, WebSocketPolyfill: WebSocket, keepLocalCopy: false });
  await session.serverSynced;
  const place = document.createElement('div');
  document.body.append(place);
  const view = new EditorView(place, {
    state: createDraftState(schema.topNodeType.createAndFill()!, {}, [], { fragment: session.fragment, awareness: session.provider.awareness!, attrs: session.attrs }),
  });
  open.push({ session, view });
  return { session, view };
}

function typeAt(view: EditorView, pos: number, text: string): void {
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)).insertText(text));
}

/** The position right after the first occurrence of `words` in the document. */
function after(view: EditorView, words: string): number {
  let found = -1;
  view.state.doc.descendants((node, pos) => {
    const at = node.isText ? (node.text ?? '').indexOf(words) : -1;
    if (found < 0 && at >= 0) found = pos + at + words.length;
    return found < 0;
  });
  if (found < 0) throw new Error(`"${words}" is not in the document`);
  return found;
}

const texts = (view: EditorView) => view.state.doc.children.map((b) => b.textContent);

describe('a shared draft in two editors', () => {
  it('keeps what both typed while the server process was killed, and merges it when it is back', async () => {
    // The server of this test runs as its own process, so it can be killed like a crashed one.
    await server.close();
    let proc = await serverProcess(['--port', '0', '--data', dataDir]);
    const port = Number(new URL(proc.url).port);
    server = { url: proc.url, port, close: async () => void proc.child.kill('SIGKILL') };
    const first = await person('A', '#1f6feb');
    first.session.ydoc.transact(() => prosemirrorJSONToYXmlFragment(schema, doc(title('T'), p('One.'), p('Two.')).node.toJSON(), first.session.fragment));
    const second = await person('B', '#c2410c');
    await until(() => texts(second.view)[2] === 'Two.', 'load');
    typeAt(first.view, after(first.view, 'One'), ' and');
    await until(() => texts(second.view)[1] === 'One and.', 'the first edit to arrive');
    proc.child.kill('SIGKILL');
    typeAt(first.view, after(first.view, 'One and'), ' a half');
    typeAt(second.view, after(second.view, 'Two'), ' more');
    await until(() => first.session.status().state === 'offline', 'the first editor to notice');
    expect(first.session.status()).toMatchObject({ state: 'offline' });
    expect(describeStatus(first.session.status())).toMatch(/^Offline: \d+ changes? to send$/);
    proc = await serverProcess(['--port', String(port), '--data', dataDir]);
    await until(() => texts(first.view).join('|') === texts(second.view).join('|') && texts(first.view)[2] === 'Two more.', 'both to converge after the restart', 20_000);
    expect(texts(first.view)).toEqual(['T', 'One and a half.', 'Two more.']);
    await until(() => describeStatus(first.session.status()) === 'Connected, 2 people', 'the status to say who is here');
  }, 40_000);

  it('keeps a click the editor has not read yet when the others\' edits arrive (typing then goes where one clicked)', async () => {
    const { session, view } = await person('A', '#1f6feb');
    session.ydoc.transact(() => prosemirrorJSONToYXmlFragment(schema, doc(title('T'), p('One.'), p('Two.'), p('Three.')).node.toJSON(), session.fragment));
    await until(() => texts(view)[3] === 'Three.', 'load');
    view.dom.tabIndex = 0;
    view.focus();
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, after(view, 'One'))));
    // Another person's edit of "Two", made on a copy of this document.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(session.ydoc));
    const two = other.getXmlFragment('prosemirror').get(2) as Y.XmlElement;
    (two.get(0) as Y.XmlText).insert(0, 'Point ');
    const edit = Y.encodeStateAsUpdate(other, Y.encodeStateVector(session.ydoc));
    // The browser has put the caret in "Three" (a click); ProseMirror has not read it yet when the edit lands.
    const three = [...view.dom.querySelectorAll('p')].find((el) => el.textContent?.includes('Three.'));
    const textNode = three && [...three.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
    if (!textNode) throw new Error('no text of "Three."');
    document.getSelection()?.collapse(textNode, 3);
    Y.applyUpdate(session.ydoc, edit);
    expect(texts(view)[2]).toBe('Point Two.');
    expect(view.state.selection.head).toBe(after(view, 'Thr'));
    view.dispatch(view.state.tr.insertText('X'));
    expect(texts(view)[3]).toBe('ThrXee.');
  });

  it('says so when the server refuses a change past its message limit, and keeps the change here', async () => {
    await server.close();
    server = await startCollabServer({ dataDir, port: 0, storeDelayMs: 50, log: () => {}, maxMessageBytes: 64 * 1024 });
    const { session, view } = await person('A', '#1f6feb');
    const pasted = 'We note the report. '.repeat(10_000);
    view.dispatch(view.state.tr.insertText(pasted, 1));
    await until(() => session.status().state === 'offline' && 'tooLarge' in session.status(), 'the refusal to be seen', 15_000);
    expect(describeStatus(session.status())).toMatch(/^Offline: \d+ changes? to send\. The server refuses a change this large/);
    expect(view.state.doc.textContent).toContain(pasted);
  }, 30_000);

  it("carries the document's own attributes: comment threads and the numbering mode", async () => {
    const first = await person('A', '#1f6feb');
    first.session.ydoc.transact(() => prosemirrorJSONToYXmlFragment(schema, doc(title('T'), p('We agree.')).node.toJSON(), first.session.fragment));
    const second = await person('B', '#c2410c');
    await until(() => texts(second.view)[1] === 'We agree.', 'load');
    first.view.dispatch(first.view.state.tr.setDocAttribute('keepSourceNumbering', true));
    await until(() => second.view.state.doc.attrs['keepSourceNumbering'] === true, 'the numbering mode to arrive');
    // A comment made on one side, on the words "We agree", arrives with its thread and its anchor.
    first.view.dispatch(first.view.state.tr.setSelection(TextSelection.create(first.view.state.doc, after(first.view, 'We') - 2, after(first.view, 'We agree'))));
    addComment({ name: 'A', color: '#1f6feb' }, 'Say "we decide"?')(first.view.state, first.view.dispatch);
    await until(() => commentThreads(second.view.state.doc).length === 1, 'the comment to arrive');
    expect(commentThreads(second.view.state.doc)[0]).toMatchObject({ author: 'A', text: 'Say "we decide"?', anchor: 'We agree' });
    let marked = '';
    second.view.state.doc.descendants((node) => {
      if (node.isText && node.marks.some((m) => m.type.name === 'comment')) marked += node.text;
    });
    expect(marked).toBe('We agree');
    second.view.dispatch(second.view.state.tr.setDocAttribute('keepSourceNumbering', false));
    await until(() => first.view.state.doc.attrs['keepSourceNumbering'] === false, 'the change back to arrive');
  }, 40_000);

  it('carries block attributes such as provenance and marks', async () => {
    const first = await person('A', '#1f6feb');
    const second = await person('B', '#c2410c');
    const provenance = { source: 'template:001', sourceTitle: 'Joint Statement 2020', blockId: 'b7', hash: 'abc', text: 'Quoted.' };
    const block = schema.nodes.numbered.create({ provenance }, [schema.text('Quoted.', [schema.marks.em!.create()])]);
    first.view.dispatch(first.view.state.tr.replaceWith(0, first.view.state.doc.content.size, [schema.nodes.title.create(null, schema.text('T')), block]));
    await until(() => second.view.state.doc.childCount === 2 && texts(second.view)[1] === 'Quoted.', 'the block to arrive');
    expect(second.view.state.doc.child(1).attrs['provenance']).toEqual(provenance);
    expect(second.view.state.doc.child(1).firstChild?.marks.map((m) => m.type.name)).toEqual(['em']);
  }, 40_000);

  it('merges typing in different and in the same paragraph, with the numbering right on both', async () => {
    const first = await person('Head of delegation', '#1f6feb');
    const seed = doc(title('Joint Statement'), pre('Recalling the Charter,'), p('We agree.'), p('We commit.'));
    first.session.ydoc.transact(() => prosemirrorJSONToYXmlFragment(schema, seed.node.toJSON(), first.session.fragment));
    const second = await person('Legal adviser', '#c2410c');
    await until(() => texts(second.view).join('|') === 'Joint Statement|Recalling the Charter,|We agree.|We commit.', 'the second editor to load the draft');

    const endOf = (view: EditorView, index: number) => {
      let pos = 0;
      for (let i = 0; i <= index; i++) pos += view.state.doc.child(i).nodeSize;
      return pos - 1;
    };
    typeAt(first.view, endOf(first.view, 2) - 1, ' fully');
    typeAt(second.view, endOf(second.view, 3) - 1, ' jointly');
    typeAt(second.view, endOf(second.view, 2) - 1, ' today');
    await until(() => texts(first.view).join('|') === texts(second.view).join('|') && texts(first.view)[3] === 'We commit jointly.', 'convergence');
    expect(texts(first.view)[2]).toMatch(/^We agree( fully today| today fully)\.$/);

    // A paragraph added by one renumbers on the other.
    const tr = second.view.state.tr.insert(endOf(second.view, 3) + 1, schema.nodes.numbered.create(null, schema.text('We decide.')));
    second.view.dispatch(tr);
    await until(() => first.view.state.doc.childCount === 5, 'the new paragraph to arrive');
    expect(blockLabels(first.view.state.doc).filter(Boolean)).toEqual(blockLabels(second.view.state.doc).filter(Boolean));
    expect(blockLabels(first.view.state.doc).filter(Boolean).slice(-3)).toEqual(['1.', '2.', '3.']);
  }, 40_000);

  it("undoes only one's own edits", async () => {
    const first = await person('A', '#1f6feb');
    first.session.ydoc.transact(() => prosemirrorJSONToYXmlFragment(schema, doc(title('T'), p('Text.')).node.toJSON(), first.session.fragment));
    const second = await person('B', '#c2410c');
    await until(() => texts(second.view)[1] === 'Text.', 'load');
    typeAt(first.view, 8, ' mine');
    await until(() => texts(second.view)[1] === 'Text mine.', 'first edit');
    typeAt(second.view, 4, 'Our ');
    await until(() => texts(first.view)[1] === 'Our Text mine.', 'second edit');
    expect(undo(first.view.state, first.view.dispatch)).toBe(true);
    await until(() => texts(second.view)[1] === 'Our Text.', "the first person's undo to reach the second");
    expect(texts(first.view)[1]).toBe('Our Text.');
  }, 40_000);
});
