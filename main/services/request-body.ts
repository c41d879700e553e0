/** A request body read as JSON: `{}` when empty, a clear 400 when it is not JSON. */
import { ApiError } from '../../shared/api';

export function parseBody(body: Uint8Array): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    throw new ApiError('bad-request', 'The request body is not valid JSON.');
  }
}
