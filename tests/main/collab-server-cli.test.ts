import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../main/collab-server';

let dataDir: string;
beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-collab-cli-'));
});
afterEach(async () => {
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('npm run server', () => {
  it.each(['abc', '0', '-5', '1.5'])('refuses --max-message-bytes %s instead of serving without a message limit', async (value) => {
    await expect(main(['--port', '0', '--data', dataDir, `--max-message-bytes=${value}`])).rejects.toThrow(`--max-message-bytes takes a whole number of bytes above 0, not "${value}"`);
  });

  it('refuses a port out of range', async () => {
    await expect(main(['--port', '70000', '--data', dataDir])).rejects.toThrow('--port takes 0 to 65535, not "70000"');
  });
});
