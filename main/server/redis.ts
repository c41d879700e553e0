/**
 * The Redis extension that lets several server processes serve one document, with clients whose
 * state is logged. ioredis retries a lost Redis for ever and, with no error listener, printed
 * an "Unhandled error event" stack trace on every retry; the log now says once that Redis is
 * unreachable (edits then reach only this server's clients) and once that it is back.
 */
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import IORedis from 'ioredis';
import type { ServerLog } from './log';

export function redisExtension(target: { host: string; port: number }, log: ServerLog): RedisExtension {
  const address = `${target.host}:${target.port}`;
  // pub and sub fail and recover together; one line per change of state, not per client.
  let reachable: boolean | undefined;
  const say = (now: boolean, message?: string) => {
    if (reachable === now) return;
    reachable = now;
    log(now ? { event: 'redis', state: 'connected', address } : { event: 'redis', state: 'unreachable', address, message: message ?? '' });
  };
  const createClient = () => {
    const client = new IORedis(target.port, target.host, { maxRetriesPerRequest: null });
    client.on('ready', () => say(true));
    client.on('error', (error: Error) => say(false, error.message));
    return client;
  };
  return new RedisExtension({ createClient });
}
