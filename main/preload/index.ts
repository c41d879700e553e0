/**
 * The narrow bridge between the sandboxed renderer and the main process: one `invoke`, only for
 * the API's own channels, and the import dialog. Bundled to CommonJS (sandboxed preloads cannot load ES modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeReply, ConcordBridge } from '../../shared/bridge';

/** Defined at build time by ./channels-define.ts: the contract's channel names and their IPC prefix. */
declare const __CONCORD_IPC__: { prefix: string; names: string[] };

/** The import dialog's channel (main/electron-guards.ts); written out, the preload bundles nothing from main. */
const CHOOSE_PATHS_CHANNEL = 'concord:choose-library-paths';

const allowed = new Set(__CONCORD_IPC__.names);

const bridge: ConcordBridge = {
  invoke(channel: string, request: unknown): Promise<BridgeReply> {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `There is no API channel "${channel}".` } });
    }
    return ipcRenderer.invoke(__CONCORD_IPC__.prefix + channel, request) as Promise<BridgeReply>;
  },
  /** Opens the system dialog; the paths chosen there are the only ones library.importStart accepts. */
  chooseLibraryPaths(): Promise<string[]> {
    return ipcRenderer.invoke(CHOOSE_PATHS_CHANNEL) as Promise<string[]>;
  },
};

contextBridge.exposeInMainWorld('concord', bridge);
