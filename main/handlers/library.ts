import { createHash } from 'node:crypto';
import path from 'node:path';
import { ApiError } from '../../shared/api';
import { suggestFor } from '../../shared/library/suggest';
import { libraryVariants as groupVariants } from '../../shared/library/variants';
import { fromBase64 } from '../read-file';
import { UPLOADS_DIR, uploadFolder } from '../library/store';
import { writeFileAtomic } from '../store/atomic';
import { withFsErrors } from '../store/fs-errors';
import type { Handler } from './types';

export const libraryStats: Handler<'library.stats'> = async (_req, ctx) => (await ctx.library()).stats();

export const librarySources: Handler<'library.sources'> = async (_req, ctx) => (await ctx.library()).sources();

/** Ranked clauses for a query, with the ranges to highlight. */
export const librarySearch: Handler<'library.search'> = async (req, ctx) =>
  (await ctx.library()).library.search(req.query, { filters: req.filters ?? {}, limit: req.limit ?? 50 });

/** Groups of near-identical clauses: the standard form and each variant's word diff to it. */
export const libraryVariants: Handler<'library.variants'> = async (req, ctx) =>
  // Grouping is cached per library revision; a large group shows its closest variants only.
  groupVariants((await ctx.library()).library, { ...(req.clauseId ? { of: req.clauseId } : {}), limit: req.limit ?? 200, variantLimit: 30 });

/** The closest earlier clauses to a paragraph being drafted. */
export const librarySuggest: Handler<'library.suggest'> = async (req, ctx) =>
  suggestFor(req.paragraph, (await ctx.library()).library, req.limit ?? 5);

export const libraryClause: Handler<'library.clause'> = async (req, ctx) => {
  const clause = (await ctx.library()).library.get(req.id);
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

const safeName = (name: string) => path.basename(name).replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^\.+/, '_').slice(0, 120) || 'file';

/**
 * Files sent from the browser: kept in the workspace (library/files/<content hash>/<name>) so the
 * library can re-read them when rebuilding, then imported as a job. Stored by content, a second,
 * different file of the same name is a new source, never a replacement.
 */
export const libraryAddFiles: Handler<'library.addFiles'> = async (req, ctx) => {
  const store = await ctx.library();
  const dir = path.join(store.folder, UPLOADS_DIR);
  const paths: string[] = [];
  for (const file of req.files) {
    const bytes = fromBase64(file.data);
    const target = path.join(dir, uploadFolder(createHash('sha256').update(bytes).digest('hex')), safeName(file.name));
    await withFsErrors(file.name, () => writeFileAtomic(target, bytes, { keepBackup: false }));
    paths.push(target);
  }
  return { jobId: ctx.jobs.start((report, signal) => store.importPaths(paths, { onProgress: report, signal })) };
};
