/**
 * Getting the user's chosen files to the main side: each read as the shell carries it, files that cannot be
 * read set aside with a reason (they never stop the rest), and the payloads cut into batches
 * that fit one request, so that hundreds of files or a few large ones go through alike.
 */
import { MAX_REQUEST_BYTES, type FilePayload } from '../../shared/api';
import type { SkippedFile } from '../../shared/library/schemas';
import { MAX_INPUT_BYTES } from '../../shared/text/schemas';
import { fileData } from '../base64';


/** Most files per request, as shared/api.ts allows. */
const MAX_FILES_PER_BATCH = 1000;

/** Room left in a request for JSON punctuation and names. */
const BATCH_BYTES = MAX_REQUEST_BYTES - 1024 * 1024;

/** The part of a browser File this module reads; tests pass plain objects. */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads every file; a file that fails is skipped with its reason, the others carry on. */
export async function readPickedFiles(files: readonly PickedFile[]): Promise<{ payloads: FilePayload[]; skipped: SkippedFile[] }> {
  const payloads: FilePayload[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    if (file.size > MAX_INPUT_BYTES) {
      skipped.push({ path: file.name, reason: 'The file is larger than 50 MB; Concord reads files up to 50 MB.' });
      continue;
    }
    try {
      payloads.push({ name: file.name, data: fileData(new Uint8Array(await file.arrayBuffer())) });
    } catch (error) {
      const why = error instanceof Error && error.message ? ` (${error.message})` : '';
      skipped.push({ path: file.name, reason: `The file could not be read${why}. Check that it still exists and is not locked by another program.` });
    }
  }
  return { payloads, skipped };
}

/** Cuts payloads into consecutive batches that each fit one library.addFiles request. */
export function batchPayloads(payloads: readonly FilePayload[], maxBytes = BATCH_BYTES, maxFiles = MAX_FILES_PER_BATCH): FilePayload[][] {
  const batches: FilePayload[][] = [];
  let batch: FilePayload[] = [];
  let bytes = 0;
  for (const payload of payloads) {
    const size = payload.data.length + payload.name.length;
    if (batch.length > 0 && (bytes + size > maxBytes || batch.length >= maxFiles)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(payload);
    bytes += size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
