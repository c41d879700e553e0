/**
 * The clause library at scale: 100,000 clauses grown from the templates (bench/library-corpus.ts).
 * Measures search as the user types against a plain substring scan of the same clauses, index
 * build throughput, the heap and load time of the saved index, variant grouping and suggestions.
 *   npx tsx bench/library.bench.ts
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Declaration } from '../shared/model';
import { ClauseLibrary } from '../shared/library/library';
import { suggestFor } from '../shared/library/suggest';
import { libraryVariants } from '../shared/library/variants';
import { summarize } from './harness';
import type { Bench, BenchRow } from './harness';
import { corpusParagraphs, syntheticDeclarations, templateParagraphs, vary } from './library-corpus';
import { seededRandom } from './random';

const TARGET_CLAUSES = 100_000;

// What an editor types: whole phrases, each also as it is being typed, typos, quoted phrases.
const PHRASES = [
  'multilateral trading system',
  'politicization of the pandemic',
  'community with a shared future',
  'health silk road',
  'people-to-people exchanges',
  'sustainable development goals',
  'science technology innovation',
  'oppose unilateralism and protectionism',
  'global supply chains',
  'WTO',
];
const EXTRA = ['multilaterl tradng sistem', 'stigmatise any country', '"shared future for mankind"', '"WTO as the core"', 'cooperation'];

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

function heapMB(): number {
  // Twice: the first pass may only queue finalizers that free more on the second.
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / 1024 / 1024;
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

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const declarations: Declaration[] = [];
  const probe = new ClauseLibrary();
  for (const decl of syntheticDeclarations(42, corpusParagraphs())) {
    probe.add(decl);
    declarations.push(decl);
    if (probe.stats().clauses >= TARGET_CLAUSES) break;
  }

  // Build: a fresh library from the same declarations, timed whole.
  let library = new ClauseLibrary();
  const t0 = performance.now();
  for (const decl of declarations) library.add(decl);
  const buildMs = performance.now() - t0;
  const stats = library.stats();
  const throughput = stats.clauses / (buildMs / 1000);
  rows.push({
    group: 'library',
    subject: `Index build, ${stats.clauses.toLocaleString('en')} clauses from ${declarations.length} declarations`,
    median: Math.round(throughput),
    p95: Math.round(throughput),
    unit: 'clauses/s',
    note: `${(buildMs / 1000).toFixed(1)} s in all`,
  });

  const queries = [...PHRASES.flatMap(typed), ...EXTRA];
  const search = timeEach(queries, 3, (q) => library.search(q));
  rows.push({
    group: 'library',
    subject: `Search as you type, ${queries.length} queries x 3 on ${stats.clauses.toLocaleString('en')} clauses`,
    ...search,
    unit: 'ms',
    goal: '< 50 ms p95',
  });
  const filtered = timeEach(PHRASES, 3, (q) => library.search(q, { filters: { year: 2020 } }));
  rows.push({ group: 'library', subject: 'Search with a year filter', ...filtered, unit: 'ms', goal: '< 50 ms p95' });

  // The peer: what a plain find-in-files does, a case-insensitive substring scan of every clause.
  const lowered = [...library.all()].map((c) => c.text.toLowerCase());
  const scan = timeEach(queries, 3, (q) => {
    const needle = q.replace(/["“”]/g, '').toLowerCase();
    return lowered.filter((text) => text.includes(needle));
  });
  rows.push({ group: 'library', subject: 'Plain substring scan of the same clauses', peer: true, ...scan, unit: 'ms', note: 'exact text only: no ranking, stems or typos' });

  const random = seededRandom(7);
  const drafts = templateParagraphs().slice(0, 20).map((p) => vary(p, random));
  const suggest = timeEach(drafts, 2, (p) => suggestFor(p, library, 5));
  rows.push({ group: 'library', subject: 'Agreed-language suggestions for a drafted paragraph', ...suggest, unit: 'ms' });

  // As the CLI asks: the 20 largest groups, 10 closest variants each; the grouping is then
  // cached, and the variants panel asks for one clause's group at a click.
  const v0 = performance.now();
  const groups = libraryVariants(library, { limit: 20, variantLimit: 10 });
  const variantsMs = performance.now() - v0;
  rows.push({
    group: 'library',
    subject: 'Variant grouping of the whole library (MinHash/LSH), diffs for 20 groups x 10 variants',
    median: Math.round(variantsMs),
    p95: Math.round(variantsMs),
    unit: 'ms',
    note: `largest group ${groups[0]?.size ?? 0} wordings`,
  });
  const clicked = [...library.all()].filter((_, i) => i % 5000 === 0).map((c) => c.id);
  const panel = timeEach(clicked, 2, (id) => libraryVariants(library, { of: id, variantLimit: 10 }));
  rows.push({ group: 'library', subject: "One clause's variants, grouping cached", ...panel, unit: 'ms' });

  // Heap and load time of the saved index, with the built library dropped first.
  const saved = JSON.stringify(library.toJSON());
  library = new ClauseLibrary();
  const before = heapMB();
  const l0 = performance.now();
  const loaded = ClauseLibrary.fromJSON(JSON.parse(saved));
  const loadMs = performance.now() - l0;
  const heap = heapMB() - before;
  rows.push({ group: 'library', subject: 'Load of the saved index (parse, validate, index)', median: Math.round(loadMs), p95: Math.round(loadMs), unit: 'ms', note: `index.json ${(saved.length / 1024 / 1024).toFixed(1)} MB` });
  rows.push({ group: 'library', subject: 'Heap of the loaded index', median: Math.round(heap), p95: Math.round(heap), unit: 'MB', note: `${loaded.stats().clauses.toLocaleString('en')} clauses` });
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  bench().then((rows) => {
    for (const r of rows) {
      console.log(`${r.peer ? '(peer) ' : ''}${r.subject}: median ${r.median} ${r.unit}, p95 ${r.p95} ${r.unit}${r.goal ? ` [goal ${r.goal}]` : ''}${r.note ? ` (${r.note})` : ''}`);
    }
  });
}
