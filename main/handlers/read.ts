import { readContained } from '../services/read-contained';
import { ownBuffers } from '../services/transfer';
import { readAnyFile } from '../services/read-file';
import type { Handler } from './types';

/** A built-in template read into structure, with its import report. */
export const templateDeclaration: Handler<'templates.declaration'> = async (req, ctx) => {
  const entry = (await ctx.templates.list()).find((t) => t.id === req.id);
  return readAnyFile(entry?.file ?? req.id, await ctx.templates.bytes(req.id), req.id);
};

/**
 * Any file the user brings (.txt, .md, .html, .docx) read into structure; the answer comes
 * encoded from the worker. The request's bytes are this call's alone: handed over, not copied.
 */
export const importDeclaration: Handler<'decl.import'> = (req, ctx) => ctx.contained.runEncoded('read', { name: req.name, data: req.data }, { label: req.name, transfer: ownBuffers(req.data) });

/**
 * Opening a file of any size as a job: its progress counts the bytes received, then the
 * contained worker reads it; Cancel stops either step and nothing is kept.
 */
export const openStart: Handler<'decl.openStart'> = async (req, ctx) => {
  const controller = new AbortController();
  let report: ((received: number) => void) | undefined;
  const upload = ctx.uploads.open(req.size, controller.signal, (received) => report?.(received));
  const jobId = ctx.jobs.start(async (progress, signal) => {
    signal.addEventListener('abort', () => controller.abort(), { once: true });
    report = (received) => progress({ done: received, total: req.size, current: req.name });
    const bytes = await upload.bytes;
    return readContained(ctx.contained, req.name, bytes, undefined, { signal });
  });
  return { jobId, uploadId: upload.id };
};

/** The next piece of a file being opened. */
export const openChunk: Handler<'decl.openChunk'> = async (req, ctx) => ({ received: ctx.uploads.append(req.uploadId, req.offset, req.data) });
