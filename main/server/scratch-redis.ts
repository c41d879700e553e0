/**
 * A throwaway Redis for tests and benches: Debian's redis-server on a free port of 127.0.0.1,
 * with no persistence, in a temporary folder removed when stopped.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../services/free-port';

export interface ScratchRedis {
  host: string;
  port: number;
  stop(): Promise<void>;
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts redis-server; throws when it is not installed or does not come up in 10 s. */
export async function startScratchRedis(binary = process.env.REDIS_SERVER ?? 'redis-server'): Promise<ScratchRedis> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'concord-redis-'));
  const port = await freePort();
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', folder], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => child.once('error', (error) => reject(new Error(`redis-server could not start (apt-get install redis-server): ${error.message}`))));
  const ready = (async () => {
    for (let i = 0; i < 200; i++) {
      if (await answers(port)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('redis-server did not answer within 10 s');
  })();
  await Promise.race([ready, failed]);
  const stopNow = () => {
    child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('exit', stopNow);
  return {
    host: '127.0.0.1',
    port,
    async stop() {
      process.removeListener('exit', stopNow);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      stopNow();
      await exited;
    },
  };
}
