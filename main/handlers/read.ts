import { readAnyFile } from '../services/read-file';
import type { Handler } from './types';

/** A built-in template read into structure, with its import report. */
export const templateDeclaration: Handler<'templates.declaration'> = async (req, ctx) => {
  const entry = (await ctx.templates.list()).find((t) => t.id === req.id);
  return readAnyFile(entry?.file ?? req.id, await ctx.templates.bytes(req.id), req.id);
};

/** Any file the user brings (.txt, .md, .html, .docx) read into structure; the answer comes encoded from the worker. */
export const importDeclaration: Handler<'decl.import'> = (req, ctx) => ctx.contained.runEncoded('read', { name: req.name, data: req.data }, { label: req.name });
