/**
 * Times the reading of one file where the app reads a user's file: in a worker with the heap
 * limits of main/services/contained.ts, whose larger young generation the read relies on. Prints
 * the times as JSON. Run it in a child without NODE_OPTIONS (bench/import.bench.ts does): a
 * process flag such as the benches' --max-old-space-size would override the worker's limits.
 *   npx tsx bench/read-contained.ts file.md [runs] [warmup]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { containedOps } from '../main/services/contained-ops';
import { DEFAULT_LIMITS, tsWorker, workerResourceLimits } from '../main/services/contained';
import { readAnyFile } from '../main/services/read-file';
import { measure, type Timing } from './harness';

/** What the worker measured: the read alone, and the contained operation (the read and the check of its answer). */
export interface ContainedTimes {
  read: Timing;
  op: Timing;
  blocks: number;
}

interface Job {
  file: string;
  runs: number;
  warmup: number;
}

async function timeInWorker({ file, runs, warmup }: Job): Promise<ContainedTimes> {
  const data = new Uint8Array(readFileSync(file));
  const name = path.basename(file);
  let blocks = 0;
  const read = await measure(async () => {
    blocks = (await readAnyFile(name, data)).declaration.blocks.length;
  }, { runs, warmup });
  const op = await measure(() => containedOps.read({ name, data }), { runs, warmup });
  return { read, op, blocks };
}

if (!isMainThread) {
  parentPort?.postMessage(await timeInWorker(workerData as Job));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, runs = '15', warmup = '3'] = process.argv.slice(2);
  if (!file) throw new Error('Usage: npx tsx bench/read-contained.ts file [runs] [warmup]');
  const worker = tsWorker(new URL(import.meta.url), { resourceLimits: workerResourceLimits(DEFAULT_LIMITS), workerData: { file, runs: Number(runs), warmup: Number(warmup) } satisfies Job });
  const times = await new Promise<ContainedTimes>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  console.log(JSON.stringify(times));
}
