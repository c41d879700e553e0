/**
 * Files that arrive in pieces (decl.openChunk): a file of tens of megabytes crosses as a few
 * small requests instead of one huge one, so neither side holds a whole base64 copy and the
 * sender can show progress and stop between pieces. Pieces come in order; a file whose pieces
 * stop coming is dropped after a while, and only a few files may be in flight at once.
 */
import { randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/api';
import { CANCELLED } from './contained';

/** How long a file may wait for its next piece before it is dropped. */
export const STALL_MS = 60_000;
/** Files being received at once (each holds its whole size in memory until it is read). */
const MAX_OPEN = 4;

export const STALLED = 'The file stopped arriving; nothing was opened. Try opening it again.';

interface Upload {
  bytes: Uint8Array;
  received: number;
  /** Called after each piece (and once with an error when the file is dropped). */
  wake(error?: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** The files being received by one process. */
export function createUploads(stallMs = STALL_MS) {
  const uploads = new Map<string, Upload>();

  function drop(id: string, error: Error): void {
    const upload = uploads.get(id);
    if (!upload) return;
    clearTimeout(upload.timer);
    uploads.delete(id);
    upload.wake(error);
  }
  const stallTimer = (id: string) => setTimeout(() => drop(id, new ApiError('conflict', STALLED)), stallMs).unref();

  return {
    /**
     * Makes room for a file of `size` bytes. `bytes` resolves with the whole file once its last
     * piece is in, calling `onReceived` after each piece; it rejects when `signal` aborts (the
     * user cancelled) or the pieces stop coming.
     */
    open(size: number, signal: AbortSignal, onReceived: (received: number) => void): { id: string; bytes: Promise<Uint8Array> } {
      if (uploads.size >= MAX_OPEN) throw new ApiError('conflict', `Concord is already receiving ${MAX_OPEN} files; wait for one of them to open, then try again.`);
      const id = randomBytes(8).toString('hex');
      const bytes = new Promise<Uint8Array>((resolve, reject) => {
        const upload: Upload = {
          bytes: new Uint8Array(size),
          received: 0,
          timer: stallTimer(id),
          wake(error) {
            if (error) return reject(error);
            onReceived(upload.received);
            if (upload.received === size) {
              clearTimeout(upload.timer);
              uploads.delete(id);
              resolve(upload.bytes);
            }
          },
        };
        uploads.set(id, upload);
        signal.addEventListener('abort', () => drop(id, new ApiError('conflict', CANCELLED)), { once: true });
        if (size === 0) upload.wake();
      });
      return { id, bytes };
    },
    /** Adds the next piece of a file; answers how many bytes it has now. */
    append(id: string, offset: number, piece: Uint8Array): number {
      const upload = uploads.get(id);
      if (!upload) throw new ApiError('not-found', 'This file is no longer being received (it was cancelled, finished or stopped arriving). Open it again.');
      if (offset !== upload.received) throw new ApiError('conflict', `A piece of the file arrived out of order (at byte ${offset}, expected ${upload.received}). Open it again.`);
      if (offset + piece.length > upload.bytes.length) throw new ApiError('bad-request', 'The file is longer than the size it was announced with. Open it again.');
      upload.bytes.set(piece, offset);
      upload.received += piece.length;
      clearTimeout(upload.timer);
      upload.timer = stallTimer(id);
      upload.wake();
      return upload.received;
    },
  };
}

export type Uploads = ReturnType<typeof createUploads>;
