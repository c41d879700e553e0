import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { startWebHost, type WebHost } from '../../main/web';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so that headers like Host and Origin can be forged. */
function request(host: WebHost, opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'POST', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

describe('browser host', () => {
  let host: WebHost;
  const api = (channel: string, body: string | Buffer, headers: Record<string, string> = {}) =>
    request(host, { path: `/api/${channel}`, body, headers: { 'Content-Type': 'application/json', 'X-Concord-Token': host.token, ...headers } });

  beforeAll(async () => {
    host = await startWebHost({ workspace: mkdtempSync(path.join(os.tmpdir(), 'concord-web-')) });
  });
  afterAll(() => host.close());

  it('listens on 127.0.0.1 and gives the token in the URL fragment only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a valid call with data and the CSP header', async () => {
    const reply = await api('templates.list', '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).data).toHaveLength(5);
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('accepts the decl: prefixed channel name too', async () => {
    expect((await api('decl:app.info', '{}')).status).toBe(200);
  });

  it.each([
    ['no token', { 'X-Concord-Token': '' }, 401, /access token/],
    ['a wrong token', { 'X-Concord-Token': 'x'.repeat(32) }, 401, /access token/],
    ['another origin', { Origin: 'https://evil.example' }, 403, /not allowed/],
    ['another host name', { Host: 'evil.example:80' }, 403, /127\.0\.0\.1/],
  ])('refuses a request with %s', async (_name, headers, status, message) => {
    const reply = await api('templates.list', '{}', headers);
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body).error.message).toMatch(message);
  });

  it.each([
    ['an unknown channel', 'templates.delete', '{}', 404, /no API channel "templates.delete"/],
    ['malformed JSON', 'templates.get', '{"id": ', 400, /not valid JSON/],
    ['wrong types', 'templates.get', '{"id": 42}', 400, /templates.get: id: .*expected string/],
    ['a missing field', 'templates.get', '{}', 400, /templates.get: id/],
    ['an unknown template', 'templates.get', '{"id": "nope"}', 404, /no built-in template "nope"/],
    ['an array body', 'app.info', '[1,2]', 400, /Invalid request for app.info/],
  ])('explains %s', async (_name, channel, body, status, message) => {
    const reply = await api(channel, body);
    expect(reply.status).toBe(status);
    expect(JSON.parse(reply.body).error.message).toMatch(message);
  });

  it('refuses a body over 60 MB and keeps serving', async () => {
    const reply = await api('templates.get', Buffer.alloc(61 * 1024 * 1024, 0x20));
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/larger than 60 MB/);
    expect((await api('app.info', '{}')).status).toBe(200);
  });

  it('saves a draft larger than 60 MB (the draft of a 40 MB text is about 110 MB), and reopens it', async () => {
    const text = 'We agree to cooperate. '.repeat(3_000_000);
    const draft = {
      format: 'concord',
      schemaVersion: 4,
      id: 'long',
      title: 'Long',
      createdAt: '2026-12-03T00:00:00.000Z',
      updatedAt: '2026-12-03T00:00:00.000Z',
      doc: { type: 'doc', content: [{ type: 'title', content: [{ type: 'text', text: 'Long' }] }, { type: 'numbered', content: [{ type: 'text', text }] }] },
      versions: [],
    };
    const body = Buffer.from(JSON.stringify({ path: 'Long.concord', draft, mode: 'create' }));
    expect(body.length).toBeGreaterThan(61 * 1024 * 1024);
    const saved = await api('drafts.save', body);
    expect(saved.status).toBe(200);
    const opened = await api('drafts.open', JSON.stringify({ path: 'Long.concord' }));
    expect(JSON.parse(opened.body).data.draft.doc.content[1].content[0].text).toHaveLength(text.length);
  });

  it('says a draft is too large to save, in the words of a draft', async () => {
    // Refused on its declared length, before any of it is read.
    const reply = await api('drafts.autosave', '{}', { 'Content-Length': String(401 * 1024 * 1024) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error.message).toMatch(/The draft is larger than 400 MB as saved/);
  });

  it('serves no file outside the renderer folder', async () => {
    const reply = await request(host, { path: '/..%2f..%2fpackage.json', method: 'GET' });
    expect(reply.status).toBe(404);
  });

  it.each(['/api/%zz', '/%E0%A4%A', '/assets/%'])('answers the malformed escape in %s with 400, not 500', async (where) => {
    const reply = await request(host, { path: where, method: where.startsWith('/api/') ? 'POST' : 'GET', headers: { 'X-Concord-Token': host.token } });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/malformed/);
  });

  it('refuses GET on the API', async () => {
    const reply = await request(host, { path: '/api/app.info', method: 'GET', headers: { 'X-Concord-Token': host.token } });
    expect(reply.status).toBe(400);
  });
});
