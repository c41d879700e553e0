/**
 * The worker that builds and saves clause indexes off the main thread (see build-in-worker.ts):
 * it starts from a saved index.bin (or nothing), takes changes in chunks, says how far it got
 * after each, then saves the result: written to a file atomically, sent back as bytes
 * (transferred, not copied), or both.
 */
import { promises as fs } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ClauseLibrary } from '../../../shared/library/library';
import { writeFileAtomic } from '../atomic';
import type { WorkerRequest, WorkerReply } from './build-in-worker';

const port = parentPort;
if (port) {
  let library = new ClauseLibrary();
  let done = 0;
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const handle = async (message: WorkerRequest): Promise<void> => {
    if (message.type === 'open') {
      library = ClauseLibrary.load(await fs.readFile(message.file));
      return;
    }
    if (message.type === 'changes') {
      for (const change of message.changes) {
        if ('add' in change) library.add(change.add);
        else library.remove(change.remove);
      }
      done += message.changes.length;
      reply({ type: 'progress', done, clauses: library.size });
      return;
    }
    const bytes = library.save();
    if (message.write !== undefined) await writeFileAtomic(message.write, bytes);
    reply({ type: 'done', ...(message.send ? { bytes } : {}) }, message.send ? [bytes.buffer as ArrayBuffer] : []);
  };
  // One message at a time, in order: a read of index.bin must end before the changes apply.
  let queue = Promise.resolve();
  port.on('message', (message: WorkerRequest) => {
    queue = queue.then(() => handle(message)).catch((error: unknown) => reply({ type: 'failed', message: (error as Error).message }));
  });
}
