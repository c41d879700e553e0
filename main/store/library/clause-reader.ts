/**
 * A worker that reads declarations into the clauses the library files (shared/library/filed.ts)
 * ahead of the index worker, on a core of its own: the changes come from the main thread in
 * numbered chunks, and go on to the index worker through the port it was given.
 */
import { parentPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { filedDeclarationOf } from '../../../shared/library/filed';
import type { FiledChunk, ReaderRequest } from './build-in-worker';

const port = parentPort;
if (port) {
  let out: MessagePort | undefined;
  port.on('message', (message: ReaderRequest) => {
    if (message.type === 'to') {
      out = message.port;
      return;
    }
    const changes = message.changes.map((change) => ('add' in change ? { add: filedDeclarationOf(change.add) } : change));
    out?.postMessage({ seq: message.seq, changes } satisfies FiledChunk);
  });
}
