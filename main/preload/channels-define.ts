/**
 * The API's channel names, written into the preload at build time (esbuild `define`),
 * so the sandboxed preload carries a list of strings instead of the contract's schemas and zod.
 */
import { CHANNEL_PREFIX, channels } from '../../shared/api';

export const preloadDefine = {
  __CONCORD_IPC__: JSON.stringify({ prefix: CHANNEL_PREFIX, names: Object.keys(channels) }),
};
