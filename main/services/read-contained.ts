/** A file the user brought, read in a contained worker, which also checks the result against the contract. */
import type { ReadResponse } from '../../shared/api';
import type { Containment, RunOptions } from './contained';

export function readContained(contained: Containment, name: string, data: Uint8Array, id?: string, opts: RunOptions = {}): Promise<ReadResponse> {
  return contained.run('read', id === undefined ? { name, data } : { name, data, id }, { label: name, ...opts });
}
