/**
 * `npm run bench`: runs every bench/*.bench.ts in turn, prints one table, writes
 * bench/results/latest.json (machine, Node and chromium versions, median and p95 of each
 * figure) and each bench's rows to bench/results/files/<bench>.json. `npm run bench -- --readme`
 * puts the table of every bench's latest rows into README.md between its markers, so that
 * `npm run bench -- compare --readme` refreshes the comparison rows and keeps the others;
 * `npm run bench -- compare` runs only the benches whose file name contains "compare".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { BenchRow, type Bench } from './harness';

/** One bench's last rows, as bench/results/files/<bench>.json keeps them. */
const BenchFile = z.object({ date: z.string(), load: z.number(), rows: z.array(BenchRow) });

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const filter = args.find((a) => !a.startsWith('--'));

function chromiumVersion(): string {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return 'not installed';
  }
}

const fmt = (row: BenchRow, v: number) => (row.unit === 'ms' ? v.toFixed(v < 10 ? 2 : 1) : Math.round(v).toLocaleString('en'));

/** The table as Markdown, shared by stdout and the README. */
export function renderTable(rows: BenchRow[]): string {
  const lines = ['| group | figure | median | p95 | unit | goal | note |', '| --- | --- | ---: | ---: | --- | --- | --- |'];
  for (const r of rows) {
    lines.push(`| ${r.group} | ${r.peer ? `peer: ${r.subject}` : r.subject} | ${fmt(r, r.median)} | ${fmt(r, r.p95)} | ${r.unit} | ${r.goal ?? ''} | ${r.note ?? ''} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
    .sort();
  const rows: BenchRow[] = [];
  const failures: string[] = [];
  const perFile = path.join(here, 'results', 'files');
  mkdirSync(perFile, { recursive: true });
  for (const file of files) {
    process.stderr.write(`bench: ${file}…\n`);
    try {
      const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default: Bench };
      const measured = await mod.default();
      rows.push(...measured);
      writeFileSync(path.join(perFile, `${file.replace(/\.bench\.ts$/, '')}.json`), `${JSON.stringify({ date: new Date().toISOString(), load: os.loadavg()[0], rows: measured }, null, 2)}\n`);
    } catch (error) {
      failures.push(`${file}: ${(error as Error).message}`);
    }
  }
  const machine = {
    date: new Date().toISOString(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: chromiumVersion(),
  };
  const table = renderTable(rows);
  console.log(table);
  console.log(`\n${machine.date.slice(0, 10)} · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGiB} GiB · Node ${machine.node} · ${machine.chromium}`);
  mkdirSync(path.join(here, 'results'), { recursive: true });
  // A run that measured nothing (only --readme) leaves the last real run's JSON alone.
  if (files.length > 0) writeFileSync(path.join(here, 'results', 'latest.json'), `${JSON.stringify({ machine, rows, failures }, null, 2)}\n`);
  if (args.includes('--readme')) {
    const readme = path.join(here, '..', 'README.md');
    const names = readdirSync(perFile)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const kept = names.map((f) => BenchFile.parse(JSON.parse(readFileSync(path.join(perFile, f), 'utf8'))));
    const dates = kept.map((k) => k.date.slice(0, 10)).sort();
    const when = dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
    // Each bench may have run at another time: say when, and how busy the machine was.
    const runs = kept.map((k, i) => `${(names[i] ?? '?').replace(/\.json$/, '')} ${k.date.slice(0, 16).replace('T', ' ')} (load ${k.load.toFixed(1)})`).join('; ');
    const block = `<!-- bench:start -->\nMeasured ${when} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.chromium}:\n\n${renderTable(kept.flatMap((k) => k.rows))}\n\nRuns (UTC, 1-minute load average at the end): ${runs}.\n<!-- bench:end -->`;
    writeFileSync(readme, readFileSync(readme, 'utf8').replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, block));
  }
  if (failures.length) {
    console.error(`\n${failures.length} benchmark(s) failed:\n${failures.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
