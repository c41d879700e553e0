/**
 * The compile channels: what a returned file says about its authors, and the compilation of a
 * base and its returns. Files are read and compiled in contained workers like every import
 * (a .concord return's parse and each Word author's text included).
 */
import { CompileResult } from '../../shared/compile/schemas';
import { resolveSource } from './compare';
import type { Handler } from './types';

/** Who a returned file says it comes from, and how long it is; read in a contained worker. */
export const inspectReturn: Handler<'compile.inspect'> = (req, ctx) => ctx.contained.run('compile.inspect', req.file, { label: req.file.name });

/** Compiles the returns of the base into one draft's declaration, who proposed what stored as data. */
export const runCompile: Handler<'compile.run'> = async (req, ctx) => {
  const base = await resolveSource(req.base, ctx);
  const files = req.returns.map((item) => ({ file: item.file, as: item.as }));
  return CompileResult.parse(await ctx.contained.run('compile', { base, files }, { label: 'compilation' }));
};
