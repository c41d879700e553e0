/** Validating a raw request against the contract, as every shell does before a handler runs. */
import type { z } from 'zod';
import { ApiError, channels, type Channel } from './api';
import { issuesText } from './issues';

/** Validates a raw request for a channel, throwing an ApiError a person can read. */
export function parseRequest<C extends Channel>(channel: C, raw: unknown): z.infer<(typeof channels)[C]['request']> {
  const result = channels[channel].request.safeParse(raw);
  if (!result.success) throw new ApiError('bad-request', `Invalid request for ${channel}: ${issuesText(result.error, 5, 'request').replace(/\.?$/, '.')}`);
  return result.data as z.infer<(typeof channels)[C]['request']>;
}
