/**
 * Builds and saves clause indexes in a worker thread, so that big work (a first import of a
 * ministry's archive, a batch of files added to a million-clause library, writing index.bin)
 * never pauses the window or the browser host. The worker starts from the saved index.bin (or
 * nothing), the changes go over in chunks, progress comes back after each, Cancel ends the
 * worker, and the result is written to its file by the worker, or comes back as saved bytes,
 * which load in a fraction of a second.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Declaration } from '../../../shared/model';
import { ClauseLibrary } from '../../../shared/library/library';

/** One change to a library: a declaration added (replacing any earlier version) or removed. */
export type IndexChange = { add: Declaration } | { remove: string };

export type WorkerRequest =
  | { type: 'open'; file: string }
  | { type: 'changes'; changes: IndexChange[] }
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

export const INDEX_TOO_BIG = 'Indexing these files for the library needs more memory than Concord allows; the library was not changed.';

/**
 * The worker: the bundled script beside the Electron bundle, or the source run through tsx. Its
 * own heap limit makes running out of memory end the worker, not the whole process; by default
 * it is this thread's, so a million-clause build that fits today still fits.
 */
function startWorker(memoryMb = getHeapStatistics().heap_size_limit / 2 ** 20): Worker {
  const options: WorkerOptions = { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4), stackSizeMb: 8 } };
  const here = import.meta.url ? path.dirname(fileURLToPath(import.meta.url)) : __dirname;
  const bundled = path.join(here, 'index-worker.cjs');
  if (existsSync(bundled)) return new Worker(bundled, options);
  const source = pathToFileURL(path.join(here, 'index-worker.ts')).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/** Runs a job in a worker; resolves with the saved bytes when asked for them, or rejects with BuildCancelled. */
export function runIndexJob(job: IndexJob, opts: WorkerBuildOptions = {}): Promise<Uint8Array | undefined> {
  const worker = startWorker(opts.memoryMb);
  const { changes } = job;
  return new Promise<Uint8Array | undefined>((resolve, reject) => {
    let sent = 0;
    let finished = false;
    let settled = false;
    const end = (settle: () => void) => {
      if (settled) return;
      settled = true;
      opts.signal?.removeEventListener('abort', stop);
      void worker.terminate();
      settle();
    };
    const sendNext = () => {
      if (sent >= changes.length) {
        const finish: WorkerRequest = { type: 'finish', send: job.send, ...(job.write === undefined ? {} : { write: job.write }) };
        if (!finished) worker.postMessage(finish);
        finished = true;
        return;
      }
      const chunk = changes.slice(sent, sent + CHUNK);
      sent += chunk.length;
      worker.postMessage({ type: 'changes', changes: chunk } satisfies WorkerRequest);
    };
    const stop = () => end(() => reject(new BuildCancelled('The library build was cancelled.')));
    if (opts.signal?.aborted) return stop();
    opts.signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') {
        opts.onProgress?.(reply.done, changes.length, reply.clauses);
        sendNext();
      } else if (reply.type === 'failed') {
        end(() => reject(new Error(reply.message)));
      } else {
        end(() => resolve(reply.bytes));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => end(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(INDEX_TOO_BIG) : error)));
    // A worker that dies without a word (killed, out of memory) must not leave the build waiting for ever.
    worker.on('exit', (code) => end(() => reject(new Error(`The index worker stopped (exit code ${code}) before it finished; nothing was changed.`))));
    if (job.from !== undefined) worker.postMessage({ type: 'open', file: job.from } satisfies WorkerRequest);
    // Two chunks in flight: the worker never waits for the next while the first is cloned.
    sendNext();
    sendNext();
  });
}

/** Indexes the declarations in a worker; resolves with the library, or rejects with BuildCancelled. */
export async function buildInWorker(declarations: Declaration[], opts: WorkerBuildOptions = {}): Promise<ClauseLibrary> {
  const bytes = await runIndexJob({ changes: declarations.map((add) => ({ add })), send: true }, opts);
  if (!bytes) throw new Error('The index worker sent no index back.');
  return ClauseLibrary.load(bytes);
}
