import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../main/store/library/local';
import { LocalBackend } from '../../../../main/store/library/workspace-backend';
import type { JobProgress } from '../../../../shared/api';
import type { BuiltinSource, LibraryStoreOptions } from '../../../../main/store/library/local';
import { ClauseLibrary } from '../../../../shared/library/library';
import { readParagraphs } from './paragraphReader';

let workspace: string;
let docs: string;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'concord-library-'));
  docs = path.join(workspace, 'docs');
  await mkdir(docs);
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const declaration = (title: string, ...paragraphs: string[]) => [title, ...paragraphs].join('\n\n');
const WTO = 'We safeguard the multilateral trading system with the WTO at its core.';
const HEALTH = 'We support the leadership of the World Health Organization.';

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(docs, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

function counting(read = readParagraphs): { read: typeof readParagraphs; names: string[] } {
  const names: string[] = [];
  return { names, read: (bytes, source) => (names.push(source.name), read(bytes, source)) };
}

const open = (opts: Partial<LibraryStoreOptions> = {}) => LibraryStore.open({ workspace, read: readParagraphs, ...opts });

describe('LibraryStore import', () => {
  it('imports a folder recursively, reporting progress per file', async () => {
    await put('a.txt', declaration('A', WTO));
    await put('sub/b.md', declaration('B', HEALTH));
    await put('notes.png', 'not a declaration');
    const store = await open();
    const progress: JobProgress[] = [];
    const result = await store.importPaths([docs], { onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ added: 2, skipped: [], cancelled: false });
    expect(progress.map((p) => [p.done, p.total, path.basename(p.current)])).toEqual([[1, 2, 'a.txt'], [2, 2, 'b.md']]);
    expect((await store.search('trading system'))[0]?.clause.text).toBe(WTO);
  });

  it.each<[string, string | Uint8Array, RegExp]>([
    ['empty.txt', '', /empty/],
    ['binary.txt', new Uint8Array([80, 75, 3, 4, 0, 0, 1]), /not text/],
    ['big.txt', 'x'.repeat(2000), /over the/],
    ['picture.png', 'not a declaration', /not a type the library reads/],
  ])('skips %s with the reason and keeps importing the rest', async (name, content, reason) => {
    const bad = await put(name, content);
    const good = await put('good.txt', declaration('Good', WTO));
    const store = await open({ maxFileBytes: 1000 });
    const result = await store.importPaths([bad, good]);
    expect(result.added).toBe(1);
    expect(result.skipped).toEqual([{ path: bad, reason: expect.stringMatching(reason) }]);
  });

  it('skips a file it may not read', async () => {
    if (process.getuid?.() === 0) return; // root reads everything
    const locked = await put('locked.txt', declaration('Locked', WTO));
    await chmod(locked, 0o000);
    const result = await (await open()).importPaths([locked]);
    expect(result.skipped[0]?.reason).toMatch(/permission denied/);
  });

  it('stops when cancelled and keeps what was done', async () => {
    for (const n of [1, 2, 3]) await put(`${n}.txt`, declaration(`D${n}`, `${WTO} Number ${n} here.`));
    const store = await open();
    const controller = new AbortController();
    const result = await store.importPaths([docs], { signal: controller.signal, onProgress: (p) => p.done === 1 && controller.abort() });
    expect([result.added, result.cancelled, (await store.stats()).sources]).toEqual([1, true, 1]);
  });

  it('keeps two files with the same paragraph as one clause with two sources', async () => {
    await put('a.txt', declaration('A', WTO));
    await put('b.txt', declaration('B', WTO, HEALTH));
    const store = await open();
    await store.importPaths([docs]);
    expect((await store.search('"WTO at its core"'))[0]?.clause.sources.map((s) => s.title)).toEqual(['A', 'B']);
  });
});

describe('LibraryStore first build of many files', () => {
  const many = async (n: number) => {
    for (let i = 0; i < n; i++) await put(`d${i}.txt`, declaration(`D${i}`, `${WTO} Item ${i} of the series.`, `${HEALTH} Note ${i}.`));
  };

  it('indexes in a worker, saying how far it got, and finds every clause', async () => {
    await many(60);
    const store = await open();
    const progress: JobProgress[] = [];
    const result = await store.importPaths([docs], { onProgress: (p) => progress.push(p) });
    expect([result.added, result.cancelled]).toEqual([60, false]);
    expect(progress.some((p) => /^indexing: \d+ clauses$/.test(p.current))).toBe(true);
    expect((await store.search('"Item 42 of the series"', { filters: { grain: 'sentence' } })).length).toBe(1);
    expect((await (await open()).search('"Item 7 of the series"', { filters: { grain: 'sentence' } })).length).toBe(1);
  });

  it('adds a big batch to an existing library in a worker, keeping what it held', async () => {
    await put('first.txt', declaration('First', 'We welcome the new health cooperation framework.'));
    const store = await open();
    await store.importPaths([docs]);
    await many(60);
    const progress: JobProgress[] = [];
    const result = await store.importPaths([docs], { onProgress: (p) => progress.push(p) });
    expect([result.added, progress.some((p) => /^indexing: \d+ clauses$/.test(p.current))]).toEqual([60, true]);
    for (const s of [store, await open()]) {
      expect([(await s.search('framework')).length, (await s.search('"Item 42 of the series"', { filters: { grain: 'sentence' } })).length]).toEqual([1, 1]);
    }
  });

  it('indexes one long file in a worker too', async () => {
    await put('first.txt', declaration('First', 'We welcome the new health cooperation framework.'));
    const store = await open();
    await store.importPaths([docs]);
    const long = Array.from({ length: 1_200 }, (_, i) => `We note item ${i} of the long series.`);
    await put('long.txt', declaration('Long', ...long));
    const progress: JobProgress[] = [];
    const result = await store.importPaths([path.join(docs, 'long.txt')], { onProgress: (p) => progress.push(p) });
    expect([result.added, progress.some((p) => /^indexing: [\d,]+ clauses$/.test(p.current))]).toEqual([1, true]);
    expect((await (await open()).search('"item 1199 of the long series"')).length).toBeGreaterThan(0);
  });

  it('writes index.bin in a worker from the file last written and the changes since', async () => {
    await many(3);
    const inWorker = async () => open({ backend: await LocalBackend.open(workspace, { saveInWorkerFrom: 1 }) });
    const store = await inWorker();
    await store.importPaths([docs]);
    await store.removeSource(path.join(docs, 'd1.txt'));
    await put('later.txt', declaration('Later', 'We welcome the new health cooperation framework.'));
    await store.importPaths([path.join(docs, 'later.txt')]);
    const again = await open();
    const items = async (s: LibraryStore) => (await s.search('"of the series"', { filters: { grain: 'sentence' } })).map((h) => h.clause.text).sort();
    expect([await items(again), (await again.search('framework')).length]).toEqual([['Item 0 of the series.', 'Item 2 of the series.'], 1]);
    expect(await items(store)).toEqual(await items(again));
  });

  it('keeps nothing of a build cancelled while indexing', async () => {
    await many(60);
    const store = await open();
    const controller = new AbortController();
    const result = await store.importPaths([docs], { signal: controller.signal, onProgress: (p) => p.current.startsWith('indexing') || p.done < 60 || controller.abort() });
    expect([result.added, result.cancelled, (await store.stats()).clauses, (await store.sources()).length]).toEqual([0, true, 0, 0]);
  });
});

describe('LibraryStore sources with the same bytes', () => {
  it('reads them once as one declaration, listing both files', async () => {
    await put('a.txt', declaration('A', WTO));
    await put('copy/a.txt', declaration('A', WTO));
    const spy = counting();
    const store = await open({ read: spy.read });
    await store.importPaths([docs]);
    expect([spy.names, (await store.sources()).length, (await store.stats()).sources, (await store.search('WTO'))[0]?.clause.sources.length]).toEqual([['a.txt'], 2, 1, 1]);
  });

  it('keeps the clauses while one of the files remains', async () => {
    const a = await put('a.txt', declaration('A', WTO));
    await put('copy/a.txt', declaration('A', WTO));
    const store = await open();
    await store.importPaths([docs]);
    await store.removeSource(a);
    expect((await store.search('WTO'))).toHaveLength(1);
  });
});

describe('LibraryStore on disk', () => {
  it('reloads the saved library without re-reading unchanged sources', async () => {
    await put('a.txt', declaration('A', WTO));
    await (await open()).importPaths([docs]);
    const spy = counting();
    const again = await open({ read: spy.read });
    expect([spy.names, (await again.stats()).sources, (await again.search('WTO')).length]).toEqual([[], 1, 1]);
  });

  it('re-reads only the source that changed', async () => {
    await put('a.txt', declaration('A', WTO));
    await put('b.txt', declaration('B', HEALTH));
    await (await open()).importPaths([docs]);
    await put('b.txt', declaration('B', 'We welcome the new health cooperation framework.'));
    const spy = counting();
    const again = await open({ read: spy.read });
    expect(spy.names).toEqual(['b.txt']);
    expect([(await again.search('leadership')).length, (await again.search('framework')).length, (await again.stats()).sources]).toEqual([0, 1, 2]);
  });

  const index = () => path.join(workspace, 'library', 'index.bin');
  it.each<[string, (saved: Uint8Array) => Uint8Array]>([
    ['not a library', () => new TextEncoder().encode('{ broken')],
    ['of a newer format', (saved) => (new DataView(saved.buffer, saved.byteOffset).setUint32(16, 99, true), saved)],
    ['cut short', (saved) => saved.subarray(0, Math.floor(saved.length / 2))],
  ])('rebuilds from the sources when the index is %s, and says so', async (_name, spoil) => {
    await put('a.txt', declaration('A', WTO));
    await (await open()).importPaths([docs]);
    await writeFile(index(), spoil(new Uint8Array(await readFile(index()))));
    const again = await open();
    expect(again.warnings.join(' ')).toMatch(/rebuilt/);
    expect((await again.search('WTO')).length).toBe(1);
  });

  it('re-reads the sources of an index.json saved by an earlier Concord, then drops it', async () => {
    await put('a.txt', declaration('A', WTO));
    await (await open()).importPaths([docs]);
    await rm(index());
    await writeFile(path.join(workspace, 'library', 'index.json'), JSON.stringify({ format: 'concord-library', schemaVersion: 1 }));
    const again = await open();
    expect((await again.search('WTO')).length).toBe(1);
    expect(existsSync(path.join(workspace, 'library', 'index.json'))).toBe(false);
  });

  it('adds the built-in templates and re-reads one when it changes', async () => {
    let text = declaration('Template', WTO);
    const builtins: BuiltinSource[] = [{ id: 'tpl-1', name: 'tpl-1.txt', bytes: async () => new TextEncoder().encode(text) }];
    const first = await open({ builtins });
    expect((await first.search('WTO'))[0]?.clause.sources[0]?.title).toBe('Template');
    text = declaration('Template', HEALTH);
    const second = await open({ builtins });
    expect([(await second.search('WTO')).length, (await second.search('leadership')).length]).toEqual([0, 1]);
  });

  it('removing a source drops its clauses and saves', async () => {
    const a = await put('a.txt', declaration('A', WTO));
    const store = await open();
    await store.importPaths([docs]);
    await store.removeSource(a);
    const saved = ClauseLibrary.load(new Uint8Array(await readFile(path.join(workspace, 'library', 'index.bin'))));
    expect([(await store.stats()).sources, saved.size]).toEqual([0, 0]);
  });
});

describe('LibraryStore with the reading pipeline', () => {
  it('builds clauses from the built-in templates and finds a standard phrase', async () => {
    const dir = path.resolve('templates');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const builtins: BuiltinSource[] = files.map((file) => ({ id: file, name: file, bytes: async () => new Uint8Array(readFileSync(path.join(dir, file))) }));
    const store = await LibraryStore.open({ workspace, builtins });
    expect((await store.stats()).sources).toBe(files.length);
    expect((await store.stats()).paragraphs).toBeGreaterThan(30);
    expect((await store.search('"multilateral trading system"')).length).toBeGreaterThan(0);
  });
});
