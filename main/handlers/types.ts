import type { z } from 'zod';
import type { ApiResponse, Channel, channels } from '../../shared/api';
import type { EncodedJson } from '../services/encoded';
import type { HandlerContext } from './context';

/**
 * One channel's implementation: a validated request in, a response out, or the response
 * already validated and encoded in a contained worker (services/encoded.ts).
 */
export type Handler<C extends Channel> = (
  request: z.infer<(typeof channels)[C]['request']>,
  ctx: HandlerContext,
) => Promise<ApiResponse<C> | EncodedJson<ApiResponse<C>>>;

export type HandlerTable = { [C in Channel]: Handler<C> };
