/**
 * What every benchmark shares: timing a function over repeated runs and the row shape that
 * bench/run.ts prints as a table and writes to bench/results/latest.json.
 */
import { performance } from 'node:perf_hooks';
import { z } from 'zod';

/** One measured figure, with the peer a user would otherwise use when there is one. */
export const BenchRow = z.object({
  /** The group it belongs to: "import", "compare", "search"... */
  group: z.string(),
  /** What was measured: "Concord import of 1 MB text". */
  subject: z.string(),
  /** True for the figure of a peer tool measured on the same input. */
  peer: z.boolean().optional(),
  median: z.number(),
  p95: z.number(),
  unit: z.enum(['ms', 'clauses/s', 'MB', 'count', '%']),
  /** Extra facts for the table ("changes reported: 210"). */
  note: z.string().optional(),
  /** The goal the figure must meet, where an issue sets one ("< 100 ms"). */
  goal: z.string().optional(),
});
export type BenchRow = z.infer<typeof BenchRow>;

/** A benchmark module: bench/*.bench.ts default-exports one of these. */
export type Bench = () => Promise<BenchRow[]>;

export interface Timing {
  median: number;
  p95: number;
  runs: number[];
}

/** Runs fn `warmup` times untimed, then `runs` times timed; milliseconds. */
export async function measure(fn: () => unknown, opts: { runs?: number; warmup?: number } = {}): Promise<Timing> {
  const runs = opts.runs ?? 20;
  const warmup = opts.warmup ?? 3;
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { ...summarize(times), runs: times };
}

/** Median and 95th percentile of a list of samples. */
export function summarize(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}
