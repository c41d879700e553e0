/**
 * The compare channels. Every source is handed to a contained worker as it is (a declaration,
 * or a file's bytes): the worker reads, compares and writes the redline, so neither a large
 * file nor a long comparison holds the host's thread. Only PDF is printed outside, from the HTML.
 */
import { promises as fs } from 'node:fs';
import { ApiError, type CompareRequest } from '../../shared/api';
import { FILE_TYPES } from '../../shared/formats/file-types';
import type { Declaration } from '../../shared/model';
import type { SourceInput } from '../services/contained-ops';
import { exportedFile, fileNameFrom } from '../services/exported-file';
import { readContained } from '../services/read-contained';
import type { HandlerContext } from './context';
import type { Handler } from './types';

/** A built-in template's bytes, named as its file (the worker reads it like any file). */
async function templateInput(id: string, ctx: HandlerContext): Promise<SourceInput> {
  const entry = (await ctx.templates.list()).find((t) => t.id === id);
  return { name: entry?.file ?? id, data: await ctx.templates.bytes(id), id };
}

/** What a comparison side (or a compilation's base) names, as the contained worker takes it. */
async function sourceInput(source: CompareRequest['a'], ctx: HandlerContext): Promise<SourceInput> {
  switch (source.kind) {
    case 'declaration':
      return { declaration: source.declaration };
    case 'template':
      return templateInput(source.id, ctx);
    case 'file':
      return source.file;
    case 'library-source': {
      const found = (await (await ctx.library()).sources()).find((s) => s.declarationId === source.declarationId);
      if (!found) throw new ApiError('not-found', `The source "${source.declarationId}" is no longer in the library.`);
      if (found.kind === 'builtin') return templateInput(found.path.replace(/^template:/, ''), ctx);
      const bytes = await fs.readFile(found.path).catch(() => {
        throw new ApiError('not-found', `The library source ${found.path} cannot be read any more; re-import it.`);
      });
      return { name: found.name, data: new Uint8Array(bytes) };
    }
  }
}

/** The declaration a source names, read in a contained worker when it is a file. */
export async function resolveSource(source: CompareRequest['a'], ctx: HandlerContext): Promise<Declaration> {
  const input = await sourceInput(source, ctx);
  return 'declaration' in input ? input.declaration : (await readContained(ctx.contained, input.name, input.data, input.id)).declaration;
}

async function compareTask(req: CompareRequest, ctx: HandlerContext) {
  const [a, b] = await Promise.all([sourceInput(req.a, ctx), sourceInput(req.b, ctx)]);
  return { a, b, options: req.options ?? {} };
}

/** The name the user set in settings, for tracked changes; "Concord" only when none is set. */
async function reviewerName(ctx: HandlerContext): Promise<string> {
  return (await ctx.settings.read()).author?.name ?? 'Concord';
}

/** Compares two declarations: aligned paragraphs, word changes, moves, summary (encoded by the worker). */
export const runCompare: Handler<'compare.run'> = async (req, ctx) => ctx.contained.runEncoded('compare', await compareTask(req, ctx), { label: 'comparison' });

const REDLINE_TYPES = { html: FILE_TYPES.html, docx: FILE_TYPES.docx, json: FILE_TYPES.json, text: FILE_TYPES.txt } as const;

/** The comparison as a redline file: HTML, PDF, Word with tracked changes, JSON or text. */
export const exportCompare: Handler<'compare.export'> = async (req, ctx) => {
  // The printable HTML redline, summary and change list first, is what the shell's renderer prints.
  const format = req.format === 'pdf' ? 'html' : req.format;
  const task = { ...(await compareTask(req, ctx)), format, author: req.author ?? (await reviewerName(ctx)), date: new Date().toISOString() };
  const { titles, content } = await ctx.contained.run('compare.export', task, { label: 'comparison' });
  const base = `${fileNameFrom(titles.b, 'new')}-vs-${fileNameFrom(titles.a, 'old')}`;
  if (req.format === 'pdf') return exportedFile(base, FILE_TYPES.pdf, await ctx.renderPdf(typeof content === 'string' ? content : new TextDecoder().decode(content), 'a4'));
  return exportedFile(base, REDLINE_TYPES[format], content);
};
