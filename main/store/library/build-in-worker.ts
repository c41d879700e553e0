/**
 * Builds and saves clause indexes in a worker thread, so that big work (a first import of a
 * ministry's archive, a batch of files added to a million-clause library, writing index.bin)
 * never pauses the window or the browser host. The worker starts from the saved index.bin (or
 * nothing), the changes go over in chunks, progress comes back after each, Cancel ends the
 * worker, and the result is written to its file by the worker, or comes back as saved bytes,
 * which load in a fraction of a second. The chunks pass through clause readers first
 * (clause-reader.ts, one per spare core), which read each declaration into its clauses while
 * the index worker indexes the chunks before: the index worker's part is then half the build.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { MessagePort, WorkerOptions } from 'node:worker_threads';
import type { FiledDeclaration } from '../../../shared/library/filed';
import { ClauseLibrary } from '../../../shared/library/library';
import type { Declaration } from '../../../shared/model';

/** One change to a library: a declaration added (replacing any earlier version) or removed. */
export type IndexChange = { add: Declaration } | { remove: string };
/** A change as a clause reader passes it on: an added declaration read into its clauses. */
export type FiledChange = { add: FiledDeclaration } | { remove: string };
/** The `seq`th chunk of changes (from 0), from a clause reader to the index worker. */
export interface FiledChunk {
  seq: number;
  changes: FiledChange[];
}

export type ReaderRequest = { type: 'to'; port: MessagePort } | { type: 'changes'; seq: number; changes: IndexChange[] };
export type WorkerRequest =
  | { type: 'start'; file?: string; readers: MessagePort[] }
  | { type: 'finish'; write?: string; send: boolean };
export type WorkerReply =
  | { type: 'progress'; done: number; clauses: number }
  | { type: 'done'; bytes?: Uint8Array }
  | { type: 'failed'; message: string };

export interface WorkerBuildOptions {
  /** After each chunk: changes done of all, and clauses indexed so far. */
  onProgress?: (done: number, total: number, clauses: number) => void;
  signal?: AbortSignal;
  /** Heap the worker may use (default: as much as this thread may). */
  memoryMb?: number;
}

/** What a worker does: start from `from` (an index.bin) or nothing, apply `changes`, save. */
export interface IndexJob {
  from?: string;
  changes: IndexChange[];
  /** Writes the result there, atomically. */
  write?: string;
  /** Sends the result back as bytes. */
  send: boolean;
}

/** Raised when the signal stopped the build; nothing of it is kept. */
export class BuildCancelled extends Error {
  override name = 'BuildCancelled';
}

// Changes per message: small enough that cloning one chunk never holds the main thread long.
const CHUNK = 100;
// Clause readers beside the index worker: one per core left, at least one, at most four
// (reading is about half the work of indexing, so more would wait).
const READERS = Math.max(1, Math.min(4, availableParallelism() - 1));

export const INDEX_TOO_BIG = 'Indexing these files for the library needs more memory than Concord allows; the library was not changed.';

/**
 * The worker: the bundled script beside the Electron bundle, or the source run through tsx. Its
 * own heap limit makes running out of memory end the worker, not the whole process; by default
 * it is this thread's, so a million-clause build that fits today still fits.
 */
function startWorker(name: 'index-worker' | 'clause-reader', memoryMb = getHeapStatistics().heap_size_limit / 2 ** 20): Worker {
  const options: WorkerOptions = { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4), stackSizeMb: 8 } };
  const here = import.meta.url ? path.dirname(fileURLToPath(import.meta.url)) : __dirname;
  const bundled = path.join(here, `${name}.cjs`);
  if (existsSync(bundled)) return new Worker(bundled, options);
  const source = pathToFileURL(path.join(here, `${name}.ts`)).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/** Runs a job in a worker; resolves with the saved bytes when asked for them, or rejects with BuildCancelled. */
export function runIndexJob(job: IndexJob, opts: WorkerBuildOptions = {}): Promise<Uint8Array | undefined> {
  const worker = startWorker('index-worker', opts.memoryMb);
  const readers = Array.from({ length: READERS }, () => startWorker('clause-reader', opts.memoryMb));
  const { changes } = job;
  const chunks = Math.ceil(changes.length / CHUNK);
  return new Promise<Uint8Array | undefined>((resolve, reject) => {
    let sent = 0;
    let settled = false;
    const end = (settle: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', stop);
      for (const thread of [worker, ...readers]) void thread.terminate();
      settle();
    };
    const finish = () => worker.postMessage({ type: 'finish', send: job.send, ...(job.write === undefined ? {} : { write: job.write }) } satisfies WorkerRequest);
    const sendNext = () => {
      if (sent >= chunks) return;
      const seq = sent++;
      const reader = readers[seq % readers.length] as Worker;
      reader.postMessage({ type: 'changes', seq, changes: changes.slice(seq * CHUNK, (seq + 1) * CHUNK) } satisfies ReaderRequest);
    };
    const stop = () => end(() => reject(new BuildCancelled('The library build was cancelled.')));
    if (opts.signal?.aborted) return stop();
    opts.signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') {
        opts.onProgress?.(reply.done, changes.length, reply.clauses);
        // Saving waits for the last chunk: it comes through a reader, not this thread's messages.
        if (reply.done === changes.length) finish();
        else sendNext();
      } else if (reply.type === 'failed') {
        end(() => reject(new Error(reply.message)));
      } else {
        end(() => resolve(reply.bytes));
      }
    });
    for (const thread of [worker, ...readers]) {
      thread.on('error', (error: Error & { code?: string }) => end(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(INDEX_TOO_BIG) : error)));
      // A worker that dies without a word (killed, out of memory) must not leave the build waiting for ever.
      thread.on('exit', (code) => end(() => reject(new Error(`The index worker stopped (exit code ${code}) before it finished; nothing was changed.`))));
    }
    const ports = readers.map((reader) => {
      const { port1, port2 } = new MessageChannel();
      reader.postMessage({ type: 'to', port: port1 } satisfies ReaderRequest, [port1]);
      return port2;
    });
    worker.postMessage({ type: 'start', ...(job.from === undefined ? {} : { file: job.from }), readers: ports } satisfies WorkerRequest, ports);
    if (chunks === 0) finish();
    // A chunk in flight per reader and two more: neither the readers nor the index worker wait for the next.
    for (let i = 0; i < readers.length + 2; i++) sendNext();
  });
}

/** Indexes the declarations in a worker; resolves with the library, or rejects with BuildCancelled. */
export async function buildInWorker(declarations: Declaration[], opts: WorkerBuildOptions = {}): Promise<ClauseLibrary> {
  const bytes = await runIndexJob({ changes: declarations.map((add) => ({ add })), send: true }, opts);
  if (!bytes) throw new Error('The index worker sent no index back.');
  return ClauseLibrary.load(bytes);
}
