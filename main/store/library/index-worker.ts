/**
 * The worker that builds a clause index off the main thread (see build-in-worker.ts): it takes
 * declarations in chunks, says how far it got after each, and at the end sends the saved index
 * back as bytes (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads';
import { ClauseLibrary } from '../../../shared/library/library';
import type { WorkerRequest, WorkerReply } from './build-in-worker';

const port = parentPort;
if (port) {
  const library = new ClauseLibrary();
  let done = 0;
  port.on('message', (message: WorkerRequest) => {
    if (message.type === 'add') {
      for (const decl of message.declarations) library.add(decl);
      done += message.declarations.length;
      const reply: WorkerReply = { type: 'progress', done, clauses: library.size };
      port.postMessage(reply);
      return;
    }
    const bytes = library.save();
    const reply: WorkerReply = { type: 'done', bytes };
    port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
  });
}
