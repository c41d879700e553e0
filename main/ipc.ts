/**
 * Registers every API channel on Electron IPC. Each call is accepted only from our own
 * renderer's frame, validated against the contract, and answered with data or an error body.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX, channels } from '../shared/api';
import type { HandlerContext } from './handlers/context';
import { dispatch, toErrorBody } from './handlers/index';
import { APP_ORIGIN } from './window';

function fromOurRenderer(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** Wires each channel of shared/api.ts to its handler. */
export function registerIpc(ctx: HandlerContext): void {
  for (const channel of Object.keys(channels)) {
    ipcMain.handle(CHANNEL_PREFIX + channel, async (event, request: unknown) => {
      if (!fromOurRenderer(event)) return { ok: false, error: { code: 'forbidden', message: 'This request did not come from Concord’s own window.' } };
      try {
        return { ok: true, data: await dispatch(channel, request, ctx) };
      } catch (error) {
        return { ok: false, ...toErrorBody(error) };
      }
    });
  }
}
