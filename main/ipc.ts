/**
 * Registers every API channel on Electron IPC. Each call is accepted only from our own
 * renderer's frame, validated against the contract, and answered with data or an error body.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX, channels } from '../shared/api';
import type { HandlerContext } from './handlers/context';
import { dispatch, toErrorBody } from './handlers/index';
import { EncodedJson } from './services/encoded';
import { parseBody } from './services/request-body';
import { CHOOSE_PATHS_CHANNEL, createChosenPaths, isAppUrl } from './electron-guards';

function fromOurRenderer(event: IpcMainInvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url ?? '');
}

/** Channels whose request names files on this machine: only paths picked in the dialog pass. */
const HOST_PATH_CHANNELS = new Set(['library.importStart']);
const NOT_CHOSEN = { ok: false, error: { code: 'forbidden', message: 'Concord imports only files and folders you choose in its dialog.' } };

/** Wires each channel of shared/api.ts to its handler. */
export function registerIpc(ctx: HandlerContext): void {
  const chosen = createChosenPaths();
  ipcMain.handle(CHOOSE_PATHS_CHANNEL, async (event) => (fromOurRenderer(event) ? chosen.choose(event.sender) : []));
  for (const channel of Object.keys(channels)) {
    ipcMain.handle(CHANNEL_PREFIX + channel, async (event, request: unknown) => {
      if (!fromOurRenderer(event)) return { ok: false, error: { code: 'forbidden', message: 'This request did not come from Concord’s own window.' } };
      if (HOST_PATH_CHANNELS.has(channel) && !chosen.allows(pathsOf(request))) return NOT_CHOSEN;
      try {
        // A long draft comes as its UTF-8 JSON (the renderer writes it in slices); validated the same.
        const data = await dispatch(channel, request instanceof Uint8Array ? parseBody(request) : request, ctx);
        // An answer encoded in its worker goes to the renderer as bytes; the renderer parses it.
        return data instanceof EncodedJson ? { ok: true, json: data.bytes } : { ok: true, data };
      } catch (error) {
        return { ok: false, ...toErrorBody(error) };
      }
    });
  }
}

/** The `paths` of a request, whatever its shape (validation comes after). */
function pathsOf(request: unknown): string[] {
  const paths = (request as { paths?: unknown } | null)?.paths;
  return Array.isArray(paths) && paths.every((p) => typeof p === 'string') ? paths : [''];
}
