/** A file the user brought, read in a contained worker, which also checks the result against the contract. */
import type { ReadResponse } from '../../shared/api';
import type { Containment, RunOptions } from './contained';

/** `data`: the file's bytes, or its base64 straight from the request (decoded in the worker too). */
export function readContained(contained: Containment, name: string, data: Uint8Array | string, id?: string, opts: RunOptions = {}): Promise<ReadResponse> {
  return contained.run('read', id === undefined ? { name, data } : { name, data, id }, { label: name, ...opts });
}
