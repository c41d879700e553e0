import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError, type CompareSource } from '../../shared/api';

/** A file from the command line as an API file payload, with a clear error when it cannot be read. */
export async function filePayload(file: string): Promise<{ name: string; data: Uint8Array }> {
  try {
    return { name: path.basename(file), data: new Uint8Array(await fs.readFile(file)) };
  } catch (error) {
    throw new ApiError('not-found', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`);
  }
}

/** "template:ID" names a built-in template; anything else is a file path. */
export async function sourceFromArg(arg: string | undefined): Promise<CompareSource> {
  if (!arg) throw new ApiError('bad-request', 'Name two texts to compare: files, or template:ID (see "templates list").');
  if (arg.startsWith('template:')) return { kind: 'template', id: arg.slice('template:'.length) };
  return { kind: 'file', file: await filePayload(arg) };
}
