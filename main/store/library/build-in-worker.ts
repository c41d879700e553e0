/**
 * Builds a clause index in a worker thread, so that a big build (a first import of a ministry's
 * archive, a rebuild after a damaged index, one 18 MB Word file of 70,000 paragraphs added to
 * the library) never pauses the window or the browser host: the index so far goes over as its
 * saved bytes, the declarations in chunks, progress comes back after each, Cancel ends the
 * worker, and the finished index comes back as its saved bytes. The worker has the contained
 * workers' limits (main/services/contained.ts): past its memory, or without progress for their
 * time, it is ended and the build fails with a clear message, keeping the library as it was.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Declaration } from '../../../shared/model';
import { ClauseLibrary } from '../../../shared/library/library';
import { ApiError } from '../../../shared/api';
import { DEFAULT_LIMITS, type ContainedLimits } from '../../services/contained';

export type WorkerRequest = { type: 'start'; base?: Uint8Array } | { type: 'add'; declarations: Declaration[] } | { type: 'finish' };
export type WorkerReply = { type: 'progress'; done: number; clauses: number } | { type: 'done'; bytes: Uint8Array };

export interface WorkerBuildOptions {
  /** After each chunk: declarations done of all, and clauses indexed so far. */
  onProgress?: (done: number, total: number, clauses: number) => void;
  signal?: AbortSignal;
}

export const INDEX_TOO_LONG = 'Indexing this file for the library took too long; the library was not changed.';
export const INDEX_TOO_BIG = 'Indexing this file for the library needs more memory than Concord allows; the library was not changed.';

/** A built index: the library, and the saved bytes it was loaded from (written as they are). */
export interface BuiltIndex {
  library: ClauseLibrary;
  bytes: Uint8Array;
}

/** Raised when the signal stopped the build; nothing of it is kept. */
export class BuildCancelled extends Error {
  override name = 'BuildCancelled';
}

// Declarations per message: small enough that cloning one chunk never holds the main thread long.
const CHUNK = 100;

/** The worker: the bundled script beside the Electron bundle, or the source run through tsx. */
function startWorker(limits: ContainedLimits): Worker {
  const here = import.meta.url ? path.dirname(fileURLToPath(import.meta.url)) : __dirname;
  const resourceLimits = { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, limits.memoryMb / 4) };
  const bundled = path.join(here, 'index-worker.cjs');
  if (existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  const source = pathToFileURL(path.join(here, 'index-worker.ts')).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/**
 * Indexes the declarations in a worker, on top of `base` (a saved index) when given; resolves
 * with the whole index, or rejects with BuildCancelled, or an ApiError past the limits.
 */
export function buildInWorker(declarations: Declaration[], opts: WorkerBuildOptions & { base?: Uint8Array; limits?: ContainedLimits } = {}): Promise<BuiltIndex> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const worker = startWorker(limits);
  return new Promise<BuiltIndex>((resolve, reject) => {
    let sent = 0;
    let finished = false;
    let timer: NodeJS.Timeout | undefined;
    const fail = (error: Error) => {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', stop);
      void worker.terminate();
      reject(error);
    };
    // The time limit is per step: a big archive may take long in all, but each chunk is bounded.
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => fail(new ApiError('too-large', INDEX_TOO_LONG)), limits.timeMs);
    };
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
    const stop = () => fail(new BuildCancelled('The library build was cancelled.'));
    if (opts.signal?.aborted) return stop();
    opts.signal?.addEventListener('abort', stop, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      arm();
      if (reply.type === 'progress') {
        opts.onProgress?.(reply.done, declarations.length, reply.clauses);
        sendNext();
        return;
      }
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', stop);
      void worker.terminate();
      try {
        resolve({ library: ClauseLibrary.load(reply.bytes), bytes: reply.bytes });
      } catch (error) {
        reject(error as Error);
      }
    });
    worker.on('error', (error: Error & { code?: string }) => fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ApiError('too-large', INDEX_TOO_BIG) : error));
    worker.on('exit', () => fail(new ApiError('too-large', INDEX_TOO_BIG)));
    arm();
    const base = opts.base;
    worker.postMessage({ type: 'start', ...(base ? { base } : {}) } satisfies WorkerRequest, base ? [base.buffer as ArrayBuffer] : []);
    // Two chunks in flight: the worker never waits for the next while the first is cloned.
    sendNext();
    sendNext();
  });
}
