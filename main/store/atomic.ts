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
  /**
   * Never replace an existing file: the write fails with code EEXIST instead. Two exclusive
   * writes of one name race safely, since the link into place is atomic and refuses a taken name.
   */
  exclusive?: boolean;
}

/** Names of the temp files below (`.<name>.<12 hex>.tmp`), so a start can clean what a kill left. */
const TEMP_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;
/** A temp file older than this belongs to no write still running. */
const STALE_TEMP_MS = 10 * 60_000;

/** Writes `data` to `file` atomically; creates the folder when missing. */
export async function writeFileAtomic(file: string, data: string | Uint8Array, opts: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  // The temp name stays short whatever the target's length, so a name that fits the disk can be written.
  const temp = path.join(dir, `.${[...path.basename(file)].slice(0, 40).join('')}.${randomBytes(6).toString('hex')}.tmp`);
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
  if (opts.exclusive) {
    try {
      await fs.link(temp, file);
    } finally {
      await fs.rm(temp, { force: true });
    }
  } else {
    if (opts.keepBackup !== false) await copyIfExists(file, `${file}.bak`);
    await fs.rename(temp, file).catch(async (error: unknown) => {
      await fs.rm(temp, { force: true });
      throw error;
    });
  }
  await syncDir(dir);
}

/** Removes the temp files of writes that a crash or a kill interrupted, anywhere below `root`. */
export async function cleanStaleTemps(root: string): Promise<number> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  let removed = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !TEMP_NAME.test(entry.name)) continue;
    const full = path.join(entry.parentPath, entry.name);
    const stat = await fs.stat(full).catch(() => null);
    if (!stat || Date.now() - stat.mtimeMs < STALE_TEMP_MS) continue;
    await fs.rm(full, { force: true });
    removed++;
  }
  return removed;
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
