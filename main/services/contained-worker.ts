/**
 * The contained worker's entry: runs one operation of contained-ops.ts per message and answers
 * with its result, or with the error's message and code (an ApiError's code, a NotCleanError...).
 */
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../shared/api';
import { NotCleanError } from '../../shared/negotiation/export';
import { containedOps, type ContainedOp } from './contained-ops';

type Run = (input: unknown) => Promise<unknown>;

parentPort?.on('message', (message: { op: ContainedOp; input: unknown }) => {
  const run = containedOps[message.op] as Run;
  run(message.input).then(
    (result) => parentPort?.postMessage({ ok: true, result }),
    (error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        code: error instanceof ApiError ? error.code : error instanceof NotCleanError ? 'conflict' : undefined,
      }),
  );
});
