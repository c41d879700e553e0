/** Clients of the collaboration server in Node (tests, benches): real Hocuspocus providers over `ws`. */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface NodeClient {
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
export function connect(url: string, name: string, token: string | null): NodeClient {
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
