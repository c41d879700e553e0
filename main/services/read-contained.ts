/** A file the user brought, read in a contained worker; what comes back is checked against the contract. */
import { ReadResponse } from '../../shared/api';
import type { Containment, RunOptions } from './contained';

export async function readContained(contained: Containment, name: string, bytes: Uint8Array, id?: string, opts: RunOptions = {}): Promise<ReadResponse> {
  return ReadResponse.parse(await contained.run('read', id === undefined ? { name, bytes } : { name, bytes, id }, { label: name, ...opts }));
}
