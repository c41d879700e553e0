import type { ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScratchRedis, type ScratchRedis } from '../../../main/server/scratch-redis';
import { addTeam } from '../../../main/server/teams';
import { connect, until } from '../../../main/server/node-client';
import { serverProcess } from '../../../main/server/server-process';

describe('two server processes over one Redis', () => {
  let redis: ScratchRedis;
  let dataDir: string;
  let token: string;
  const servers: ChildProcess[] = [];

  beforeAll(async () => {
    redis = await startScratchRedis();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-collab-scale-'));
    token = (await addTeam(dataDir, 'g77', 'G77 and China')).token;
  }, 60_000);

  afterAll(async () => {
    for (const child of servers) child.kill('SIGTERM');
    await redis?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('lets clients of different servers edit one draft', async () => {
    const args = ['--port', '0', '--data', dataDir, '--redis', `${redis.host}:${redis.port}`];
    const [one, two] = await Promise.all([serverProcess(args), serverProcess(args)]);
    servers.push(one.child, two.child);
    expect(one.url).not.toBe(two.url);
    const a = connect(one.url, 'g77/draft-1', token);
    const b = connect(two.url, 'g77/draft-1', token);
    try {
      await Promise.all([a.synced, b.synced]);
      a.doc.getText('t').insert(0, 'Reaffirming the Rio Declaration');
      await until(() => b.text() === 'Reaffirming the Rio Declaration', 'the edit on server one to reach server two');
      b.doc.getText('t').insert(0, '[G77: ');
      await until(() => a.text().startsWith('[G77: Reaffirming'), 'the edit on server two to reach server one');
    } finally {
      a.close();
      b.close();
    }
  }, 60_000);
});
