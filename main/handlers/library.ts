import { ApiError } from '../../shared/api';
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

/** Removes a source and its clauses from the library. */
export const libraryRemove: Handler<'library.remove'> = async (req, ctx) => ({ removed: await (await ctx.library()).removeSource(req.path) });

/** Starts an import of files and folders on this machine as a job the UI can follow and cancel. */
export const libraryImportStart: Handler<'library.importStart'> = async (req, ctx) => {
  const store = await ctx.library();
  return { jobId: ctx.jobs.start((report, signal) => store.importPaths(req.paths, { onProgress: report, signal })) };
};

/** Files sent from the browser: kept in the workspace by the store, then imported as a job. */
export const libraryAddFiles: Handler<'library.addFiles'> = async (req, ctx) => {
  const store = await ctx.library();
  const paths = await store.keepFiles(req.files.map((file) => ({ name: file.name, bytes: file.data })));
  return { jobId: ctx.jobs.start((report, signal) => store.importPaths(paths, { onProgress: report, signal })) };
};
