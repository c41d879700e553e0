import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startCollabServer, type CollabServer } from '../../../main/server/collab-server';
import type { ServerLogEvent } from '../../../main/server/log';
import { until } from '../../../main/server/node-client';
import { freePort } from '../../../main/services/free-port';

let server: CollabServer | undefined;
let redis: ChildProcess | undefined;
let dataDir: string | undefined;

/** A redis-server on a chosen port, so that the same address can be brought back after a stop. */
function redisOn(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
}

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** A redis-server that already answers, so that the server under test reaches it at once. */
async function redisReady(port: number): Promise<ChildProcess> {
  const started = redisOn(port);
  for (let i = 0; i < 100 && !(await listening(port)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  return started;
}

async function stopRedis(): Promise<void> {
  if (!redis || redis.exitCode !== null || redis.signalCode !== null) return;
  const exited = new Promise((resolve) => redis?.once('exit', resolve));
  redis.kill('SIGKILL');
  await exited;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
  await stopRedis();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

/** A server on a Redis that answers, once it has said so, then that Redis stopped and the loss logged. */
async function serverThatLostRedis(): Promise<{ port: number; log: ServerLogEvent[]; states: () => string[]; running: CollabServer }> {
  const port = await freePort();
  redis = await redisReady(port);
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-collab-redis-'));
  const log: ServerLogEvent[] = [];
  const states = () => log.filter((e) => e.event === 'redis').map((e) => (e.event === 'redis' ? e.state : ''));
  const running = await startCollabServer({ dataDir, port: 0, redis: { host: '127.0.0.1', port }, log: (e) => log.push(e) });
  server = running;
  await until(() => states().includes('connected'), 'Redis to be reached', 10_000);
  await stopRedis();
  await until(() => states().includes('unreachable'), 'the lost Redis to be logged', 10_000);
  return { port, log, states, running };
}

it('says once that Redis is unreachable and once that it is back, without stack traces on every retry', async () => {
  const { port, log, states } = await serverThatLostRedis();
  // ioredis retries every few hundred milliseconds; the log must not grow with each retry.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(states()).toEqual(['connected', 'unreachable']);
  const lost = log.find((e) => e.event === 'redis' && e.state === 'unreachable');
  expect(lost).toMatchObject({ address: `127.0.0.1:${port}` });

  redis = redisOn(port);
  await until(() => states().length === 3, 'Redis coming back to be logged', 15_000);
  expect(states()).toEqual(['connected', 'unreachable', 'connected']);
}, 40_000);

it('shuts down while Redis is unreachable, instead of waiting for it for ever', async () => {
  const { running } = await serverThatLostRedis();
  const closed = await Promise.race([running.close().then(() => 'closed'), new Promise((resolve) => setTimeout(() => resolve('still waiting'), 8_000))]);
  expect(closed).toBe('closed');
  server = undefined;
}, 30_000);
