/**
 * Paths sent by a client name files inside the workspace only: relative, no `..`, no drive or
 * root, a known extension. Anything else is refused before the file system is touched.
 */
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
  const full = path.resolve(workspace, clean);
  if (!full.startsWith(path.resolve(workspace) + path.sep)) {
    throw new ApiError('forbidden', `"${relative}" is outside your Concord workspace.`);
  }
  return full;
}
