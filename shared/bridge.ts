/**
 * What the Electron preload (main/preload) exposes to the renderer on window.concord: typed
 * here, between the two, so that the preload's object and the renderer's use of it are checked
 * against one shape.
 */
/**
 * The answer to one API call over IPC (main/ipc.ts): the data, or the data as UTF-8 JSON bytes
 * when a contained worker made and encoded it (the main process passes those on unparsed).
 */
export type BridgeReply = { ok: true; data: unknown } | { ok: true; json: Uint8Array } | { ok: false; error: { code: string; message: string } };

export interface ConcordBridge {
  invoke(channel: string, request: unknown): Promise<BridgeReply>;
  /** The main side's dialog for files and folders; library.importStart takes only paths chosen there. */
  chooseLibraryPaths(): Promise<string[]>;
}
