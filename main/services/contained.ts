/**
 * Every read, parse and export of user content runs off the host's main thread, in a
 * worker_threads worker with a memory limit (resourceLimits) and a time limit. Past either the
 * worker is killed and the caller hears "This file took too long to read; nothing was changed":
 * no file can block the host (an autosave is answered meanwhile) or kill it (a fatal
 * out-of-memory ends the worker only). Workers are reused while they behave; a killed one is
 * replaced. Long work can report progress and be cancelled through the jobs of main/services/jobs.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';
import { z } from 'zod';
import { ApiError, ApiErrorCode } from '../../shared/api';
import type { ContainedOp, ContainedOps } from './contained-ops';
import type { JobProgress } from '../../shared/api';
import { EncodedJson } from './encoded';

export interface ContainedLimits {
  /** Wall-clock time one task may take (default 60 s). */
  timeMs: number;
  /** Heap one worker may use (default 1.5 GB; an 18 MB Word file needs well under that). */
  memoryMb: number;
}

export const DEFAULT_LIMITS: ContainedLimits = { timeMs: 60_000, memoryMb: 1536 };
/** Workers at once: the machine's cores are for the user's other work too. */
const MAX_WORKERS = 2;

export const TOO_LONG = 'This file took too long to read; nothing was changed.';
export const CANCELLED = 'Cancelled; nothing was changed.';
export const TOO_BIG = 'This file needs more memory to read than Concord allows; nothing was changed.';

const Answer = z.union([
  z.object({ ok: z.literal(true), json: z.instanceof(Uint8Array) }),
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), message: z.string(), code: ApiErrorCode.optional() }),
]);

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: JobProgress) => void;
  /** What the progress line names (the file). */
  label?: string;
  /** Buffers of the input handed to the worker rather than copied (the caller no longer reads them). */
  transfer?: ArrayBuffer[];
}

type Input<O extends ContainedOp> = Parameters<ContainedOps[O]>[0];
type Output<O extends ContainedOp> = Awaited<ReturnType<ContainedOps[O]>>;

/**
 * The heap of a contained worker. V8 makes a semi-space of a third of `maxYoungGenerationSizeMb`
 * rounded up to a power of two: 64 MB gives 32 MB semi-spaces, twice a main thread's 16 MB
 * (measured on Node 20), so a worker scavenges less often while it reads a file. A process
 * flag (`--max-old-space-size`, `--max-semi-space-size`) overrides these limits in every worker.
 */
export function workerResourceLimits(limits: ContainedLimits): ResourceLimits {
  return { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, limits.memoryMb / 4), stackSizeMb: 8 };
}

/**
 * A worker running a .ts module under tsx (the browser host, the CLI, the tests, the benches),
 * which a worker can only load once tsx's hooks are registered in it: Node 20 does not pass
 * `--import` hooks to a worker's entry.
 */
export function tsWorker(entry: URL, options: WorkerOptions): Worker {
  const tsx = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`, { ...options, eval: true });
}

/** The worker for where Concord runs: the bundled .cjs beside the Electron main bundle, else the .ts source under tsx. */
function spawnWorker(options: WorkerOptions): Worker {
  const bundled = typeof __dirname === 'string' ? path.join(__dirname, 'contained-worker.cjs') : undefined;
  if (bundled && existsSync(bundled)) return new Worker(bundled, options);
  return tsWorker(new URL('./contained-worker.ts', import.meta.url), options);
}

/** A pool of contained workers with fixed limits. */
export function createContainment(limits: ContainedLimits = DEFAULT_LIMITS) {
  const idle: Worker[] = [];
  let running = 0;
  const waiting: (() => void)[] = [];

  function spawn(): Worker {
    const worker = spawnWorker({ resourceLimits: workerResourceLimits(limits) });
    worker.unref();
    return worker;
  }

  async function slot(): Promise<void> {
    while (running >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
  }
  function release(): void {
    running--;
    waiting.shift()?.();
  }

  /** One task in a worker; `encode` asks for the answer as JSON bytes (see contained-worker.ts). */
  async function exchange(op: ContainedOp, input: unknown, encode: boolean, opts: RunOptions): Promise<unknown> {
    if (opts.signal?.aborted) throw new ApiError('conflict', CANCELLED);
    await slot();
    const worker = idle.pop() ?? spawn();
    const label = opts.label ?? op;
    opts.onProgress?.({ done: 0, total: 1, current: label });
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        let settled = false;
        const finish = (kill: boolean, outcome: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          opts.signal?.removeEventListener('abort', onAbort);
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
          if (kill) void worker.terminate();
          else idle.push(worker);
          outcome();
        };
        const timer = setTimeout(() => finish(true, () => reject(new ApiError('too-large', TOO_LONG))), limits.timeMs);
        // A worker stopped mid-task is killed: its late answer must never reach the next task.
        const onAbort = () => finish(true, () => reject(new ApiError('conflict', CANCELLED)));
        const onMessage = (raw: unknown) => {
          const answer = Answer.safeParse(raw);
          if (!answer.success) return finish(true, () => reject(new ApiError('internal', 'The reader answered in a shape Concord does not know; nothing was changed.')));
          const a = answer.data;
          finish(false, () => (!a.ok ? reject(a.code ? new ApiError(a.code, a.message) : new Error(a.message)) : resolve('json' in a ? new EncodedJson(a.json) : a.result)));
        };
        const onError = (error: Error & { code?: string }) =>
          finish(true, () => reject(new ApiError('too-large', error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? TOO_BIG : TOO_LONG)));
        const onExit = () => finish(true, () => reject(new ApiError('too-large', TOO_BIG)));
        if (opts.signal?.aborted) return finish(false, () => reject(new ApiError('conflict', CANCELLED)));
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage({ op, input, encode }, opts.transfer ?? []);
      });
      opts.onProgress?.({ done: 1, total: 1, current: label });
      return result;
    } finally {
      release();
    }
  }

  return {
    /** The operation's result, cloned back to this thread. */
    run: <O extends ContainedOp>(op: O, input: Input<O>, opts: RunOptions = {}) => exchange(op, input, false, opts) as Promise<Output<O>>,
    /** The operation's result as UTF-8 JSON, for an answer the host only passes on. */
    runEncoded: <O extends ContainedOp>(op: O, input: Input<O>, opts: RunOptions = {}) => exchange(op, input, true, opts) as Promise<EncodedJson<Output<O>>>,
    /** Ends every idle worker (tests, shutdown). */
    async close(): Promise<void> {
      await Promise.all(idle.splice(0).map((w) => w.terminate()));
    },
  };
}

export type Containment = ReturnType<typeof createContainment>;
