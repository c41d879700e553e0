/**
 * Crash-safe file writes: the file on disk is always either the old or the new content.
 * Write a temp file beside the target, fsync it, keep the previous file as `.bak`, rename the
 * temp over the target, then fsync the folder so the rename itself survives a power cut.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the replaced file as `<file>.bak` (default true). */
  keepBackup?: boolean;
}

/** Writes `data` to `file` atomically; creates the folder when missing. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  if (opts.keepBackup !== false) await copyIfExists(file, `${file}.bak`);
  await fs.rename(temp, file);
  await syncDir(dir);
}

async function copyIfExists(from: string, to: string): Promise<void> {
  try {
    await fs.copyFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

async function syncDir(dir: string): Promise<void> {
  // Directory fsync is not supported everywhere (Windows); the rename is already done then.
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}
