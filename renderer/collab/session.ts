/**
 * One shared draft on a collaboration server: the Yjs document, its Hocuspocus provider, the
 * local copy in IndexedDB (so edits made offline survive a reload and merge when the server
 * is back), who else is here, and a status the status bar can say in words.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { Author } from '../../shared/settings/schemas';

/** What the status bar shows about a shared draft. */
export type CollabStatus =
  | { state: 'connecting'; unsent: number }
  | { state: 'connected'; people: number }
  | { state: 'offline'; unsent: number; tooLarge?: boolean }
  | { state: 'refused'; reason: string };

/** The WebSocket close code for "message too big": the server's message limit was passed. */
const MESSAGE_TOO_BIG = 1009;

/** Says a status in the words of the status bar. */
export function describeStatus(status: CollabStatus): string {
  switch (status.state) {
    case 'connecting':
      return 'Connecting to the server…';
    case 'connected':
      return status.people === 1 ? 'Connected, only you' : `Connected, ${status.people} people`;
    case 'offline': {
      const waiting = status.unsent === 0 ? 'Offline: nothing to send' : `Offline: ${status.unsent} ${status.unsent === 1 ? 'change' : 'changes'} to send`;
      // Reconnecting cannot help here: the same change is refused each time until the limit is raised.
      return status.tooLarge ? `${waiting}. The server refuses a change this large (past its message limit); it is kept on this computer. Ask the server's administrator to raise --max-message-bytes.` : waiting;
    }
    case 'refused':
      return `The server refused this draft: ${status.reason}`;
  }
}

/** A named version made on the shared copy, listed for everyone. */
export interface SharedVersion {
  name: string;
  author: string;
  at: string;
  /** The ProseMirror document as JSON at that moment. */
  doc: unknown;
}

export interface SharedDraftOptions {
  /** ws:// or wss:// address of the server. */
  url: string;
  /** `<team>/<draft>`. */
  document: string;
  token: string;
  user: Author;
  /** Tests pass a WebSocket class; browsers use their own. */
  WebSocketPolyfill?: unknown;
  /** Keep a local copy in IndexedDB (default true where IndexedDB exists). */
  keepLocalCopy?: boolean;
}

export interface SharedDraftSession {
  ydoc: Y.Doc;
  /** The ProseMirror document's Yjs twin. */
  fragment: Y.XmlFragment;
  /** The attributes of the document's top node, which the fragment does not hold. */
  attrs: Y.Map<unknown>;
  provider: HocuspocusProvider;
  versions: Y.Array<SharedVersion>;
  /** The local copy is loaded (or there is none). */
  localLoaded: Promise<void>;
  /** The first sync with the server is done. */
  serverSynced: Promise<void>;
  status(): CollabStatus;
  onStatus(listener: (status: CollabStatus) => void): () => void;
  /** Adds a named version of `doc` for everyone. */
  addVersion(name: string, doc: unknown): void;
  destroy(): void;
}

/** Opens (or creates) a shared draft and starts syncing it. */
export function openSharedDraft(opts: SharedDraftOptions): SharedDraftSession {
  const ydoc = new Y.Doc();
  const fragment = ydoc.getXmlFragment('prosemirror');
  const attrs = ydoc.getMap<unknown>('docAttrs');
  const versions = ydoc.getArray<SharedVersion>('versions');
  const listeners = new Set<(status: CollabStatus) => void>();
  let connected = false;
  let refused: string | null = null;
  // The server closed the connection on a message past its limit (a huge paste): said until a sync succeeds.
  let tooLarge = false;
  let unsent = 0;
  let status: CollabStatus = { state: 'connecting', unsent: 0 };
  let resolveSynced = () => {};
  const serverSynced = new Promise<void>((resolve) => (resolveSynced = resolve));

  const socket = new HocuspocusProviderWebsocket({
    url: opts.url,
    // Reconnect quickly: a delegation on a flaky hotel network should not wait a minute.
    delay: 500,
    minDelay: 500,
    maxDelay: 5_000,
    ...(opts.WebSocketPolyfill ? { WebSocketPolyfill: opts.WebSocketPolyfill } : {}),
    onClose: ({ event }) => {
      if (event.code === MESSAGE_TOO_BIG) tooLarge = true;
      update();
    },
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: opts.document,
    document: ydoc,
    token: opts.token,
    onSynced: () => {
      // Say who is here again at once after a reconnection, instead of at the next heartbeat.
      provider.setAwarenessField('user', { name: opts.user.name, color: opts.user.color });
      tooLarge = false;
      resolveSynced();
      update();
    },
    onStatus: ({ status: socket }) => {
      connected = socket === WebSocketStatus.Connected;
      update();
    },
    onAuthenticationFailed: ({ reason }) => {
      refused = reason;
      update();
    },
    onAwarenessChange: () => update(),
  });
  provider.attach();
  provider.setAwarenessField('user', { name: opts.user.name, color: opts.user.color });

  // Local edits the server has not acknowledged yet: what "n changes to send" counts.
  ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || origin instanceof IndexeddbPersistence) return;
    unsent += 1;
    update();
  });
  provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    if (number === 0) unsent = 0;
    update();
  });

  const keepLocal = opts.keepLocalCopy ?? typeof indexedDB !== 'undefined';
  const local = keepLocal ? new IndexeddbPersistence(`concord:${opts.url}:${opts.document}`, ydoc) : null;
  const localLoaded = local ? local.whenSynced.then(() => undefined) : Promise.resolve();

  function update(): void {
    const people = provider.awareness?.getStates().size ?? 1;
    const next: CollabStatus = refused
      ? { state: 'refused', reason: refused }
      : connected && provider.isSynced
        ? { state: 'connected', people: Math.max(1, people) }
        : connected
          ? { state: 'connecting', unsent }
          : { state: 'offline', unsent, ...(tooLarge ? { tooLarge } : {}) };
    if (JSON.stringify(next) === JSON.stringify(status)) return;
    status = next;
    for (const listener of listeners) listener(status);
  }

  return {
    ydoc,
    fragment,
    attrs,
    provider,
    versions,
    localLoaded,
    serverSynced,
    status: () => status,
    onStatus(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    addVersion(name, doc) {
      versions.push([{ name, author: opts.user.name, at: new Date().toISOString(), doc }]);
    },
    destroy() {
      listeners.clear();
      provider.destroy();
      socket.destroy();
      void local?.destroy();
      ydoc.destroy();
    },
  };
}
