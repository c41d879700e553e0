/**
 * Live co-drafting under load, everything on 127.0.0.1: the collaboration server in its own
 * process (so its memory is its own), clients as real Hocuspocus providers in this one.
 * 1. 20 clients each make 1,000 edits (typing into random paragraphs) of one 15,000-word draft:
 *    time until all hold the same document, edit-to-arrival latency at the others (sampled
 *    edits carry their send time), server memory, size of the stored document.
 * 2. 200 documents with 3 clients each, 20 edits per client: time until all converge, memory.
 * No peer: nothing else here speaks the Yjs protocol; the figures stand against the goals.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { connect, until, type NodeClient } from '../main/server/node-client';
import { serverProcess } from '../main/server/server-process';
import { addTeam } from '../main/server/teams';
import { summarize, type Bench, type BenchRow } from './harness';
import { seededRandom } from './random';

const WORDS = 15_000;
const PARAGRAPHS = 250;
const CLIENTS = 20;
const EDITS = 1_000;
const SAMPLE_EVERY = 25;

/** Resident memory of a process, in MB (Linux ps). */
function rssMB(pid: number): number {
  return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
}

/** A draft as y-prosemirror stores it: numbered paragraphs of words. */
function seedDraft(doc: Y.Doc, random: () => number): void {
  const fragment = doc.getXmlFragment('prosemirror');
  const words = 'the parties shall cooperate on sustainable development climate finance and capacity building in good faith'.split(' ');
  const per = Math.round(WORDS / PARAGRAPHS);
  doc.transact(() => {
    for (let p = 0; p < PARAGRAPHS; p++) {
      const block = new Y.XmlElement('numbered');
      const text = new Y.XmlText();
      text.insert(0, Array.from({ length: per }, () => words[Math.floor(random() * words.length)]).join(' ') + '.');
      block.insert(0, [text]);
      fragment.insert(fragment.length, [block]);
    }
  });
}

function paragraphText(doc: Y.Doc, index: number): Y.XmlText {
  const block = doc.getXmlFragment('prosemirror').get(index) as Y.XmlElement;
  return block.get(0) as Y.XmlText;
}

const sameDocs = (clients: NodeClient[]) => {
  const first = Y.encodeStateVector(clients[0]!.doc).toString();
  return clients.every((c) => Y.encodeStateVector(c.doc).toString() === first);
};

async function oneDraft(url: string, token: string, random: () => number): Promise<BenchRow[]> {
  const clients = Array.from({ length: CLIENTS }, () => connect(url, 'bench/draft', token));
  await Promise.all(clients.map((c) => c.synced));
  seedDraft(clients[0]!.doc, random);
  await until(() => clients.every((c) => c.doc.getXmlFragment('prosemirror').length === PARAGRAPHS), 'the draft to reach every client', 60_000);
  const latencies: number[] = [];
  clients.forEach((c, i) =>
    c.doc.getMap<number>('probe').observe((event) => {
      if (event.transaction.local) return;
      for (const key of event.keysChanged) {
        if (!key.startsWith(`${i}:`)) latencies.push(performance.now() - (c.doc.getMap<number>('probe').get(key) ?? 0));
      }
    }),
  );
  const t0 = performance.now();
  // Every client types at once, a few characters per turn, yielding so messages flow.
  for (let round = 0; round < EDITS; round += 10) {
    clients.forEach((c, i) => {
      for (let k = 0; k < 10; k++) {
        const text = paragraphText(c.doc, Math.floor(random() * PARAGRAPHS));
        c.doc.transact(() => {
          text.insert(Math.floor(random() * text.length), 'x');
          if ((round + k) % SAMPLE_EVERY === 0) c.doc.getMap<number>('probe').set(`${i}:${round + k}`, performance.now());
        });
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const typed = performance.now() - t0;
  await until(() => sameDocs(clients), 'every client to converge', 120_000);
  const converged = performance.now() - t0;
  const size = Y.encodeStateAsUpdate(clients[0]!.doc).length;
  for (const c of clients) c.close();
  const lat = summarize(latencies);
  const edits = CLIENTS * EDITS;
  return [
    { group: 'collab', subject: `${CLIENTS} clients × ${EDITS.toLocaleString('en')} edits of a ${WORDS.toLocaleString('en')}-word draft: until all converge`, median: converged, p95: converged, unit: 'ms', note: `${edits.toLocaleString('en')} edits typed in ${Math.round(typed)} ms` },
    { group: 'collab', subject: 'Edit to arrival at the other clients (same draft, under that load)', median: lat.median, p95: lat.p95, unit: 'ms', note: `${latencies.length.toLocaleString('en')} arrivals sampled` },
    { group: 'collab', subject: 'Stored size of that draft (Yjs update, all history)', median: size / 2 ** 20, p95: size / 2 ** 20, unit: 'MB' },
  ];
}

async function manyDrafts(url: string, token: string, random: () => number): Promise<{ rows: BenchRow[] }> {
  const docs = 200;
  const clients: NodeClient[][] = Array.from({ length: docs }, (_, d) => Array.from({ length: 3 }, () => connect(url, `bench/d${d}`, token)));
  await Promise.all(clients.flat().map((c) => c.synced));
  const t0 = performance.now();
  for (let e = 0; e < 20; e++) {
    for (const group of clients) for (const c of group) c.doc.getText('t').insert(Math.floor(random() * (c.doc.getText('t').length + 1)), 'y');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await until(() => clients.every((group) => sameDocs(group) && group[0]!.doc.getText('t').length === 60), 'all 200 drafts to converge', 120_000);
  const ms = performance.now() - t0;
  for (const c of clients.flat()) c.close();
  return { rows: [{ group: 'collab', subject: '200 drafts × 3 clients × 20 edits: until all converge', median: ms, p95: ms, unit: 'ms', note: '600 connections' }] };
}

const bench: Bench = async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-collab-'));
  const { token } = await addTeam(dataDir, 'bench');
  const server = await serverProcess(['--port', '0', '--data', dataDir]);
  try {
    const random = seededRandom(21);
    const rows = await oneDraft(server.url, token, random);
    const memoryOne = rssMB(server.child.pid!);
    const many = await manyDrafts(server.url, token, random);
    const memoryMany = rssMB(server.child.pid!);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the last store of each document
    const stored = statSync(path.join(dataDir, 'documents.sqlite')).size;
    return [
      ...rows,
      { group: 'collab', subject: 'Server memory (resident) after the 20-client run', median: memoryOne, p95: memoryOne, unit: 'MB' },
      ...many.rows,
      { group: 'collab', subject: 'Server memory (resident) after the 200-draft run', median: memoryMany, p95: memoryMany, unit: 'MB', note: `SQLite file ${(stored / 2 ** 20).toFixed(1)} MB` },
    ];
  } finally {
    server.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
};

export default bench;
