import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OPEN_CHUNK_BYTES, ReadResponse, type JobStatus } from '../../shared/api';
import { createContext } from '../../main/handlers/context';
import { callChannel } from '../../main/handlers/index';
import { createUploads, STALLED } from '../../main/services/uploads';

const ctx = createContext({ shell: 'web', workspace: mkdtempSync(path.join(os.tmpdir(), 'concord-open-')) });
afterAll(() => ctx.contained.close());

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** The job's status once it stops running. */
async function settled(jobId: string): Promise<JobStatus> {
  for (;;) {
    const job = await callChannel('jobs.get', { id: jobId }, ctx);
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A declaration text of about `size` bytes. */
function text(size: number): Uint8Array {
  let out = 'Joint Statement on Pieces\n\n';
  for (let i = 1; out.length < size; i++) out += `${i}. We agree to cooperate on the matter numbered ${i}.\n\n`;
  return new TextEncoder().encode(out);
}

describe('opening a file sent in pieces', () => {
  it('reads a file of several pieces into the same declaration as one request would', async () => {
    const bytes = text(OPEN_CHUNK_BYTES * 2 + 12345);
    const { jobId, uploadId } = await callChannel('decl.openStart', { name: 'pieces.txt', size: bytes.length }, ctx);
    const seen: number[] = [];
    for (let offset = 0; offset < bytes.length; offset += OPEN_CHUNK_BYTES) {
      const { received } = await callChannel('decl.openChunk', { uploadId, offset, data: b64(bytes.subarray(offset, offset + OPEN_CHUNK_BYTES)) }, ctx);
      seen.push(received);
      const job = await callChannel('jobs.get', { id: jobId }, ctx);
      if (received < bytes.length) expect(job).toMatchObject({ state: 'running', done: received, total: bytes.length, current: 'pieces.txt' });
    }
    expect(seen).toEqual([OPEN_CHUNK_BYTES, OPEN_CHUNK_BYTES * 2, bytes.length]);
    const job = await settled(jobId);
    expect(job.state).toBe('done');
    const read = ReadResponse.parse(job.result);
    const whole = await callChannel('decl.import', { name: 'pieces.txt', data: b64(bytes) }, ctx);
    expect(read.declaration.blocks.length).toBe(whole.declaration.blocks.length);
    expect(read.declaration.title).toBe('Joint Statement on Pieces');
  }, 60_000);

  it('opens an empty file', async () => {
    const { jobId } = await callChannel('decl.openStart', { name: 'empty.txt', size: 0 }, ctx);
    // An empty file is read at once (the reader says what it makes of it): nothing waits for pieces.
    expect((await settled(jobId)).state).not.toBe('running');
  });

  it('stops receiving when the job is cancelled, and refuses later pieces', async () => {
    const bytes = text(OPEN_CHUNK_BYTES + 10);
    const { jobId, uploadId } = await callChannel('decl.openStart', { name: 'stop.txt', size: bytes.length }, ctx);
    await callChannel('decl.openChunk', { uploadId, offset: 0, data: b64(bytes.subarray(0, OPEN_CHUNK_BYTES)) }, ctx);
    await callChannel('jobs.cancel', { id: jobId }, ctx);
    expect((await settled(jobId)).state).toBe('cancelled');
    await expect(callChannel('decl.openChunk', { uploadId, offset: OPEN_CHUNK_BYTES, data: b64(bytes.subarray(OPEN_CHUNK_BYTES)) }, ctx)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses a piece out of order and one past the announced size', async () => {
    const { uploadId } = await callChannel('decl.openStart', { name: 'order.txt', size: 10 }, ctx);
    await expect(callChannel('decl.openChunk', { uploadId, offset: 4, data: b64(new Uint8Array(4)) }, ctx)).rejects.toMatchObject({ code: 'conflict' });
    await expect(callChannel('decl.openChunk', { uploadId, offset: 0, data: b64(new Uint8Array(11)) }, ctx)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('refuses a file larger than Concord reads before any byte is sent', async () => {
    await expect(callChannel('decl.openStart', { name: 'huge.txt', size: 51 * 1024 * 1024 }, ctx)).rejects.toMatchObject({ code: 'bad-request', message: expect.stringContaining('50 MB') });
  });

  it('drops a file whose pieces stop coming', async () => {
    const uploads = createUploads(30);
    const { bytes } = uploads.open(10, new AbortController().signal, () => undefined);
    await expect(bytes).rejects.toThrow(STALLED);
  });
});
