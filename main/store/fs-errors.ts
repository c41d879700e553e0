/**
 * File system failures in words a user can act on: a full disk, a read-only folder and a name
 * too long for the disk each say so, instead of a generic "something went wrong".
 */
import { ApiError } from '../../shared/api';

/** The ApiError for a failed read or write of `name`; other errors are returned unchanged. */
export function describeFsError(error: unknown, name: string): unknown {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('insufficient-storage', `The disk is full, so "${name}" was not written; your files were not changed. Free some space and try again.`);
    case 'EROFS':
      return new ApiError('forbidden', `The workspace is on a read-only disk, so "${name}" was not written; your files were not changed.`);
    case 'EACCES':
    case 'EPERM':
      return new ApiError('forbidden', `Concord has no permission to write "${name}"; your files were not changed. Check the folder's permissions.`);
    case 'ENAMETOOLONG':
      return new ApiError('bad-request', `"${name}" cannot be written: the name is too long for the disk. Choose a shorter name.`);
    default:
      return error;
  }
}

/** Runs a file operation, turning its file system failures into clear ApiErrors. */
export async function withFsErrors<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw describeFsError(error, name);
  }
}
