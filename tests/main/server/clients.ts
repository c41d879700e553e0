/** Test clients of the collaboration server: real Hocuspocus providers over `ws` in Node, and the server as a process. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Resolves when the first sync with the server is done. */
  synced: Promise<void>;
  /** Resolves with the server's reason when authentication is refused. */
  refused: Promise<string>;
  text(): string;
  close(): void;
}

/** Connects one client to `name` with `token`. */
export function connect(url: string, name: string, token: string | null): TestClient {
  const doc = new Y.Doc();
  let onSynced = () => {};
  let onRefused = (_reason: string) => {};
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const refused = new Promise<string>((resolve) => (onRefused = resolve));
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 100, minDelay: 100, maxDelay: 500 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    synced,
    refused,
    text: () => doc.getText('t').toString(),
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const root = path.resolve(import.meta.dirname, '../../..');

/** Starts `npm run server`'s entry as its own process and resolves with its address. */
export async function serverProcess(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'main/collab-server.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /on (ws:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url, child };
}

