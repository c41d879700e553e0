import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContext, type HandlerContext } from '../../../../main/handlers/context';
import { callChannel } from '../../../../main/handlers/index';
import { LibraryStore } from '../../../../main/store/library/local';
import { readParagraphs } from './paragraphReader';

let workspace: string;
beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'concord-library-hard-'));
});
afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

const text = (title: string, paragraph: string) => Buffer.from(`${title}\n\n${paragraph}`).toString('base64');
const WTO = 'We safeguard the multilateral trading system with the WTO at its core.';
const HEALTH = 'We support the leadership of the World Health Organization in global health.';
const CLIMATE = 'We reaffirm our commitment to the Paris Agreement on climate change.';

async function finished(ctx: HandlerContext, jobId: string) {
  for (;;) {
    const status = await callChannel('jobs.get', { id: jobId }, ctx);
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('library uploads and damaged files', () => {
  it('keeps a second, different file of the same name as a new source, in separate batches and in one', async () => {
    const ctx = createContext({ shell: 'cli', workspace });
    const first = await callChannel('library.addFiles', { files: [{ name: 'Statement.txt', data: text('First', WTO) }] }, ctx);
    expect((await finished(ctx, first.jobId)).result).toMatchObject({ added: 1 });
    const second = await callChannel('library.addFiles', { files: [{ name: 'Statement.txt', data: text('Second', HEALTH) }] }, ctx);
    expect((await finished(ctx, second.jobId)).result).toMatchObject({ added: 1, updated: 0 });
    const batch = await callChannel('library.addFiles', { files: [{ name: 'Same.txt', data: text('Third', CLIMATE) }, { name: 'Same.txt', data: text('Fourth', 'We condemn terrorism in all its forms.') }] }, ctx);
    expect((await finished(ctx, batch.jobId)).result).toMatchObject({ added: 2 });
    for (const words of ['trading system', 'World Health', 'Paris Agreement', 'terrorism']) {
      expect((await callChannel('library.search', { query: words }, ctx)).length, words).toBeGreaterThan(0);
    }
  });

  it('keeps the newest imports when sources.json is damaged, recovering them from the index, and says so', async () => {
    const docs = path.join(workspace, 'docs');
    await mkdir(docs);
    await writeFile(path.join(docs, 'a.txt'), `A\n\n${WTO}`);
    const store = await LibraryStore.open({ workspace, read: readParagraphs });
    await store.importPaths([path.join(docs, 'a.txt')]);
    await writeFile(path.join(docs, 'b.txt'), `B\n\n${HEALTH}`);
    await store.importPaths([path.join(docs, 'b.txt')]); // sources.json.bak now lacks b.txt
    await writeFile(path.join(workspace, 'library', 'sources.json'), '{ "format": "concord-libr');
    const again = await LibraryStore.open({ workspace, read: readParagraphs });
    expect(again.library.search('World Health').length).toBe(1);
    expect(again.library.search('trading system').length).toBe(1);
    expect(again.warnings.join(' ')).toMatch(/damaged/);
    expect(again.warnings.join(' ')).toMatch(/recovered/);
  });

  it('shows library warnings to the user through the stats', async () => {
    await mkdir(path.join(workspace, 'library'), { recursive: true });
    await writeFile(path.join(workspace, 'library', 'sources.json'), 'not json');
    const ctx = createContext({ shell: 'cli', workspace });
    expect((await callChannel('library.stats', {}, ctx)).warnings.join(' ')).toMatch(/damaged/);
  });

  it('still opens and searches when it cannot write its folder', async () => {
    await mkdir(path.join(workspace, 'library', 'index.json'), { recursive: true }); // every save of the index fails
    const docs = path.join(workspace, 'docs');
    await mkdir(docs);
    await writeFile(path.join(docs, 'a.txt'), `A\n\n${WTO}`);
    const store = await LibraryStore.open({ workspace, read: readParagraphs, builtins: [{ id: 't1', name: 'T1', bytes: async () => Buffer.from(`T\n\n${CLIMATE}`) }] });
    expect(store.library.search('Paris Agreement').length).toBe(1);
    expect(store.warnings.join(' ')).toMatch(/not saved/);
    await expect(store.importPaths([docs])).rejects.toThrow(/not (saved|written)|cannot be saved/);
    expect(await readdir(path.join(workspace, 'library', 'index.json'))).toEqual([]);
  });
});
