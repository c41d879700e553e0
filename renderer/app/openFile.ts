/**
 * Opening a file of any size: the file goes to the main side in pieces (as bytes over Electron's
 * IPC; in the browser each piece is encoded as base64 off this thread), then the main side reads it in a contained worker as
 * a job. The caller hears where it stands after each piece and may cancel at any point.
 */
import { OPEN_CHUNK_BYTES, ReadResponse } from '../../shared/api';
import { call, CallError } from '../api';

/** How often the reading job is asked whether it has finished. */
const POLL_MS = 250;

/** Where an open stands: sending the bytes (counted), then reading them (not counted). */
export type OpenProgress = { stage: 'sending'; done: number; total: number } | { stage: 'reading' };

/** One open in flight; `cancel` may be called at any time from the UI. */
export interface OpenRun {
  cancelled: boolean;
  jobId?: string;
}

/** The part of a browser File this module reads; tests pass Blobs with a name. */
export interface OpenedFile {
  name: string;
  size: number;
  slice(start: number, end: number): Blob;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A piece of the file as base64, encoded by the browser's file reader rather than a loop here. */
export function blobBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('The file could not be read. Check that it still exists and is not locked by another program.'));
    reader.readAsDataURL(blob);
  });
}

/** Stops an open: the job on the main side drops what it received or stops reading. */
export function cancelOpen(run: OpenRun): void {
  run.cancelled = true;
  if (run.jobId) call('jobs.cancel', { id: run.jobId }).catch(() => undefined);
}

/** Sends and reads the file; null when the user cancelled. */
export async function openInPieces(file: OpenedFile, run: OpenRun, show: (p: OpenProgress) => void): Promise<ReadResponse | null> {
  const { jobId, uploadId } = await call('decl.openStart', { name: file.name, size: file.size });
  run.jobId = jobId;
  if (run.cancelled) cancelOpen(run);
  try {
    for (let offset = 0; offset < file.size && !run.cancelled; offset += OPEN_CHUNK_BYTES) {
      show({ stage: 'sending', done: offset, total: file.size });
      const piece = file.slice(offset, offset + OPEN_CHUNK_BYTES);
      const data = window.concord ? new Uint8Array(await piece.arrayBuffer()) : await blobBase64(piece);
      if (!run.cancelled) await call('decl.openChunk', { uploadId, offset, data });
    }
  } catch (error) {
    // A piece sent as the user cancelled finds its file gone; that is the cancel, not a failure.
    if (run.cancelled && error instanceof CallError) return null;
    cancelOpen(run);
    throw error;
  }
  show({ stage: 'reading' });
  let job = await call('jobs.get', { id: jobId });
  while (job.state === 'running') {
    await pause(POLL_MS);
    job = await call('jobs.get', { id: jobId });
  }
  if (job.state === 'cancelled') return null;
  if (job.state === 'failed') throw new Error(job.message ?? 'The file could not be read.');
  const read = ReadResponse.safeParse(job.result);
  if (!read.success) throw new Error('The file was read but the answer does not match the API contract; nothing was opened.');
  return read.data;
}
