/**
 * The Concord collaboration server: Hocuspocus with team-token access, bounded messages and
 * documents per connection, persistence in SQLite or PostgreSQL, and optionally Redis so that
 * several server processes serve the same documents. Listens on 127.0.0.1 unless told
 * otherwise; TLS belongs to a reverse proxy in front of it (see README).
 */
import { Server, type Extension } from '@hocuspocus/server';
import path from 'node:path';
import { accessControl } from './access';
import { stderrLog, type ServerLog } from './log';
import { openPersistence } from './persistence';
import { readableMessage } from './message';
import { redisExtension } from './redis';
import { readTeams } from './teams';

export interface CollabServerOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** PostgreSQL connection string; SQLite in the data folder otherwise. */
  postgres?: string;
  /** Redis for running several server processes over the same documents. */
  redis?: { host: string; port: number };
  /** A WebSocket message past this is refused and its connection closed (default 8 MB). */
  maxMessageBytes?: number;
  maxDocumentsPerConnection?: number;
  /** How long after the last edit a document is written (default 500 ms). */
  storeDelayMs?: number;
  log?: ServerLog;
}

export interface CollabServer {
  /** ws:// address clients connect to. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_DOCUMENTS_PER_CONNECTION = 50;

/**
 * Listens on `host:port`, then runs the extensions' onListen hooks, as Hocuspocus's own `listen`
 * does. Its `listen` passes the address as `address`, which Node ignores (the server then listened
 * on every interface), and never rejects, so a port in use hung the start for ever.
 */
async function listenOn(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port, host }, () => {
      server.httpServer.off('error', reject);
      resolve();
    });
  });
  await server.hocuspocus.hooks('onListen', { instance: server.hocuspocus, configuration: server.configuration, port: server.address.port });
}

/** Starts the server and resolves once it listens. */
export async function startCollabServer(opts: CollabServerOptions): Promise<CollabServer> {
  const log = opts.log ?? stderrLog;
  const dataDir = path.resolve(opts.dataDir);
  const persistence = await openPersistence(opts.postgres ? { kind: 'postgres', url: opts.postgres } : { kind: 'sqlite', dataDir });
  const extensions: Extension[] = [
    accessControl({
      teams: () => readTeams(dataDir),
      maxDocumentsPerConnection: opts.maxDocumentsPerConnection ?? DEFAULT_MAX_DOCUMENTS_PER_CONNECTION,
      log,
    }),
    persistence.extension,
  ];
  if (opts.redis) extensions.push(redisExtension(opts.redis, log));
  const server = new Server(
    {
      port: opts.port ?? 0,
      address: opts.host ?? '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
      debounce: opts.storeDelayMs ?? 500,
      maxDebounce: 5_000,
      extensions,
    },
    { maxPayload: opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES },
  );
  // ws closes a connection whose message is past maxPayload (or malformed at the frame level).
  server.webSocketServer.on('connection', (socket) => {
    socket.on('error', (error) => log({ event: 'refused', reason: `connection closed: ${error.message}` }));
    // Hocuspocus resets a connection whose message it cannot read, and says so only on the console.
    let said = false;
    socket.on('message', (data: Buffer) => {
      if (said || readableMessage(data)) return;
      said = true;
      log({ event: 'refused', reason: 'a message could not be read (malformed); connection reset' });
    });
  });
  try {
    await persistence.ready;
    await listenOn(server, opts.port ?? 0, opts.host ?? '127.0.0.1');
  } catch (error) {
    // A port already in use: let go of the database opened for it before saying so.
    await persistence.close();
    throw error;
  }
  const { port } = server.address;
  const url = `ws://${opts.host ?? '127.0.0.1'}:${port}`;
  log({ event: 'listening', url, persistence: persistence.label, redis: Boolean(opts.redis) });
  return {
    url,
    port,
    close: async () => {
      await server.destroy();
      await persistence.close();
    },
  };
}
