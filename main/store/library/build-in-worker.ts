/**
 * Builds a clause index in a worker thread, so that a big build (a first import of a ministry's
 * archive, a rebuild after a damaged index) never pauses the window or the browser host: the
 * declarations go over in chunks, progress comes back after each, Cancel ends the worker, and
 * the finished index comes back as its saved bytes, which load in a fraction of a second.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Declaration } from '../../../shared/model';
import { ClauseLibrary } from '../../../shared/library/library';

export type WorkerRequest = { type: 'add'; declarations: Declaration[] } | { type: 'finish' };
export type WorkerReply = { type: 'progress'; done: number; clauses: number } | { type: 'done'; bytes: Uint8Array };

export interface WorkerBuildOptions {
  /** After each chunk: declarations done of all, and clauses indexed so far. */
  onProgress?: (done: number, total: number, clauses: number) => void;
  signal?: AbortSignal;
}

/** Raised when the signal stopped the build; nothing of it is kept. */
export class BuildCancelled extends Error {
  override name = 'BuildCancelled';
}

// Declarations per message: small enough that cloning one chunk never holds the main thread long.
const CHUNK = 100;

/** The worker: the bundled script beside the Electron bundle, or the source run through tsx. */
function startWorker(): Worker {
  const here = import.meta.url ? path.dirname(fileURLToPath(import.meta.url)) : __dirname;
  const bundled = path.join(here, 'index-worker.cjs');
  if (existsSync(bundled)) return new Worker(bundled);
  const source = pathToFileURL(path.join(here, 'index-worker.ts')).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true });
}

/** Indexes the declarations in a worker; resolves with the library, or rejects with BuildCancelled. */
export function buildInWorker(declarations: Declaration[], opts: WorkerBuildOptions = {}): Promise<ClauseLibrary> {
  const worker = startWorker();
  return new Promise<ClauseLibrary>((resolve, reject) => {
    let sent = 0;
    let finished = false;
    const sendNext = () => {
      if (sent >= declarations.length) {
        if (!finished) worker.postMessage({ type: 'finish' } satisfies WorkerRequest);
        finished = true;
        return;
      }
      const chunk = declarations.slice(sent, sent + CHUNK);
      sent += chunk.length;
      worker.postMessage({ type: 'add', declarations: chunk } satisfies WorkerRequest);
    };
    const stop = () => {
      void worker.terminate();
      reject(new BuildCancelled('The library build was cancelled.'));
    };
    if (opts.signal?.aborted) return stop();
    opts.signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') {
        opts.onProgress?.(reply.done, declarations.length, reply.clauses);
        sendNext();
        return;
      }
      opts.signal?.removeEventListener('abort', stop);
      void worker.terminate();
      try {
        resolve(ClauseLibrary.load(reply.bytes));
      } catch (error) {
        reject(error as Error);
      }
    });
    worker.on('error', (error) => {
      opts.signal?.removeEventListener('abort', stop);
      reject(error);
    });
    // Two chunks in flight: the worker never waits for the next while the first is cloned.
    sendNext();
    sendNext();
  });
}
