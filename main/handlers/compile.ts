/**
 * The compile channels: what a returned file says about its authors, and the compilation of a
 * base and its returns. Files are read and compiled in contained workers like every import.
 */
import { ApiError, type CompileReturn } from '../../shared/api';
import { returnsOfFile, changeAuthors, ReturnLabelError, type ReadReturnFile } from '../../shared/compile/returns';
import { CompileResult } from '../../shared/compile/schemas';
import type { ReturnedText } from '../../shared/compile/schemas';
import { z } from 'zod';
import { DraftFileError, parseDraftFile } from '../../shared/draft-file';
import { ReviewComment } from '../../shared/review/model';
import { decodeBytes } from '../../shared/text/decode';
import { fromBase64 } from '../services/base64';
import { readContained } from '../services/read-contained';
import { resolveSource } from './compare';
import type { HandlerContext } from './context';
import type { Handler } from './types';

/** A returned file read: a .concord draft by its saved declaration, anything else as an import. */
async function readReturnFile(file: CompileReturn['file'], ctx: HandlerContext): Promise<ReadReturnFile> {
  const bytes = fromBase64(file.data);
  if (!file.name.toLowerCase().endsWith('.concord')) {
    const read = await readContained(ctx.contained, file.name, bytes);
    return { name: file.name, declaration: read.declaration, ...(read.review ? { review: read.review } : {}) };
  }
  try {
    const draft = parseDraftFile(decodeBytes(bytes).text, file.name);
    if (!draft.declaration) throw new ApiError('bad-request', `${file.name} was saved without its text as a declaration; open it in Concord and save it once, then compile again.`);
    return { name: file.name, declaration: draft.declaration, comments: draftComments(draft.doc) };
  } catch (error) {
    if (error instanceof DraftFileError) throw new ApiError('bad-request', error.message);
    throw error;
  }
}

/** The comment threads a draft's document holds (its top node's `comments`); none when they do not read as threads. */
function draftComments(doc: unknown): ReviewComment[] {
  const attrs = typeof doc === 'object' && doc !== null ? (doc as { attrs?: { comments?: unknown } }).attrs : undefined;
  const threads = z.array(ReviewComment).safeParse(attrs?.comments ?? []);
  return threads.success ? threads.data : [];
}

/** Who a returned file says it comes from, and how long it is. */
export const inspectReturn: Handler<'compile.inspect'> = async (req, ctx) => {
  const read = await readReturnFile(req.file, ctx);
  return { authors: changeAuthors(read.review), paragraphs: read.declaration.blocks.length };
};

/** Compiles the returns of the base into one draft's declaration, who proposed what stored as data. */
export const runCompile: Handler<'compile.run'> = async (req, ctx) => {
  const base = await resolveSource(req.base, ctx);
  const returns: ReturnedText[] = [];
  const read: { file: string; delegation: string }[] = [];
  for (const item of req.returns) {
    const file = await readReturnFile(item.file, ctx);
    try {
      for (const ret of returnsOfFile(file, item.as)) {
        returns.push(ret);
        read.push({ file: item.file.name, delegation: ret.delegation });
      }
    } catch (error) {
      if (error instanceof ReturnLabelError) throw new ApiError('bad-request', error.message);
      throw error;
    }
  }
  const done = await ctx.contained.run('compile', { base, returns }, { label: 'compilation' });
  return CompileResult.parse({ ...done, returns: read });
};
