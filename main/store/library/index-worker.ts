/**
 * The worker that builds and saves clause indexes off the main thread (see build-in-worker.ts):
 * it starts from a saved index.bin (or nothing), takes the changes in numbered chunks from the
 * clause readers (clause-reader.ts), applies them in order, says how far it got after each, then
 * saves the result: written to a file atomically, sent back as bytes (transferred, not copied),
 * or both.
 */
import { promises as fs } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ClauseLibrary } from '../../../shared/library/library';
import { writeFileAtomic } from '../atomic';
import type { FiledChange, FiledChunk, WorkerRequest, WorkerReply } from './build-in-worker';

const port = parentPort;
if (port) {
  let library = new ClauseLibrary();
  let done = 0;
  const reply = (message: WorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const apply = (changes: FiledChange[]) => {
    for (const change of changes) {
      if ('add' in change) library.addFiled(change.add);
      else library.remove(change.remove);
    }
    done += changes.length;
    reply({ type: 'progress', done, clauses: library.size });
  };
  // One step at a time, in order: a read of index.bin must end before the changes apply.
  let queue = Promise.resolve();
  const enqueue = (step: () => void | Promise<void>) => {
    queue = queue.then(step).catch((error: unknown) => reply({ type: 'failed', message: (error as Error).message }));
  };
  // Chunks arrive from several readers, out of order: each waits for the ones before it.
  const early = new Map<number, FiledChange[]>();
  let next = 0;
  const arrived = ({ seq, changes }: FiledChunk) => {
    early.set(seq, changes);
    for (let ready = early.get(next); ready; ready = early.get(next)) {
      early.delete(next++);
      const chunk = ready;
      enqueue(() => apply(chunk));
    }
  };
  port.on('message', (message: WorkerRequest) => {
    if (message.type === 'start') {
      const { file, readers } = message;
      if (file !== undefined) enqueue(async () => void (library = ClauseLibrary.load(await fs.readFile(file))));
      for (const reader of readers) reader.on('message', arrived);
      return;
    }
    enqueue(async () => {
      const bytes = library.save();
      if (message.write !== undefined) await writeFileAtomic(message.write, bytes);
      reply({ type: 'done', ...(message.send ? { bytes } : {}) }, message.send ? [bytes.buffer as ArrayBuffer] : []);
    });
  });
}
