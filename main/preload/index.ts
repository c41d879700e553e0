/**
 * The narrow bridge between the sandboxed renderer and the main process: one `invoke`, and only
 * for the API's own channels. Bundled to CommonJS (sandboxed preloads cannot load ES modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX, channels } from '../../shared/api';

const allowed = new Set(Object.keys(channels));

contextBridge.exposeInMainWorld('concord', {
  invoke(channel: string, request: unknown): Promise<unknown> {
    if (!allowed.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown-channel', message: `There is no API channel "${channel}".` } });
    }
    return ipcRenderer.invoke(CHANNEL_PREFIX + channel, request);
  },
});
