/**
 * The library's part of the API contract: request and response schemas for the `library.*`
 * channels, ready for shared/api.ts to list. Responses mirror the engine's types (SearchHit,
 * VariantGroup, Suggestion, ImportResult) so both shells validate what crosses the boundary.
 */
import { z } from 'zod';
import { Clause, Provenance, Span } from '../model';
import { LibrarySource } from './format';

// The word diff as shared/diff/words.ts returns it: offsets into the two texts themselves.
const WordDiffSchema = z.object({
  ops: z.array(z.object({ kind: z.enum(['equal', 'insert', 'delete']), text: z.string(), a: Span.optional(), b: Span.optional() })),
  inserted: z.number().int(),
  deleted: z.number().int(),
});

export const LibraryFilters = z.object({
  source: z.string().max(200).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  section: z.string().max(500).optional(),
  grain: z.enum(['paragraph', 'sentence']).optional(),
});

export const LibrarySearchRequest = z.object({
  query: z.string().max(1000, 'A search is at most 1,000 characters; shorten the query.'),
  filters: LibraryFilters.optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
export const LibrarySearchHit = z.object({ clause: Clause, score: z.number(), highlights: z.array(Span) });

export const LibraryVariantsRequest = z.object({
  /** Only the group of this clause; all groups when absent. */
  clauseId: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
  variantLimit: z.number().int().min(1).max(1000).optional(),
});
export const LibraryVariantGroup = z.object({
  standard: Clause,
  variants: z.array(z.object({ clause: Clause, similarity: z.number().min(0).max(1), diff: WordDiffSchema })),
  size: z.number().int().min(2),
});

export const LibrarySuggestRequest = z.object({
  paragraph: z.string().max(20_000, 'The paragraph is over 20,000 characters; suggestions work on one paragraph at a time.'),
  limit: z.number().int().min(1).max(50).optional(),
});
export const LibrarySuggestion = z.object({ clause: Clause, score: z.number().min(0).max(1), diff: WordDiffSchema, provenance: Provenance });

export const LibraryImportRequest = z.object({
  paths: z.array(z.string().min(1)).min(1, 'Choose at least one file or folder to import.').max(10_000),
});
export const LibraryImportResult = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
  cancelled: z.boolean(),
});
export const LibraryImportProgress = z.object({ done: z.number().int(), total: z.number().int(), current: z.string() });

export const LibraryStatsResponse = z.object({
  sources: z.number().int(),
  clauses: z.number().int(),
  paragraphs: z.number().int(),
  sentences: z.number().int(),
  builtAt: z.string().optional(),
  folder: z.string(),
  files: z.number().int(),
  /** Problems met while loading (a damaged file recovered, a folder it cannot write), for the user. */
  warnings: z.array(z.string()).default([]),
});

export const LibraryClauseRequest = z.object({ id: z.string().min(1).max(100) });
export const LibraryRemoveRequest = z.object({ path: z.string().min(1) });

/** The channels, in the shape of shared/api.ts's `channels`, for it to spread in. */
export const libraryChannels = {
  'library.stats': { request: z.object({}), response: LibraryStatsResponse },
  'library.sources': { request: z.object({}), response: z.array(LibrarySource) },
  'library.search': { request: LibrarySearchRequest, response: z.array(LibrarySearchHit) },
  'library.variants': { request: LibraryVariantsRequest, response: z.array(LibraryVariantGroup) },
  'library.suggest': { request: LibrarySuggestRequest, response: z.array(LibrarySuggestion) },
  'library.clause': { request: LibraryClauseRequest, response: Clause },
  'library.import': { request: LibraryImportRequest, response: LibraryImportResult },
  'library.remove': { request: LibraryRemoveRequest, response: z.object({ removed: z.boolean() }) },
} as const;
