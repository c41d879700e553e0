/**
 * The browser host: the same renderer and the same handlers as the Electron shell, served over
 * HTTP on 127.0.0.1 only. Every API call needs the per-launch token (sent by the renderer in the
 * X-Concord-Token header after reading it from the URL fragment); requests from other origins
 * or hosts are refused, so another web page in the same browser cannot drive the app.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApiError, CHANNEL_PREFIX, requestLimit, type Channel } from '../shared/api';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { createContext, type ContextOptions, type HandlerContext } from './handlers/context';
import { appRoot } from './services/app-root';
import { dispatch, HTTP_STATUS, toErrorBody } from './handlers/index';
import { EncodedJson } from './services/encoded';
import { parseBody } from './services/request-body';

export interface WebHostOptions extends Omit<ContextOptions, 'shell'> {
  /** 0 picks a free port. */
  port?: number;
  /** Folder of the built renderer (vite build output). */
  rendererDir?: string;
  /** Fixed token, for tests; random otherwise. */
  token?: string;
}

export interface WebHost {
  url: string;
  origin: string;
  token: string;
  ctx: HandlerContext;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Starts the host on 127.0.0.1 and resolves once it listens. */
export async function startWebHost(opts: WebHostOptions = {}): Promise<WebHost> {
  const ctx = createContext({ ...opts, shell: 'web' });
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const rendererDir = opts.rendererDir ?? path.join(appRoot(), 'dist', 'renderer');
  const server = http.createServer();
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[web] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, toErrorBody(error));
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding and cross-site requests: only our own host and origin are served.
    if (!hosts.has(req.headers.host ?? '')) return sendError(res, 'forbidden', 'This host only answers requests addressed to 127.0.0.1.');
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin && requestOrigin !== `http://localhost:${port}`) {
      return sendError(res, 'forbidden', `Requests from ${requestOrigin} are not allowed; open Concord at ${origin}.`);
    }
    const url = new URL(req.url ?? '/', origin);
    const pathname = decodePath(url.pathname);
    if (pathname === undefined) return sendError(res, 'bad-request', 'The address has a malformed % escape.');
    if (pathname.startsWith('/api/')) return handleApi(req, res, pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 'bad-request', 'Only GET is served outside /api/.');
    return serveStatic(res, rendererDir, pathname);
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 'bad-request', 'API calls are POST requests with a JSON body.');
    if (!tokenMatches(req.headers['x-concord-token'], token)) {
      req.resume();
      return sendError(res, 'unauthorized', 'Missing or wrong access token. Open Concord with the full URL printed when the host started.');
    }
    const channel = name.startsWith(CHANNEL_PREFIX) ? name.slice(CHANNEL_PREFIX.length) : name;
    const limit = requestLimit(channel);
    const body = await readBody(req, limit.bytes);
    if (body === 'too-large') return sendError(res, 'too-large', limit.message, true);
    try {
      // A file channel's body is parsed and checked in a contained worker, which hands its files back as bytes.
      const payload = WORKER_PARSED.has(channel) ? await ctx.contained.run('request', { channel: channel as Channel, body }, { transfer: [body.buffer], label: channel }) : parseBody(body);
      sendData(res, await dispatch(channel, payload, ctx));
    } catch (error) {
      if (!(error instanceof ApiError)) console.error(`[web] ${channel} failed:`, error);
      const errorBody = toErrorBody(error);
      sendJson(res, HTTP_STATUS[errorBody.error.code], errorBody);
    }
  }

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    ctx,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Channels whose requests carry whole files as base64 (an 18 MB Word file is a 24 MB body):
 * parsing and checking one held this thread 0.7 s. A piece of decl.openChunk is at most 2 MB
 * and is parsed here, so an open's upload never waits for a worker busy reading.
 */
const WORKER_PARSED = new Set(['decl.import', 'compare.run', 'compare.export', 'compile.inspect', 'compile.run', 'library.addFiles']);

/** Reads a request body into bytes of its own (so they can be handed to a worker), stopping as soon as it passes the size limit. */
function readBody(req: http.IncomingMessage, limit: number): Promise<Uint8Array<ArrayBuffer> | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    // Copied in as it arrives, into room for the declared length: no 24 MB copy at the end.
    let body = new Uint8Array(declared);
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      if (size + chunk.length > limit) {
        done = true;
        body = new Uint8Array(0);
        resolve('too-large');
        return;
      }
      if (size + chunk.length > body.length) {
        const grown = new Uint8Array(Math.min(limit, Math.max(2 * body.length, size + chunk.length)));
        grown.set(body.subarray(0, size));
        body = grown;
      }
      body.set(chunk, size);
      size += chunk.length;
    });
    req.on('end', () => {
      if (!done) resolve(size === body.length ? body : body.slice(0, size));
    });
    req.on('error', reject);
  });
}

/** A URL path with its % escapes decoded; undefined when an escape is malformed. */
function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

/** A file of the built renderer; `pathname` is already decoded. */
async function serveStatic(res: http.ServerResponse, root: string, pathname: string): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return sendError(res, 'not-found', 'Not found.');
  let content: Buffer;
  try {
    content = await fs.readFile(file);
  } catch {
    if (relative === 'index.html') {
      return sendError(res, 'internal', `The renderer is not built (${root} is missing). Run "npm run build:renderer" or start with "npm run web".`);
    }
    return sendError(res, 'not-found', 'Not found.');
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': relative === 'index.html' ? 'no-store' : 'public, max-age=3600',
  });
  res.end(content);
}

function sendError(res: http.ServerResponse, code: keyof typeof HTTP_STATUS, message: string, closeAfter = false): void {
  if (closeAfter) res.setHeader('Connection', 'close');
  sendJson(res, HTTP_STATUS[code], { error: { code, message } });
}

const JSON_HEADERS = { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, JSON_HEADERS);
  res.end(text);
}

const DATA_OPEN = Buffer.from('{"data":');
const DATA_CLOSE = Buffer.from('}');

/** A successful answer, `{ "data": ... }`; an encoded one goes out as its bytes, never re-encoded here. */
function sendData(res: http.ServerResponse, data: unknown): void {
  if (!(data instanceof EncodedJson)) return sendJson(res, 200, { data });
  res.writeHead(200, { ...JSON_HEADERS, 'Content-Length': DATA_OPEN.length + data.bytes.length + DATA_CLOSE.length });
  res.write(DATA_OPEN);
  res.write(data.bytes);
  res.end(DATA_CLOSE);
}

/** Reads `--name value` pairs from the command line. */
function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const port = option(args, 'port');
  const host = await startWebHost({ workspace: option(args, 'workspace'), library: option(args, 'library'), port: port ? Number(port) : 0 });
  console.log(`Concord is running in your browser host. Open:\n  ${host.url}\n(workspace: ${host.ctx.workspace}; Ctrl+C to stop)`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(`Concord could not start: ${(error as Error).message}`);
    process.exit(1);
  });
}
