import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { fromBase64 } from '../read-file';
import { writeFileAtomic } from '../store/atomic';
import type { Handler } from './types';

export const libraryStats: Handler<'library.stats'> = async (_req, ctx) => (await ctx.library()).stats();

export const librarySources: Handler<'library.sources'> = async (_req, ctx) => (await ctx.library()).sources();

/** Ranked clauses for a query, with the ranges to highlight. */
export const librarySearch: Handler<'library.search'> = async (req, ctx) =>
  (await ctx.library()).search(req.query, { filters: req.filters ?? {}, limit: req.limit ?? 50 });

/** Groups of near-identical clauses: the standard form and each variant's word diff to it. */
export const libraryVariants: Handler<'library.variants'> = async (req, ctx) =>
  // Grouping is cached per library revision; a large group shows its closest variants only.
  (await ctx.library()).variants({ ...(req.clauseId ? { of: req.clauseId } : {}), limit: req.limit ?? 200, variantLimit: 30 });

/** The closest earlier clauses to a paragraph being drafted. */
export const librarySuggest: Handler<'library.suggest'> = async (req, ctx) =>
  (await ctx.library()).suggest(req.paragraph, req.limit ?? 5);

export const libraryClause: Handler<'library.clause'> = async (req, ctx) => {
  const clause = await (await ctx.library()).clause(req.id);
  if (!clause) throw new ApiError('not-found', `There is no clause "${req.id}" in the library (it may have been removed with its source).`);
  return clause;
};

/** Imports files and folders and waits for the result (the CLI's way). */
export const libraryImport: Handler<'library.import'> = async (req, ctx) => (await ctx.library()).importPaths(req.paths);

export const libraryRemove: Handler<'library.remove'> = async (req, ctx) => ({ removed: await (await ctx.library()).removeSource(req.path) });

/** Starts an import of files and folders on this machine as a job the UI can follow and cancel. */
export const libraryImportStart: Handler<'library.importStart'> = async (req, ctx) => {
  const store = await ctx.library();
  return { jobId: ctx.jobs.start((report, signal) => store.importPaths(req.paths, { onProgress: report, signal })) };
};

const safeName = (name: string) => path.basename(name).replace(/[^\p{L}\p{N}._ -]+/gu, '_').slice(0, 200) || 'file';

/**
 * Files sent from the browser: kept in the workspace (library/files/) so the library can re-read
 * them when rebuilding, then imported as a job.
 */
export const libraryAddFiles: Handler<'library.addFiles'> = async (req, ctx) => {
  const store = await ctx.library();
  const dir = path.join(ctx.workspace, 'library', 'files');
  await fs.mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const file of req.files) {
    const target = path.join(dir, safeName(file.name));
    await writeFileAtomic(target, fromBase64(file.data), { keepBackup: false });
    paths.push(target);
  }
  return { jobId: ctx.jobs.start((report, signal) => store.importPaths(paths, { onProgress: report, signal })) };
};
