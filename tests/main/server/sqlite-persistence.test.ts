import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Extension } from '@hocuspocus/server';
import { Doc } from 'yjs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openPersistence, type Persistence } from '../../../main/server/persistence';

let dataDir: string;
let store: Persistence | undefined;

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-sqlite-store-'));
});

afterEach(async () => {
  await store?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

/** What Hocuspocus does with the store: configure it (without waiting), later load a document. */
async function loadRightAway(persistence: Persistence, name: string): Promise<Doc> {
  const ext = persistence.extension as Required<Pick<Extension, 'onConfigure' | 'onLoadDocument'>>;
  void ext.onConfigure({} as never);
  await persistence.ready;
  const document = new Doc();
  await ext.onLoadDocument({ documentName: name, document } as never);
  return document;
}

it('loads a document the moment a new store says it is ready (the table exists by then)', async () => {
  store = await openPersistence({ kind: 'sqlite', dataDir });
  // A first client of a fresh server: before, this read ran before CREATE TABLE and was refused.
  const loaded = await loadRightAway(store, 'eu/first-draft');
  expect(loaded.getXmlFragment('prosemirror').length).toBe(0);
});
