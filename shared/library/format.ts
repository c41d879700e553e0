/**
 * The clause library as saved on disk: versioned, normalized (a declaration's title, date and
 * parties are stored once, clause sources only point at it) and validated with zod on load.
 * Beside it, the list of what the library was built from: every imported file and built-in
 * template with the content hash it had when read, so that a rebuild re-reads only what changed.
 */
import { z } from 'zod';
import { LibrarySource } from './schemas';

/** Bump when the saved shape changes; older files are then rebuilt from their sources. */
export const LIBRARY_SCHEMA_VERSION = 1;

/** A declaration the library holds clauses of. */
export const LibraryDeclaration = z.object({
  id: z.string().min(1),
  title: z.string(),
  /** The file or template name as the user knows it. */
  name: z.string(),
  date: z.string().optional(),
  parties: z.array(z.string()).default([]),
  /** sha-256 of the source bytes, as the reader gave it: tells a changed source from an unchanged one. */
  hash: z.string(),
});
export type LibraryDeclaration = z.infer<typeof LibraryDeclaration>;

const SavedSource = z.object({
  /** Index into `declarations`. */
  d: z.number().int().min(0),
  blockId: z.string(),
  heading: z.string().optional(),
});

const SavedClause = z.object({
  id: z.string().min(1),
  grain: z.enum(['paragraph', 'sentence']),
  text: z.string().min(1),
  sources: z.array(SavedSource).min(1),
});

/** The whole saved library. */
export const LibraryFile = z.object({
  format: z.literal('concord-library'),
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  /** ISO time of the last change. */
  builtAt: z.string(),
  declarations: z.array(LibraryDeclaration),
  clauses: z.array(SavedClause),
});
export type LibraryFile = z.infer<typeof LibraryFile>;
export type SavedClause = z.infer<typeof SavedClause>;

export const SOURCES_SCHEMA_VERSION = 1;

/** The saved sources list. */
export const SourcesFile = z.object({
  format: z.literal('concord-library-sources'),
  schemaVersion: z.literal(SOURCES_SCHEMA_VERSION),
  sources: z.array(LibrarySource),
});
export type SourcesFile = z.infer<typeof SourcesFile>;
