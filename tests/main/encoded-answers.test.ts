/**
 * Answers a contained worker validated and encoded: the browser host sends their bytes as the
 * HTTP body's data, Electron IPC hands them to the renderer as bytes, the CLI decodes them.
 */
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { callChannel } from '../../main/handlers/index';
import { createContext } from '../../main/handlers/context';
import { startWebHost } from '../../main/web';
import { EncodedJson } from '../../main/services/encoded';
import { ReadResponse } from '../../shared/api';

const ipc = vi.hoisted(() => ({ handlers: new Map<string, (...args: unknown[]) => Promise<unknown>>() }));
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: () => null },
  dialog: {},
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => Promise<unknown>) => ipc.handlers.set(channel, fn) },
}));

const file = { name: 'statement.txt', data: Buffer.from('Joint Statement\n\n1. We agree on water.\n2. We meet again.\n').toString('base64') };
const workspace = () => mkdtempSync(path.join(os.tmpdir(), 'concord-encoded-'));

describe('an import answered as the worker encoded it', () => {
  const ctx = createContext({ shell: 'electron', workspace: workspace() });
  afterAll(() => ctx.contained.close());

  it('comes from the worker as JSON bytes that hold the checked declaration', async () => {
    const answer = await ctx.contained.runEncoded('read', { name: file.name, data: Buffer.from(file.data, 'base64') });
    expect(answer).toBeInstanceOf(EncodedJson);
    const read = ReadResponse.parse(JSON.parse(new TextDecoder().decode(answer.bytes)));
    expect(read.declaration.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(2);
  });

  it('goes over IPC as bytes the renderer parses', async () => {
    const { registerIpc } = await import('../../main/ipc');
    registerIpc(ctx);
    const reply = (await ipc.handlers.get('decl:decl.import')?.({ senderFrame: { url: 'concord://app/index.html' } }, file)) as { ok: boolean; json?: Uint8Array };
    expect(reply.ok).toBe(true);
    expect(reply.json).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(new TextDecoder().decode(reply.json)).declaration.title).toBe('Joint Statement');
  });

  it('takes the file as bytes over IPC, checked like base64 is', async () => {
    const { registerIpc } = await import('../../main/ipc');
    registerIpc(ctx);
    const send = (data: Uint8Array) => ipc.handlers.get('decl:decl.import')?.({ senderFrame: { url: 'concord://app/index.html' } }, { name: file.name, data }) as Promise<{ ok: boolean; json?: Uint8Array; error?: { message: string } }>;
    const read = await send(Buffer.from(file.data, 'base64'));
    expect(JSON.parse(new TextDecoder().decode(read.json)).declaration.title).toBe('Joint Statement');
    const big = await send(new Uint8Array(50 * 2 ** 20 + 1));
    expect(big).toMatchObject({ ok: false, error: { message: 'Invalid request for decl.import: data: The file is larger than 50 MB; Concord reads files up to 50 MB.' } });
  });

  it('reaches the CLI decoded', async () => {
    expect((await callChannel('decl.import', file, ctx)).declaration.title).toBe('Joint Statement');
  });

  it('is sent by the browser host as the body\'s data, whole', async () => {
    const host = await startWebHost({ workspace: workspace() });
    try {
      const { port } = new URL(host.origin);
      const reply = await new Promise<{ status: number; length: number; body: string }>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port, path: '/api/decl.import', method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Concord-Token': host.token } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, length: Number(res.headers['content-length']), body: Buffer.concat(chunks).toString('utf8') }));
        });
        req.on('error', reject);
        req.end(JSON.stringify(file));
      });
      expect(reply.status).toBe(200);
      expect(Buffer.byteLength(reply.body)).toBe(reply.length);
      expect(ReadResponse.parse(JSON.parse(reply.body).data).declaration.title).toBe('Joint Statement');
    } finally {
      await host.close();
    }
  });
});
