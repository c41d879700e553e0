import type { ReadResponse } from '../../shared/api';
import { readAnyFile } from '../services/read-file';
import type { HandlerContext } from './context';
import type { Handler } from './types';

/** A built-in template read into structure, with its import report. */
export async function readTemplate(id: string, ctx: HandlerContext): Promise<ReadResponse> {
  const entry = (await ctx.templates.list()).find((t) => t.id === id);
  return readAnyFile(entry?.file ?? id, await ctx.templates.bytes(id), id);
}

export const templateDeclaration: Handler<'templates.declaration'> = (req, ctx) => readTemplate(req.id, ctx);

/** Any file the user brings (.txt, .md, .html, .docx) read into structure; the answer comes encoded from the worker. */
export const importDeclaration: Handler<'decl.import'> = (req, ctx) => ctx.contained.runEncoded('read', { name: req.name, data: req.data }, { label: req.name });
