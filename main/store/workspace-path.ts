/**
 * Paths sent by a client name files inside the workspace only: relative, no `..`, no drive or
 * root, no hidden (dot) names, a known extension. Anything else is refused before the file
 * system is touched; links planted inside the workspace cannot lead a write out of it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api';

/** Resolves a client path inside `workspace`, or throws a 'forbidden' ApiError. */
export function resolveInWorkspace(workspace: string, relative: string, extension: string): string {
  const clean = relative.replace(/\\/g, '/');
  if (clean.includes('\0') || path.isAbsolute(clean) || /^[a-zA-Z]:/.test(clean) || clean.split('/').some((part) => part === '..')) {
    throw new ApiError('forbidden', `"${relative}" is outside your Concord workspace; drafts can only be saved inside ${workspace}.`);
  }
  if (!clean.toLowerCase().endsWith(extension)) {
    throw new ApiError('bad-request', `"${relative}" must end in ${extension}.`);
  }
  // Dot names are Concord's own (.recovery, temp files) and hidden on most systems: a draft saved so would never list.
  if (clean.split('/').some((part) => part.startsWith('.'))) {
    throw new ApiError('bad-request', `"${relative}" starts with a dot, which hides it; choose a name that starts with a letter or digit.`);
  }
  const full = path.resolve(workspace, clean);
  if (!full.startsWith(path.resolve(workspace) + path.sep)) {
    throw new ApiError('forbidden', `"${relative}" is outside your Concord workspace.`);
  }
  return full;
}

/**
 * Refuses `full` when it, or the nearest folder of it that exists, is (or passes through) a link
 * leading outside `workspace`. A dangling link is refused too: writing through it would create
 * its target wherever it points.
 */
export async function assertNoEscapingLink(workspace: string, full: string, relative: string): Promise<void> {
  const root = await fs.realpath(workspace).catch(() => path.resolve(workspace));
  const refuse = () => new ApiError('forbidden', `"${relative}" leads outside your Concord workspace through a link; Concord does not write there.`);
  const top = path.resolve(workspace);
  for (let probe = full; probe.startsWith(top + path.sep); probe = path.dirname(probe)) {
    let real: string;
    try {
      real = await fs.realpath(probe);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (await fs.lstat(probe).then(() => true, () => false)) throw refuse(); // a link to nothing
      continue;
    }
    if (real !== root && !real.startsWith(root + path.sep)) throw refuse();
    return;
  }
}
