import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../main/web';
import { makeDraft } from './store/draft-fixture';

/** A POST to the browser host; `sent` resolves once the whole body has left this side. */
function post(host: WebHost, channel: string, body: string | Buffer): { sent: Promise<void>; reply: Promise<{ status: number; body: string }> } {
  const { port } = new URL(host.origin);
  let sent!: () => void;
  const done = new Promise<void>((resolve) => (sent = resolve));
  const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, agent: false, path: `/api/${channel}`, method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Concord-Token': host.token } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.on('finish', sent);
    req.end(body);
  });
  return { sent: done, reply };
}

const message = async (reply: Promise<{ status: number; body: string }>) => {
  const r = await reply;
  return { status: r.status, message: (JSON.parse(r.body) as { error?: { message: string } }).error?.message };
};

describe('a file channel request parsed in a contained worker', () => {
  let host: WebHost | undefined;
  const start = async () => (host = await startWebHost({ workspace: mkdtempSync(path.join(os.tmpdir(), 'concord-request-')) }));
  afterEach(async () => {
    await host?.close();
    await host?.ctx.contained.close();
  });

  it('still answers a bad payload with the clear error', async () => {
    const h = await start();
    const file = (data: unknown) => JSON.stringify({ name: 'a.txt', data });
    expect(await message(post(h, 'decl.import', file('ab!c')).reply)).toEqual({ status: 400, message: 'Invalid request for decl.import: data: The file contents must be base64.' });
    expect(await message(post(h, 'decl.import', '{"name": "a.txt", "data": ').reply)).toEqual({ status: 400, message: 'The request body is not valid JSON.' });
    expect(await message(post(h, 'compile.inspect', JSON.stringify({ file: { name: '', data: '' } })).reply)).toMatchObject({ status: 400, message: expect.stringMatching(/^Invalid request for compile.inspect: file.name/) });
    const side = await message(post(h, 'compare.run', JSON.stringify({ a: { kind: 'template', id: 'x' }, b: { kind: 'file', file: { name: 'b.txt', data: 'AAA=A' } } })).reply);
    expect(side).toEqual({ status: 400, message: 'Invalid request for compare.run: b.file.data: The file contents must be base64.' });
    const good = await post(h, 'decl.import', file(Buffer.from('Joint Statement\n\n1. We agree.\n').toString('base64'))).reply;
    expect(JSON.parse(good.body).data.declaration.title).toBe('Joint Statement');
  }, 60_000);

  it('leaves the host free to answer an autosave while a 45 MB import body is parsed', async () => {
    const h = await start();
    await post(h, 'drafts.autosave', JSON.stringify({ path: 'busy.concord', draft: makeDraft('busy') })).reply;
    // Damaged at its very end, so the import's answer comes the moment its parse and check are done.
    const big = post(h, 'decl.import', JSON.stringify({ name: 'big.txt', data: `${'A'.repeat(45 * 2 ** 20)}AAA!` }));
    const order: string[] = [];
    const imported = big.reply.then((r) => order.push(`import ${r.status}`));
    await big.sent;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const saved = await post(h, 'drafts.autosave', JSON.stringify({ path: 'busy.concord', draft: makeDraft('busy') })).reply;
    order.push(`autosave ${saved.status}`);
    await imported;
    expect(order).toEqual(['autosave 200', 'import 400']);
  }, 60_000);
});
