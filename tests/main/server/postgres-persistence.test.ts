import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCollabServer } from '../../../main/server/collab-server';
import { connect, until } from '../../../main/server/node-client';
import { addTeam } from '../../../main/server/teams';
import { startScratchPostgres, type ScratchPostgres } from '../../../main/store/library/postgres/scratch-server';

describe('collaboration server on PostgreSQL', () => {
  let pg: ScratchPostgres;
  let url: string;
  let dataDir: string;
  let token: string;

  beforeAll(async () => {
    pg = await startScratchPostgres();
    url = await pg.createDatabase('collab');
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-collab-pg-'));
    token = (await addTeam(dataDir, 'au', 'African Union')).token;
  }, 60_000);

  afterAll(async () => {
    await pg?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('keeps a shared draft in the database across a restart of the server', async () => {
    let server = await startCollabServer({ dataDir, port: 0, postgres: url, storeDelayMs: 50, log: () => {} });
    const a = connect(server.url, 'au/agenda-2063', token);
    await a.synced;
    a.doc.getText('t').insert(0, 'Recalling Agenda 2063');
    await until(() => !a.provider.hasUnsyncedChanges, 'the server to take the edit');
    a.close();
    await new Promise((resolve) => setTimeout(resolve, 300));
    await server.close();
    server = await startCollabServer({ dataDir, port: 0, postgres: url, log: () => {} });
    const b = connect(server.url, 'au/agenda-2063', token);
    try {
      await b.synced;
      await until(() => b.text() === 'Recalling Agenda 2063', 'the stored text');
      expect(b.text()).toBe('Recalling Agenda 2063');
    } finally {
      b.close();
      await server.close();
    }
  }, 60_000);
});
