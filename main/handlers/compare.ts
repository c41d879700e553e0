import { promises as fs } from 'node:fs';
import { ApiError, type CompareRequest, type CompareSource } from '../../shared/api';
import { compareDeclarations } from '../../shared/diff/compare';
import { comparisonToDocx } from '../../shared/diff/redline/docx';
import { comparisonToHtml } from '../../shared/diff/redline/html';
import { comparisonToJson } from '../../shared/diff/redline/json';
import { comparisonToText } from '../../shared/diff/redline/text';
import { sideFromDeclaration } from '../../shared/diff/side';
import { FILE_TYPES } from '../../shared/formats/file-types';
import type { CompareSide, Comparison } from '../../shared/diff/schemas';
import type { Declaration } from '../../shared/model';
import { exportedFile, fileNameFrom } from '../services/exported-file';
import { readContained } from '../services/read-contained';
import type { HandlerContext } from './context';
import { readTemplate } from './read';
import type { Handler } from './types';

/** The declaration a comparison side (or a compilation's base) names. */
export async function resolveSource(source: CompareSource, ctx: HandlerContext): Promise<Declaration> {
  switch (source.kind) {
    case 'declaration':
      return source.declaration;
    case 'template':
      return (await readTemplate(source.id, ctx)).declaration;
    case 'file':
      return (await readContained(ctx.contained, source.file.name, source.file.data)).declaration;
    case 'library-source': {
      const found = (await (await ctx.library()).sources()).find((s) => s.declarationId === source.declarationId);
      if (!found) throw new ApiError('not-found', `The source "${source.declarationId}" is no longer in the library.`);
      if (found.kind === 'builtin') return (await readTemplate(found.path.replace(/^template:/, ''), ctx)).declaration;
      const bytes = await fs.readFile(found.path).catch(() => {
        throw new ApiError('not-found', `The library source ${found.path} cannot be read any more; re-import it.`);
      });
      return (await readContained(ctx.contained, found.name, new Uint8Array(bytes))).declaration;
    }
  }
}

/** The name the user set in settings, for tracked changes; "Concord" only when none is set. */
async function reviewerName(ctx: HandlerContext): Promise<string> {
  return (await ctx.settings.read()).author?.name ?? 'Concord';
}

async function sides(req: CompareRequest, ctx: HandlerContext): Promise<{ a: CompareSide; b: CompareSide }> {
  const [a, b] = await Promise.all([resolveSource(req.a, ctx), resolveSource(req.b, ctx)]);
  return { a: sideFromDeclaration(a), b: sideFromDeclaration(b) };
}

async function run(req: CompareRequest, ctx: HandlerContext, given?: { a: CompareSide; b: CompareSide }): Promise<Comparison> {
  const { a, b } = given ?? (await sides(req, ctx));
  return compareDeclarations(a, b, req.options ?? {});
}

/** Compares two declarations: aligned paragraphs, word changes, moves, summary. */
export const runCompare: Handler<'compare.run'> = (req, ctx) => run(req, ctx);

/** The comparison as a redline file: HTML, PDF, Word with tracked changes, JSON or text. */
export const exportCompare: Handler<'compare.export'> = async (req, ctx) => {
  const both = await sides(req, ctx);
  const c = await run(req, ctx, both);
  const base = `${fileNameFrom(c.b.title, 'new')}-vs-${fileNameFrom(c.a.title, 'old')}`;
  switch (req.format) {
    case 'html':
      return exportedFile(base, FILE_TYPES.html, comparisonToHtml(c));
    case 'pdf':
      // The printable HTML redline, summary and change list first, printed by the shell's renderer.
      return exportedFile(base, FILE_TYPES.pdf, await ctx.renderPdf(comparisonToHtml(c), 'a4'));
    case 'docx':
      return exportedFile(base, FILE_TYPES.docx, await comparisonToDocx(c, { author: req.author ?? (await reviewerName(ctx)), date: new Date() }, both));
    case 'json':
      return exportedFile(base, FILE_TYPES.json, comparisonToJson(c));
    case 'text':
      return exportedFile(base, FILE_TYPES.txt, comparisonToText(c));
  }
};
