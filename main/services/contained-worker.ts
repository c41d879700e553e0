/**
 * The contained worker's entry: runs one operation of contained-ops.ts per message and answers
 * with its result, or with the error's message and code (an ApiError's code, a NotCleanError...).
 * Asked to `encode`, it answers with the result as UTF-8 JSON bytes, transferred rather than
 * copied, so the host neither clones nor stringifies a large answer on its own thread.
 */
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../shared/api';
import { NotCleanError } from '../../shared/negotiation/export';
import { containedOps, type ContainedOp } from './contained-ops';
import { ownBuffers } from './transfer';

type Run = (input: unknown) => Promise<unknown>;
type Message = { op: ContainedOp; input: unknown; encode?: boolean };

/** Posts a result: cloned with its byte buffers transferred, or as UTF-8 JSON whose buffer is transferred. */
function answer(result: unknown, encode: boolean | undefined): void {
  if (!encode) return parentPort?.postMessage({ ok: true, result }, ownBuffers(result));
  const json = new TextEncoder().encode(JSON.stringify(result));
  parentPort?.postMessage({ ok: true, json }, [json.buffer]);
}

parentPort?.on('message', (message: Message) => {
  const run = containedOps[message.op] as Run;
  run(message.input)
    .then((result) => answer(result, message.encode))
    .catch((error: unknown) =>
      parentPort?.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        code: error instanceof ApiError ? error.code : error instanceof NotCleanError ? 'conflict' : undefined,
      }),
    );
});
