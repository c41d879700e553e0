/**
 * The shared library on PostgreSQL under the bench's load: the same declarations imported by two
 * importers at once (clauses per second), the search-as-you-type queries one at a time, then 20
 * searchers typing at once while 2 importers keep adding declarations. The server is a scratch
 * one (main/store/library/postgres/scratch-server.ts) unless CONCORD_BENCH_PG gives a database.
 */
import type { Declaration } from '../shared/model';
import { PgBackend } from '../main/store/library/postgres/pg-backend';
import { startScratchPostgres } from '../main/store/library/postgres/scratch-server';
import { summarize } from './harness';
import type { BenchRow } from './harness';

const IMPORTERS = 2;
const SEARCHERS = 20;
// Searches each searcher makes at least; it goes on while the importers are busy.
const SEARCHES_EACH = 25;

/** Imports declarations with `importers` running side by side; returns the seconds taken. */
async function importAll(backend: PgBackend, declarations: Declaration[], importers: number, onDone?: (n: number) => void): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: importers }, async () => {
      for (let at = next++; at < declarations.length; at = next++) {
        const decl = declarations[at] as Declaration;
        await backend.putSource(
          { path: `bench:${decl.id}`, kind: 'file', name: decl.source.name, declarationId: decl.id, hash: decl.source.hash, size: 1, addedAt: new Date(0).toISOString() },
          decl,
        );
        onDone?.(++done);
      }
    }),
  );
  // As the app's import does at its end (PgBackend.flush analyses the tables).
  await backend.flush();
  return (performance.now() - t0) / 1000;
}

async function timeQueries(backend: PgBackend, queries: string[], filters = {}): Promise<number[]> {
  const samples: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    await backend.search(q, { filters });
    samples.push(performance.now() - t0);
  }
  return samples;
}

export async function postgresRows(declarations: Declaration[], extra: Declaration[], clauses: number, queries: string[], phrases: string[]): Promise<BenchRow[]> {
  const given = process.env.CONCORD_BENCH_PG;
  const server = given ? undefined : await startScratchPostgres();
  const url = given ?? (await server?.createDatabase('bench')) ?? '';
  const backend = await PgBackend.open(url, { poolSize: SEARCHERS + IMPORTERS + 2 });
  const rows: BenchRow[] = [];
  try {
    let shown = 0;
    const seconds = await importAll(backend, declarations, IMPORTERS, (n) => {
      if (n - shown >= 1000) process.stderr.write(`\rpostgres: ${(shown = n)}/${declarations.length} declarations`);
    });
    process.stderr.write('\n');
    rows.push({
      group: 'library',
      subject: `PostgreSQL import, ${clauses.toLocaleString('en')} clauses from ${declarations.length.toLocaleString('en')} declarations, ${IMPORTERS} importers`,
      median: Math.round(clauses / seconds),
      p95: Math.round(clauses / seconds),
      unit: 'clauses/s',
      note: `${seconds.toFixed(0)} s in all`,
    });
    await timeQueries(backend, queries.slice(0, 20));
    const alone = summarize([...(await timeQueries(backend, queries)), ...(await timeQueries(backend, queries))]);
    rows.push({ group: 'library', subject: `PostgreSQL search as you type, ${queries.length} queries x 2`, ...alone, unit: 'ms', goal: '< 30 ms p95' });
    const filtered = summarize(await timeQueries(backend, phrases, { year: 2020 }));
    rows.push({ group: 'library', subject: 'PostgreSQL search with a year filter', ...filtered, unit: 'ms', goal: '< 30 ms p95' });

    // Load: every searcher types through the queries from its own starting point while the
    // importers add the extra declarations.
    let importing = true;
    const imported = importAll(backend, extra, IMPORTERS).then((s) => ((importing = false), s));
    const samples: number[] = [];
    await Promise.all(
      Array.from({ length: SEARCHERS }, async (_, s) => {
        for (let i = 0; importing || i < SEARCHES_EACH; i++) {
          const q = queries[(s * 11 + i) % queries.length] as string;
          const t0 = performance.now();
          await backend.search(q);
          samples.push(performance.now() - t0);
        }
      }),
    );
    const importSeconds = await imported;
    const extraClauses = extra.length * Math.round(clauses / declarations.length);
    rows.push({
      group: 'library',
      subject: `PostgreSQL search with ${SEARCHERS} searchers and ${IMPORTERS} importers at once`,
      ...summarize(samples),
      unit: 'ms',
      note: `${samples.length} searches; imports meanwhile about ${Math.round(extraClauses / importSeconds).toLocaleString('en')} clauses/s`,
    });
    const s0 = performance.now();
    await backend.suggest(phrases[0] ?? 'multilateral trading system', 5);
    const suggestMs = performance.now() - s0;
    const [hit] = await backend.search('"multilateral trading system"');
    const v0 = performance.now();
    const [group] = await backend.variants({ of: hit?.clause.id ?? '', variantLimit: 10 });
    rows.push({ group: 'library', subject: "PostgreSQL: one clause's variants (bands, grown from the clause)", median: performance.now() - v0, p95: performance.now() - v0, unit: 'ms', note: `${group?.size ?? 0} wordings; suggestions for a paragraph ${suggestMs.toFixed(0)} ms` });
  } finally {
    await backend.close();
    await server?.stop();
  }
  return rows;
}
