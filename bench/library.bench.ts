/**
 * The clause library at the size of a ministry: 1,000,000 clauses grown from the templates and the
 * real declarations (bench/library-corpus.ts), in the local index and in PostgreSQL, beside
 * MiniSearch and a plain substring scan on the same clauses, in the same run. Measures search as
 * the user types (typos included), index build and import throughput, adding and removing one
 * declaration, the saved index's load time and heap, variants and suggestions, and PostgreSQL
 * with 20 searchers and 2 importers at once.
 *   npx tsx bench/library.bench.ts
 * LIBRARY_BENCH_CLAUSES=100000 measures a smaller library; LIBRARY_BENCH_PG=0 leaves PostgreSQL out;
 * LIBRARY_BENCH_QUICK=1 leaves out the peers and whole-library grouping; LIBRARY_BENCH_GROUPING=1 groups
 * the whole library in any case (above 200,000 clauses too).
 * Above 200,000 clauses MiniSearch (tuned) indexes an even sample of LIBRARY_BENCH_PEER_CLAUSES
 * of the same clauses (default 100,000: at a million it needs ~12 GB of heap and a quarter of an
 * hour); LIBRARY_BENCH_PEER_CLAUSES=all gives it every clause, with
 * NODE_OPTIONS=--max-old-space-size=12000. PostgreSQL imports the first LIBRARY_BENCH_PG_CLAUSES
 * (default 100,000; "all" for every clause: about half an hour at a million here).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Clause, Declaration } from '../shared/model';
import { clausesOf } from '../shared/library/clauses';
import { ClauseLibrary } from '../shared/library/library';
import { suggestFor } from '../shared/library/suggest';
import { libraryVariants } from '../shared/library/variants';
import { buildInWorker } from '../main/store/library/build-in-worker';
import { postgresBin } from '../main/store/library/postgres/scratch-server';
import { summarize } from './harness';
import type { Bench, BenchRow } from './harness';
import { corpusParagraphs, syntheticDeclarations, templateParagraphs, vary } from './library-corpus';
import { miniSearchOf } from './library-minisearch';
import { postgresRows } from './library-pg';
import { seededRandom } from './random';

const TARGET_CLAUSES = Number(process.env.LIBRARY_BENCH_CLAUSES ?? 1_000_000);
// Declarations added under load, and one at a time for the add/remove figure.
const EXTRA_DECLARATIONS = 200;
const GROUPING_LIMIT = 200_000;
// LIBRARY_BENCH_QUICK=1 leaves out the peers and whole-library grouping (for a loaded machine).
const QUICK = process.env.LIBRARY_BENCH_QUICK === '1';
const sized = (name: string, fallback: number) => (process.env[name] === 'all' ? Infinity : Number(process.env[name] ?? fallback));
const PEER_CLAUSES = sized('LIBRARY_BENCH_PEER_CLAUSES', 100_000);
const PG_CLAUSES = sized('LIBRARY_BENCH_PG_CLAUSES', 100_000);

/** Every `every`th clause. */
function* sample(clauses: Iterable<Clause>, every: number): Generator<Clause> {
  let i = 0;
  for (const clause of clauses) if (i++ % every === 0) yield clause;
}

// What an editor types: whole phrases, each also as it is being typed, typos, quoted phrases.
const PHRASES = [
  'multilateral trading system',
  'rules-based international order',
  'politicization of the pandemic',
  'community with a shared future',
  'nuclear-weapon-free zone',
  'people-to-people exchanges',
  'sustainable development goals',
  'climate change adaptation',
  'oppose unilateralism and protectionism',
  'human rights defenders',
  'WTO',
];
const EXTRA = ['multilaterl tradng sytem', 'rules based internatonal ordr', 'stigmatise any country', '"shared future for mankind"', '"WTO as the core"', 'cooperation'];

/** Every prefix a user passes through while typing a phrase, from three letters on. */
function typed(phrase: string): string[] {
  const steps: string[] = [];
  for (let end = 3; end <= phrase.length; end++) if (phrase[end - 1] !== ' ') steps.push(phrase.slice(0, end));
  return steps;
}

function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** The JS heap plus array buffers (where the index's columns live), after collecting garbage. */
function memoryMB(): number {
  // Twice: the first pass may only queue finalizers that free more on the second.
  collectGarbage();
  collectGarbage();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1024 / 1024;
}

function timeEach(inputs: string[], rounds: number, fn: (input: string) => unknown): { median: number; p95: number } {
  const samples: number[] = [];
  for (const input of inputs) fn(input);
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const t0 = performance.now();
      fn(input);
      samples.push(performance.now() - t0);
    }
  }
  return summarize(samples);
}

/** Prints a row as soon as it is measured, so a long run shows its figures on the way. */
function shown(row: BenchRow): BenchRow {
  process.stderr.write(`bench: ${row.subject}: ${row.median.toFixed(2)} / ${row.p95.toFixed(2)} ${row.unit}${row.note ? ` (${row.note})` : ''}\n`);
  return row;
}

const once = (subject: string, ms: number, note?: string): BenchRow => ({ group: 'library', subject, median: ms, p95: ms, unit: 'ms', ...(note ? { note } : {}) });

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const declarations: Declaration[] = [];
  const extra: Declaration[] = [];
  // The first PG_CLAUSES worth, kept for PostgreSQL: the rest is let go once built, so that the
  // local figures are taken without gigabytes of declarations on the heap, as in the app.
  const forPostgres: Declaration[] = [];
  let pgClauses = 0;
  const ids = new Set<string>();
  for (const decl of syntheticDeclarations(42, corpusParagraphs())) {
    if (ids.size >= TARGET_CLAUSES) {
      extra.push(decl);
      if (extra.length >= EXTRA_DECLARATIONS) break;
      continue;
    }
    for (const clause of clausesOf(decl)) ids.add(clause.id);
    if (ids.size <= PG_CLAUSES) {
      forPostgres.push(decl);
      pgClauses = ids.size;
    }
    declarations.push(decl);
  }
  ids.clear();
  const declarationCount = declarations.length;

  // Build: in a worker, as the app does for a big first import, with the main thread's
  // longest pause measured meanwhile.
  const pauses = monitorEventLoopDelay({ resolution: 5 });
  pauses.enable();
  const t0 = performance.now();
  let built: ClauseLibrary | undefined = await buildInWorker(declarations);
  const buildMs = performance.now() - t0;
  declarations.length = 0;
  pauses.disable();
  const clauses = built.size;
  const size = clauses.toLocaleString('en');
  rows.push({
    group: 'library',
    subject: `Index build in a worker, ${size} clauses from ${declarationCount.toLocaleString('en')} declarations`,
    median: Math.round(clauses / (buildMs / 1000)),
    p95: Math.round(clauses / (buildMs / 1000)),
    unit: 'clauses/s',
    goal: '>= 50,000',
    note: `${(buildMs / 1000).toFixed(1)} s in all, load of the result included; longest pause of the main thread ${(pauses.max / 1e6).toFixed(0)} ms`,
  });

  // The saved index: its size, and the time and memory to load it, with the built one dropped.
  const s0 = performance.now();
  const saved = built.save();
  const saveMs = performance.now() - s0;
  built = undefined;
  const before = memoryMB();
  const l0 = performance.now();
  const library = ClauseLibrary.load(saved);
  const loadMs = performance.now() - l0;
  // The loaded index views the file's bytes in place, so they count as its memory too.
  const memory = memoryMB() - before + saved.byteLength / 2 ** 20;
  rows.push(once('Load of the saved index (index.bin, viewed in place)', loadMs, `${(saved.length / 2 ** 20).toFixed(0)} MB; saving took ${(saveMs / 1000).toFixed(1)} s`));
  rows[rows.length - 1] = { ...(rows[rows.length - 1] as BenchRow), goal: '< 1000 ms' };
  rows.push({ group: 'library', subject: 'Memory of the loaded index (heap + its arrays)', median: Math.round(memory), p95: Math.round(memory), unit: 'MB', goal: '< 400 MB', note: `${size} clauses` });

  const queries = [...PHRASES.flatMap(typed), ...EXTRA];
  const search = timeEach(queries, 3, (q) => library.search(q));
  rows.push({ group: 'library', subject: `Search as you type, ${queries.length} queries x 3 on ${size} clauses`, ...search, unit: 'ms', goal: '< 5 ms p95' });
  const filtered = timeEach(PHRASES, 3, (q) => library.search(q, { filters: { year: 2020 } }));
  rows.push({ group: 'library', subject: 'Search with a year filter', ...filtered, unit: 'ms', goal: '< 5 ms p95' });

  // Each declaration added once and removed once: no warm-up pass, which would do the work first.
  const adds = extra.slice(0, 20);
  const timed = (fn: (decl: Declaration) => unknown) =>
    summarize(adds.map((decl) => {
      const t = performance.now();
      fn(decl);
      return performance.now() - t;
    }));
  const added = timed((decl) => library.add(decl));
  const removed = timed((decl) => library.remove(decl.id));
  rows.push({ group: 'library', subject: 'Add one declaration (about 56 clauses) to the index', ...added, unit: 'ms', goal: '< 100 ms' });
  rows.push({ group: 'library', subject: 'Remove one declaration from the index', ...removed, unit: 'ms', goal: '< 100 ms' });

  const random = seededRandom(7);
  const drafts = templateParagraphs().slice(0, 20).map((p) => vary(p, random));
  rows.push({ group: 'library', subject: 'Agreed-language suggestions for a drafted paragraph', ...timeEach(drafts, 2, (p) => suggestFor(p, library, 5)), unit: 'ms' });

  // One clause's variants, as the panel asks at a click: grown from the clause, nothing regrouped.
  const clicked = [...library.all()].filter((_, i) => i % Math.max(1, Math.floor(clauses / 20)) === 0).map((c) => c.id);
  rows.push({ group: 'library', subject: "One clause's variants (grown from the clause)", ...timeEach(clicked, 1, (id) => libraryVariants(library, { of: id, variantLimit: 10 })), unit: 'ms' });
  // The list of all groups: computed whole when first asked for, then kept as declarations come
  // and go, each change regrouping what it touches (variant-grouping.ts). Above GROUPING_LIMIT
  // clauses (and with LIBRARY_BENCH_QUICK) the whole grouping is left out unless LIBRARY_BENCH_GROUPING=1.
  if ((clauses <= GROUPING_LIMIT && !QUICK) || process.env.LIBRARY_BENCH_GROUPING === '1') {
    const shownGroups = () => libraryVariants(library, { limit: 20, variantLimit: 10 });
    const v0 = performance.now();
    const groups = shownGroups();
    rows.push(once('Variant grouping of the whole library (MinHash/LSH), 20 largest groups', performance.now() - v0, `largest group ${groups[0]?.size ?? 0} wordings`));
    const d0 = performance.now();
    shownGroups();
    const diffsMs = performance.now() - d0;
    const changes = extra.slice(20, 40);
    const regrouped = (change: (decl: Declaration) => unknown) =>
      summarize(changes.map((decl) => {
        change(decl);
        const t = performance.now();
        shownGroups();
        return performance.now() - t;
      }));
    const note = `the 20 groups' word diffs included (${diffsMs.toFixed(0)} ms with no change)`;
    rows.push({ group: 'library', subject: 'Variant groups after adding one declaration (what it touches regrouped)', ...regrouped((decl) => library.add(decl)), unit: 'ms', note });
    rows.push({ group: 'library', subject: 'Variant groups after removing one declaration (what it touches regrouped)', ...regrouped((decl) => library.remove(decl.id)), unit: 'ms', note });
  }

  // The peers take seconds per query at a million clauses: they answer every eighth query there.
  const peerQueries = clauses > GROUPING_LIMIT ? queries.filter((_, i) => i % 8 === 0) : queries;
  const lowered = [...library.all()].map((c) => c.text.toLowerCase());
  const scan = timeEach(peerQueries, 1, (q) => {
    const needle = q.replace(/["“”]/g, '').toLowerCase();
    return lowered.filter((text) => text.includes(needle));
  });
  lowered.length = 0;
  rows.push({ group: 'library', subject: 'Plain substring scan of the same clauses', peer: true, ...scan, unit: 'ms', note: 'exact text only: no ranking, stems or typos' });
  // Above GROUPING_LIMIT: the tuned peer only, on an even sample of the same clauses (see top).
  const sampled = clauses > GROUPING_LIMIT && PEER_CLAUSES < clauses;
  const every = sampled ? Math.ceil(clauses / PEER_CLAUSES) : 1;
  for (const tuned of QUICK ? [] : clauses > GROUPING_LIMIT ? [true] : [true, false]) {
    const mini = miniSearchOf(sample(library.all(), every), tuned);
    rows.push({
      group: 'library',
      subject: `MiniSearch ${tuned ? 'tuned (AND, stop words, prefix, fuzzy 0.2)' : 'defaults'}, search as you type`,
      peer: true,
      ...timeEach(peerQueries, 1, mini.search),
      unit: 'ms',
      note: `${peerQueries.length} queries${sampled ? ` on every ${every}th clause (${mini.size.toLocaleString('en')} of ${size})` : ''}; index built in ${(mini.buildMs / 1000).toFixed(1)} s`,
    });
  }

  rows.forEach(shown);
  if (process.env.LIBRARY_BENCH_PG !== '0' && postgresBin()) {
    rows.push(...(await postgresRows(forPostgres, extra, pgClauses, queries, PHRASES)).map(shown));
  }
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  bench().then((rows) => {
    for (const r of rows) {
      console.log(`${r.peer ? '(peer) ' : ''}${r.subject}: median ${r.median.toFixed(2)} ${r.unit}, p95 ${r.p95.toFixed(2)} ${r.unit}${r.goal ? ` [goal ${r.goal}]` : ''}${r.note ? ` (${r.note})` : ''}`);
    }
  });
}
