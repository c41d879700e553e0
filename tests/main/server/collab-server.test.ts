import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startCollabServer, type CollabServer } from '../../../main/server/collab-server';
import type { ServerLogEvent } from '../../../main/server/log';
import { addTeam } from '../../../main/server/teams';
import { connect, until, type NodeClient } from '../../../main/server/node-client';

let dataDir: string;
let server: CollabServer;
let log: ServerLogEvent[];
let clients: NodeClient[];
let euToken: string;
let auToken: string;

async function start(opts: { maxMessageBytes?: number; maxDocumentsPerConnection?: number } = {}): Promise<CollabServer> {
  server = await startCollabServer({ dataDir, port: 0, storeDelayMs: 50, log: (e) => log.push(e), ...opts });
  return server;
}

function client(name: string, token: string | null): NodeClient {
  const c = connect(server.url, name, token);
  clients.push(c);
  return c;
}

beforeEach(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-collab-'));
  log = [];
  clients = [];
  euToken = (await addTeam(dataDir, 'eu', 'EU delegation')).token;
  auToken = (await addTeam(dataDir, 'au', 'African Union')).token;
});

afterEach(async () => {
  for (const c of clients) c.close();
  await server?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

describe('collaboration server', () => {
  it('merges the edits of two team members into one text', async () => {
    await start();
    const a = client('eu/draft-1', euToken);
    const b = client('eu/draft-1', euToken);
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('t').insert(0, 'We, the Heads of State');
    await until(() => b.text() === 'We, the Heads of State', 'b to see a');
    b.doc.getText('t').insert(b.text().length, ', gathered in Geneva');
    a.doc.getText('t').insert(0, '1. ');
    await until(() => a.text() === b.text() && a.text().length > 30, 'convergence');
    expect(a.text()).toBe('1. We, the Heads of State, gathered in Geneva');
  });

  it.each([
    ['no token', null, 'eu/draft-1'],
    ['a made-up token', 'eu.not-a-real-token-at-all', 'eu/draft-1'],
  ])('refuses %s and keeps serving', async (_what, token, name) => {
    await start();
    const bad = client(name, token);
    const reason = await bad.refused;
    expect(reason).toMatch(/token/);
    expect(log.some((e) => e.event === 'refused')).toBe(true);
    const good = client('eu/draft-1', euToken);
    await good.synced;
  });

  it("refuses a token of another team for this team's document", async () => {
    await start();
    const other = client('eu/draft-1', auToken);
    expect(await other.refused).toMatch(/another team/);
    expect(log).toContainEqual(expect.objectContaining({ event: 'refused', document: 'eu/draft-1' }));
  });

  it('refuses a document name that is not <team>/<draft>', async () => {
    await start();
    expect(await client('../../etc/passwd', euToken).refused).toMatch(/document name/);
  });

  it('keeps the documents when the server restarts', async () => {
    await start();
    const a = client('eu/draft-2', euToken);
    await a.synced;
    a.doc.getText('t').insert(0, 'Recalling the Charter of the United Nations');
    await until(() => !a.provider.hasUnsyncedChanges, 'the edit to reach the server');
    a.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.close();
    await start();
    const b = client('eu/draft-2', euToken);
    await b.synced;
    await until(() => b.text() === 'Recalling the Charter of the United Nations', 'the stored text');
  });

  it('closes a connection that sends an oversized message and keeps serving the others', async () => {
    await start({ maxMessageBytes: 64 * 1024 });
    const a = client('eu/draft-3', euToken);
    const b = client('eu/draft-3', euToken);
    await Promise.all([a.synced, b.synced]);
    a.doc.getText('t').insert(0, 'x'.repeat(200 * 1024));
    b.doc.getText('t').insert(0, 'small edit');
    const c = client('eu/draft-3', euToken);
    await c.synced;
    await until(() => c.text().includes('small edit'), 'the small edit to reach a new client');
    expect(c.text()).not.toContain('xxxx');
    expect(log.some((e) => e.event === 'refused' || e.event === 'error')).toBe(true);
  });

  it('listens on the loopback address only, unless told another', async () => {
    await start();
    const outside = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    const reach = (host: string) =>
      new Promise<string>((resolve) => {
        const socket = net.connect({ host, port: server.port }, () => {
          socket.destroy();
          resolve('connected');
        });
        socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
      });
    expect(await reach('127.0.0.1')).toBe('connected');
    if (outside) expect(await reach(outside.address)).toBe('ECONNREFUSED');
  });

  it('refuses to start on a port already in use, and a second try on a free port works', async () => {
    await start();
    const otherDir = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-collab-'));
    try {
      await expect(startCollabServer({ dataDir: otherDir, port: server.port, log: () => {} })).rejects.toThrow(/EADDRINUSE/);
      // Its database was let go: the same folder serves at once on another port.
      const again = await startCollabServer({ dataDir: otherDir, port: 0, log: () => {} });
      await again.close();
    } finally {
      await fs.rm(otherDir, { recursive: true, force: true });
    }
  });

  it('refuses malformed messages, logs them, and keeps serving', async () => {
    await start();
    const raw = new WebSocket(server.url);
    await new Promise((resolve) => raw.on('open', resolve));
    for (const bytes of [[0xff, 0xff, 0xff], [0x00], [0x03, 0x61, 0x2f, 0x62, 0x00, 0x00, 0x07, 0x01, 0x02], Array.from({ length: 500 }, (_, i) => (i * 37) % 256)]) {
      raw.send(Buffer.from(bytes));
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    raw.terminate();
    expect(log).toContainEqual(expect.objectContaining({ event: 'refused', reason: expect.stringMatching(/malformed/) }));
    const good = client('eu/draft-4', euToken);
    await good.synced;
    good.doc.getText('t').insert(0, 'still here');
    await until(() => !good.provider.hasUnsyncedChanges, 'the server to take an edit');
  });

  it('bounds the documents one connection may hold', async () => {
    await start({ maxDocumentsPerConnection: 2 });
    const { HocuspocusProvider, HocuspocusProviderWebsocket } = await import('@hocuspocus/provider');
    const Y = await import('yjs');
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket });
    const results = await Promise.all(
      ['eu/d1', 'eu/d2', 'eu/d3'].map(
        (name) =>
          new Promise<string>((resolve) => {
            const p = new HocuspocusProvider({
              websocketProvider: socket,
              name,
              document: new Y.Doc(),
              token: euToken,
              onSynced: () => resolve('synced'),
              onAuthenticationFailed: ({ reason }) => resolve(reason),
            });
            p.attach();
          }),
      ),
    );
    socket.destroy();
    expect(results.filter((r) => r === 'synced')).toHaveLength(2);
    expect(results.find((r) => r !== 'synced')).toMatch(/at most 2 documents/);
  });
});
