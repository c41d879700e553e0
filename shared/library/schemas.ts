/**
 * The library's part of the API contract: request and response schemas for the `library.*`
 * channels, ready for shared/api.ts to list. The engine's results are these types (z.infer), so
 * both shells validate exactly what the engine returns.
 */
import { z } from 'zod';
import { WordDiff } from '../diff/schemas';
import { Clause, Provenance, Span } from '../model';


/** One source of the library. */
export const LibrarySource = z.object({
  /** Absolute file path, or "template:<id>" for a built-in template. */
  path: z.string().min(1),
  kind: z.enum(['file', 'builtin']),
  /** The name shown to the user (file or template name). */
  name: z.string(),
  /** The declaration the source was read into. */
  declarationId: z.string().min(1),
  /** sha-256 hex of the bytes when last read. */
  hash: z.string(),
  size: z.number().int().min(0),
  addedAt: z.string(),
});
export type LibrarySource = z.infer<typeof LibrarySource>;

/** Narrows a search; a clause passes when one of its sources meets every filter given. */
export const LibraryFilters = z.object({
  /** Declaration id. */
  source: z.string().max(200).optional(),
  /** Year of the source's date. */
  year: z.number().int().min(1900).max(2200).optional(),
  /** Section heading, compared without regard to case. */
  section: z.string().max(500).optional(),
  grain: z.enum(['paragraph', 'sentence']).optional(),
});
export type LibraryFilters = z.infer<typeof LibraryFilters>;

export const LibrarySearchRequest = z.object({
  query: z.string().max(1000, 'A search is at most 1,000 characters; shorten the query.'),
  filters: LibraryFilters.optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
/** One search result: the clause, its relevance, and the ranges of its text that matched. */
export const LibrarySearchHit = z.object({ clause: Clause, score: z.number(), highlights: z.array(Span) });
export type LibrarySearchHit = z.infer<typeof LibrarySearchHit>;

export const LibraryVariantsRequest = z.object({
  /** Only the group of this clause; all groups when absent. */
  clauseId: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
  variantLimit: z.number().int().min(1).max(1000).optional(),
});
/** A wording in a group other than the standard form, and how close it is to it. */
export const LibraryVariant = z.object({
  clause: Clause,
  /** Jaccard similarity of word shingles (3 words) to the standard form, 0..1. */
  similarity: z.number().min(0).max(1),
  /** Word diff from the standard form to this wording. */
  diff: WordDiff,
});
export type LibraryVariant = z.infer<typeof LibraryVariant>;

/** One clause's wordings: the standard form and the variants of it. */
export const LibraryVariantGroup = z.object({
  standard: Clause,
  /** Most similar first; at most `variantLimit` of them. */
  variants: z.array(LibraryVariant),
  /** Wordings in the group, the standard form included, before any limit. */
  size: z.number().int().min(2),
});
export type LibraryVariantGroup = z.infer<typeof LibraryVariantGroup>;

export const LibrarySuggestRequest = z.object({
  paragraph: z.string().max(20_000, 'The paragraph is over 20,000 characters; suggestions work on one paragraph at a time.'),
  limit: z.number().int().min(1).max(50).optional(),
});
/** One earlier clause close to the paragraph being drafted. */
export const LibrarySuggestion = z.object({
  clause: Clause,
  /** Share of the two texts' words that they have in common, in order: 1 is verbatim, 0 nothing. */
  score: z.number().min(0).max(1),
  /** Word diff from the clause to the drafted paragraph: what the drafter departs from. */
  diff: WordDiff,
  /** To attach to the paragraph when the clause replaces it or is inserted. */
  provenance: Provenance,
});
export type LibrarySuggestion = z.infer<typeof LibrarySuggestion>;

export const LibraryImportRequest = z.object({
  paths: z.array(z.string().min(1).max(4096)).min(1, 'Choose at least one file or folder to import.').max(10_000),
});
/** A file left out of the library, and why, in words for the user. */
export const SkippedFile = z.object({ path: z.string(), reason: z.string() });
export type SkippedFile = z.infer<typeof SkippedFile>;

/** What an import or a rebuild did. */
export const LibraryImportResult = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.array(SkippedFile),
  /** True when the signal stopped it; what was done before is kept. */
  cancelled: z.boolean(),
});
export type LibraryImportResult = z.infer<typeof LibraryImportResult>;

/** What the status line and the library panel show. */
export const LibraryStats = z.object({
  sources: z.number().int(),
  clauses: z.number().int(),
  paragraphs: z.number().int(),
  sentences: z.number().int(),
  /** ISO time of the last change, absent for a library never built. */
  builtAt: z.string().optional(),
});
export type LibraryStats = z.infer<typeof LibraryStats>;

/** The library's counts plus where it lives. */
export const LibraryStatsResponse = LibraryStats.extend({
  folder: z.string(),
  files: z.number().int(),
  /** Problems met while loading (a damaged file recovered, a folder it cannot write), for the user. */
  warnings: z.array(z.string()).default([]),
});
export type LibraryStatsResponse = z.infer<typeof LibraryStatsResponse>;

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
  /** Imports files and folders on this machine as a job (jobs.get follows it, its result a LibraryImportResult). */
  'library.importStart': { request: LibraryImportRequest, response: z.object({ jobId: z.string() }) },
  'library.remove': { request: LibraryRemoveRequest, response: z.object({ removed: z.boolean() }) },
} as const;
