/**
 * The library's behaviour, the same table for both backends: the workspace files and a real
 * PostgreSQL (started here in a temporary folder, stopped after). Both read the real
 * declarations of tests/fixtures/corpus and the templates through the reading pipeline.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgBackend } from '../../../../main/store/library/postgres/pg-backend';
import { postgresBin, startScratchPostgres } from '../../../../main/store/library/postgres/scratch-server';
import type { ScratchPostgres } from '../../../../main/store/library/postgres/scratch-server';
import { LibraryStore } from '../../../../main/store/library/local';
import { runCli } from '../../../../main/cli';
import { createContext } from '../../../../main/handlers/context';

const CORPUS = path.resolve('tests/fixtures/corpus');
const TEMPLATES = path.resolve('templates');
const SPAIN = path.join(CORPUS, 'wh-2022-06-28-joint-declaration-between-the-kingdom-of-spain-and-the-united-states-of-america.md');

let server: ScratchPostgres | undefined;
const folders: string[] = [];
const stores: Record<string, LibraryStore> = {};

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'concord-backends-'));
  folders.push(dir);
  return dir;
}

beforeAll(async () => {
  server = await startScratchPostgres();
  const local = await LibraryStore.open({ workspace: await workspace() });
  const shared = await LibraryStore.open({ workspace: await workspace(), backend: await PgBackend.open(await server.createDatabase('behaviour')) });
  await Promise.all([local, shared].map((store) => store.importPaths([CORPUS, TEMPLATES])));
  stores.local = local;
  stores.postgres = shared;
}, 120_000);

afterAll(async () => {
  await Promise.all(Object.values(stores).map((store) => store.close()));
  await server?.stop();
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

const backends = postgresBin() ? ['local', 'postgres'] : ['local'];
const store = (name: string) => stores[name] as LibraryStore;
const texts = async (name: string, query: string, opts: Parameters<LibraryStore['search']>[1] = {}) =>
  (await store(name).search(query, opts)).map((h) => h.clause.text);

describe.each(backends)('the %s library', (name) => {
  it.each([
    ['words of a phrase', 'multilateral trading system', /multilateral trading system/i],
    ['another inflection', 'stigmatizing the pandemic', /stigmati/i],
    ['the word being typed', 'nuclear-weapon-free zo', /nuclear-weapon-free zone/i],
    ['a typo', 'Intergovernmental Pannel on Climate', /Intergovernmental Panel on Climate/i],
    ['diacritics and case', 'CÔTE D’IVOIRE', /Côte d’Ivoire|Cote d'Ivoire/i],
    // Typed past the stem: "adaptation" and "international" are indexed as "adapt" and "intern".
    ['a word typed past its stem', 'climate change adaptati', /climate change adaptation/i],
    ['another word typed past its stem', 'rules-based internatio', /rules-based international/i],
  ])('finds the clause from %s', async (_what, query, expected) => {
    expect((await texts(name, query))[0]).toMatch(expected);
  });

  it.each([
    ['multilaterl tradng sytem', /multilateral trading system/i],
    ['rules based internatonal ordr', /rules-based international order/i],
  ])('ranks the exact-phrase hits of the typo query "%s" first', async (query, phrase) => {
    const all = await texts(name, query.replace(/\S+$/, (w) => `${w} `).trim(), { limit: 200 });
    const exact = all.filter((t) => phrase.test(t)).length;
    const top = await texts(name, query, { limit: 8 });
    const leading = top.findIndex((t) => !phrase.test(t));
    expect(exact).toBeGreaterThan(1);
    expect(leading === -1 ? top.length : leading).toBe(Math.min(8, exact));
  });

  it('a quoted phrase must appear word for word', async () => {
    const hits = await texts(name, '"rules-based international order"', { limit: 50 });
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.every((t) => /rules-based international order/i.test(t))).toBe(true);
    expect(await texts(name, '"order international rules-based"')).toEqual([]);
  });

  it.each([
    ['year', { year: 2022 }, (h: { sources: { date?: string }[] }) => h.sources.some((s) => s.date?.startsWith('2022'))],
    ['grain', { grain: 'sentence' as const }, (h: { grain: string }) => h.grain === 'sentence'],
  ])('filters by %s', async (_what, filters, test) => {
    const hits = await store(name).search('cooperation', { filters, limit: 30 });
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => test(h.clause))).toBe(true);
  });

  it('filters by source and section', async () => {
    const [first] = await store(name).search('"rules-based international order"');
    const source = first?.clause.sources[0];
    const hits = await store(name).search('order', { filters: { source: source?.declarationId ?? '' }, limit: 50 });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.clause.sources.some((s) => s.declarationId === source?.declarationId))).toBe(true);
    expect(await store(name).search('order', { filters: { section: 'No such heading' } })).toEqual([]);
  });

  it('marks the matched words', async () => {
    const [hit] = await store(name).search('multilaterl tradng sytem');
    expect(hit?.highlights.map((s) => hit.clause.text.slice(s.start, s.end).toLowerCase())).toEqual(expect.arrayContaining(['multilateral', 'trading', 'system']));
  });

  it('returns nothing for function words only', async () => {
    expect(await texts(name, 'the of and ')).toEqual([]);
  });

  it('suggests the agreed language a drafted paragraph departs from', async () => {
    const [hit] = await store(name).search('"rules-based international order"');
    const drafted = (hit?.clause.text ?? '').replace(/rules-based/, 'rules based').replace(/\bwe\b/i, 'We firmly');
    const [best] = await store(name).suggest(drafted, 3);
    expect(best?.clause.text).toBe(hit?.clause.text);
    expect(best?.score).toBeGreaterThan(0.8);
  });

  it('groups the wordings of one clause, the standard form first', async () => {
    const [hit] = await store(name).search('"rules-based international order"');
    const clause = hit?.clause;
    const [group] = await store(name).variants({ of: clause?.id ?? '' });
    const ids = [group?.standard.id, ...(group?.variants.map((v) => v.clause.id) ?? [])];
    expect(group === undefined || ids.includes(clause?.id)).toBe(true);
  });

  it('counts what it holds', async () => {
    const stats = await store(name).stats();
    expect(stats.sources).toBeGreaterThan(40);
    expect(stats.paragraphs + stats.sentences).toBe(stats.clauses);
  });

  it('a clause is fetched by id', async () => {
    const [hit] = await store(name).search('multilateral trading system');
    expect((await store(name).clause(hit?.clause.id ?? ''))?.text).toBe(hit?.clause.text);
    expect(await store(name).clause('p-nothing')).toBeUndefined();
  });
});

describe.each(backends)('changing the %s library', (name) => {
  it('removing a source drops its clauses, re-importing brings them back', async () => {
    const query = '"Spain and the United States are committed to defending the rules-based international order"';
    expect((await texts(name, query)).length).toBeGreaterThan(0);
    expect(await store(name).removeSource(SPAIN)).toBe(true);
    expect(await texts(name, query)).toEqual([]);
    const result = await store(name).importPaths([SPAIN]);
    expect([result.added, (await texts(name, query)).length > 0]).toEqual([1, true]);
  });

  it('a changed file replaces its clauses', async () => {
    const dir = await workspace();
    const file = path.join(dir, 'note.txt');
    await writeFile(file, 'Note\n\nThe parties welcome the zebra crossing initiative of the municipality.');
    await store(name).importPaths([file]);
    expect((await texts(name, '"zebra crossing"')).length).toBe(1);
    await writeFile(file, 'Note\n\nThe parties welcome the giraffe corridor initiative of the municipality.');
    expect((await store(name).importPaths([file])).updated).toBe(1);
    expect([(await texts(name, '"zebra crossing"')).length, (await texts(name, '"giraffe corridor"')).length]).toEqual([0, 1]);
    await store(name).removeSource(file);
  });

  it('groups a chain of wordings, each close to the next, though the first and the last are far apart', async () => {
    const dir = await workspace();
    const words = 'The parties agree to establish a standing committee on the protection of the wetlands and the migratory birds of the northern river valley'.split(' ');
    // Each wording changes one more word: neighbours share most of their three-word runs, the ends few.
    // (Similarity of the first to the others 0.75, 0.56, 0.40.)
    const changes: [number, string][] = [[6, 'permanent'], [12, 'conservation'], [18, 'wading']];
    const wordings = Array.from({ length: changes.length + 1 }, (_, n) => {
      const next = [...words];
      for (const [at, word] of changes.slice(0, n)) next[at] = word;
      return next.join(' ') + '.';
    });
    const files = wordings.map((_, n) => path.join(dir, `wetlands-${n}.txt`));
    await Promise.all(wordings.map((text, n) => writeFile(files[n] as string, `Wetlands ${n}\n\n${text}`)));
    await store(name).importPaths(files);
    const [first] = await store(name).search(`"${wordings[0] ?? ''}"`);
    const [group] = await store(name).variants({ of: first?.clause.id ?? '' });
    const grouped = [group?.standard.text, ...(group?.variants.map((v) => v.clause.text) ?? [])];
    expect(wordings.every((w) => grouped.includes(w))).toBe(true);
    await Promise.all(files.map((file) => store(name).removeSource(file)));
  });

  it('ranks the clauses holding all the words but the last first when no clause holds every word, however many hold one', async () => {
    const dir = await workspace();
    // More clauses with one word, written first, than PostgreSQL ranks of any-word matches.
    const herd = Array.from({ length: 3200 }, (_, n) => `The quokka herd grazes in meadow ${n}.`).join('\n\n');
    const files = [path.join(dir, 'quokka-herd.txt'), path.join(dir, 'quokka-sanctuary.txt')];
    await writeFile(files[0] as string, `Quokka herd\n\n${herd}`);
    await writeFile(files[1] as string, 'Quokka sanctuary\n\nThe parties open a quokka sanctuary on the island.');
    await store(name).importPaths(files);
    expect((await texts(name, 'quokka sanctuary zq'))[0]).toMatch(/quokka sanctuary/);
    await Promise.all(files.map((file) => store(name).removeSource(file)));
  }, 60_000);

  it('finds a clause two declarations share by the year of each, and no longer by the year of one removed', async () => {
    const dir = await workspace();
    const file = (year: number) => path.join(dir, `okapi-${year}.md`);
    for (const year of [2019, 2021]) {
      await writeFile(file(year), `---\ndate: '${year}-03-01'\ntitle: Okapi ${year}\n---\n\nThe parties welcome the okapi sanctuary agreement of the river basin.\n\nDone in ${year}.\n`);
    }
    await store(name).importPaths([file(2019), file(2021)]);
    const found = async (year: number) => (await texts(name, '"okapi sanctuary"', { filters: { year } })).length > 0;
    expect([await found(2019), await found(2020), await found(2021)]).toEqual([true, false, true]);
    await store(name).removeSource(file(2021));
    expect([await found(2019), await found(2021)]).toEqual([true, false]);
    await store(name).removeSource(file(2019));
  });
});

describe.runIf(backends.length === 2)('the PostgreSQL schema', () => {
  it('brings a library made by schema 1 to schema 2, the year filter finding what it found', async () => {
    const pg = (await import('pg')).default;
    const url = await (server as ScratchPostgres).createDatabase('migration');
    const yearHits = async (library: LibraryStore) => (await library.search('cooperation', { filters: { year: 2022 }, limit: 50 })).map((h) => h.clause.id);
    const first = await LibraryStore.open({ workspace: await workspace(), backend: await PgBackend.open(url) });
    await first.importPaths([SPAIN, TEMPLATES]);
    const before = await yearHits(first);
    await first.close();
    // Schema 1 is schema 2 without the clauses' years.
    const admin = new pg.Client(url);
    await admin.connect();
    await admin.query('ALTER TABLE concord_clauses DROP COLUMN years; UPDATE concord_schema SET version = 1');
    const again = await LibraryStore.open({ workspace: await workspace(), backend: await PgBackend.open(url) });
    try {
      const version = await admin.query<{ version: number }>('SELECT version FROM concord_schema');
      expect(before.length).toBeGreaterThan(2);
      expect([version.rows[0]?.version, await yearHits(again)]).toEqual([2, before]);
    } finally {
      await Promise.all([again.close(), admin.end()]);
    }
  });

  it('an import of many declarations leaves the planner knowing the new rows', async () => {
    const pg = (await import('pg')).default;
    // The library of beforeAll: the corpus and the templates imported at once.
    const admin = new pg.Client((server as ScratchPostgres).url.replace(/\/postgres$/, '/behaviour'));
    await admin.connect();
    try {
      const known = await admin.query<{ tablename: string }>(
        "SELECT DISTINCT tablename FROM pg_stats WHERE tablename IN ('concord_clauses', 'concord_clause_sources', 'concord_declarations') ORDER BY tablename",
      );
      expect(known.rows.map((r) => r.tablename)).toEqual(['concord_clause_sources', 'concord_clauses', 'concord_declarations']);
    } finally {
      await admin.end();
    }
  });

  it('refuses, saying so, a row it cannot read instead of showing it', async () => {
    const pg = (await import('pg')).default;
    const url = await (server as ScratchPostgres).createDatabase('tampered');
    const library = await LibraryStore.open({ workspace: await workspace(), backend: await PgBackend.open(url) });
    const admin = new pg.Client(url);
    await admin.connect();
    try {
      await library.importPaths([SPAIN]);
      // A hand-made change the schema would have refused.
      await admin.query("ALTER TABLE concord_clauses DROP CONSTRAINT concord_clauses_grain_check; UPDATE concord_clauses SET grain = 'chapter'");
      await expect(library.search('rules-based international order')).rejects.toThrow(/returned a row Concord cannot read \(grain/);
    } finally {
      await Promise.all([library.close(), admin.end()]);
    }
  });
});

describe.runIf(backends.length === 2)('the PostgreSQL roles of the README', () => {
  it('the writer creates the schema and imports; the reader searches and is told imports need the writer', async () => {
    const pg = (await import('pg')).default;
    const admin = new pg.Client((server as ScratchPostgres).url);
    await admin.connect();
    await admin.query('CREATE ROLE concord_writer LOGIN; CREATE ROLE concord_reader LOGIN');
    await admin.query('CREATE DATABASE roles OWNER concord_writer');
    await admin.end();
    const url = (server as ScratchPostgres).url.replace(/\/postgres$/, '/roles');
    const owner = new pg.Client(url);
    await owner.connect();
    await owner.query('GRANT USAGE ON SCHEMA public TO concord_reader; ALTER DEFAULT PRIVILEGES FOR ROLE concord_writer IN SCHEMA public GRANT SELECT ON TABLES TO concord_reader');
    await owner.end();
    const as = (role: string) => url.replace('concord@', `${role}@`);
    const writer = await LibraryStore.open({ workspace: await workspace(), backend: await PgBackend.open(as('concord_writer')) });
    await writer.importPaths([SPAIN]);
    await writer.close();
    const reader = await LibraryStore.open({ workspace: await workspace(), backend: await PgBackend.open(as('concord_reader')) });
    try {
      expect((await reader.search('rules-based international order')).length).toBeGreaterThan(0);
      await expect(reader.importPaths([TEMPLATES])).rejects.toThrow(/only search.*writer role/);
      expect((await reader.search('rules-based international order')).length).toBeGreaterThan(0);
    } finally {
      await reader.close();
    }
  });
});

describe.runIf(backends.length === 2)('choosing the library in settings', () => {
  it('uses and remembers a shared library whose server answers, and refuses one that does not', async () => {
    const ws = await workspace();
    const ctx = createContext({ shell: 'web', workspace: ws });
    const url = await (server as ScratchPostgres).createDatabase('chosen');
    try {
      expect((await ctx.library()).folder).toBe(path.join(ws, 'library'));
      await expect(ctx.chooseLibrary('postgres://concord@127.0.0.1:1/nowhere')).rejects.toThrow(/Cannot reach the library database postgres:\/\/concord@127\.0\.0\.1:1\/nowhere/);
      expect([(await ctx.settings.read()).library, (await ctx.library()).folder]).toEqual([undefined, path.join(ws, 'library')]);
      expect((await ctx.chooseLibrary(url)).library).toBe(url);
      expect((await ctx.library()).folder).toBe(url);
      // A new start of the app opens the remembered one.
      const restarted = createContext({ shell: 'web', workspace: ws });
      expect((await restarted.library()).folder).toBe(url);
      await (await restarted.library()).close();
      await ctx.chooseLibrary(null);
      expect([(await ctx.settings.read()).library, (await ctx.library()).folder]).toEqual([undefined, path.join(ws, 'library')]);
    } finally {
      await (await ctx.library()).close();
    }
  });

  it('leaves the choice to --library when the app was started with it', async () => {
    const ctx = createContext({ shell: 'web', workspace: await workspace(), library: 'postgres://concord@127.0.0.1:1/x' });
    await expect(ctx.chooseLibrary(null)).rejects.toThrow(/started with --library/);
  });
});

describe.runIf(backends.length === 2)('the CLI with --library', () => {
  it('searches the shared library and says where it is', async () => {
    const url = await (server as ScratchPostgres).createDatabase('cli');
    const ws = await workspace();
    const added = await runCli(['library', 'add', SPAIN, '--workspace', ws, '--library', url]);
    expect(added.output).toMatch(/added 1/);
    const found = await runCli(['library', 'search', 'rules based international order', '--json', '--workspace', ws, '--library', url]);
    const hits = JSON.parse(String(found.output)) as { clause: { text: string } }[];
    expect(hits[0]?.clause.text).toMatch(/rules-based international order/);
    expect((await runCli(['library', 'stats', '--workspace', ws, '--library', url])).output).toMatch(/in postgres:\/\/concord@127\.0\.0\.1:\d+\/cli/);
    // Three CLI processes, each booting through tsx: seconds apiece on a busy machine.
  }, 60_000);

  it('refuses an address that is not PostgreSQL\'s, saying what it expects', async () => {
    const result = await runCli(['library', 'stats', '--workspace', await workspace(), '--library', 'mysql://x']);
    expect([result.code, result.output]).toEqual([1, expect.stringMatching(/postgres:\/\/user@host/)]);
  });
});

describe.runIf(backends.length === 2)('both backends', () => {
  it.each(['multilateral trading system', 'rules based internatonal ordr', '"rules-based international order"', 'nuclear-weapon-free zone', 'climate change adaptation', 'sustainable development goals'])(
    'give the same top hits for %s',
    async (query) => {
      const [local, shared] = await Promise.all([texts('local', query, { limit: 3 }), texts('postgres', query, { limit: 3 })]);
      expect(shared[0]).toBe(local[0]);
      expect(new Set(shared)).toEqual(new Set(local));
    },
  );
});
