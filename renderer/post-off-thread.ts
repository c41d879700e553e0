/** The page's side of post-worker.ts: one worker, started on the first long request and kept. */
import type { PostJob, PostReply } from './post-worker';

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, (reply: PostReply) => void>();

function started(): Worker {
  const w = new Worker(new URL('./post-worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = ({ data }: MessageEvent<PostReply>) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  };
  return w;
}

/** POSTs `bytes` to `url` from the worker; the bytes are handed over (the caller's copy is emptied). */
export function postOffThread(url: string, token: string, bytes: Uint8Array<ArrayBuffer>): Promise<PostReply> {
  worker ??= started();
  const job: PostJob = { id: ++lastId, url: new URL(url, location.href).href, token, bytes };
  return new Promise((resolve) => {
    waiting.set(job.id, resolve);
    worker?.postMessage(job, [bytes.buffer]);
  });
}
