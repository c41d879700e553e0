/**
 * The clause library as saved on disk: versioned, normalized (a declaration's title, date and
 * parties are stored once, clause sources only point at it). The saved index is binary
 * (saved-index.ts); its header, the small part, is JSON validated with zod on load.
 * Beside it, the list of what the library was built from: every imported file and built-in
 * template with the content hash it had when read, so that a rebuild re-reads only what changed.
 */
import { z } from 'zod';
import { LibrarySource } from './schemas';

/** Bump when the saved shape changes; older files are then rebuilt from their sources. */
export const LIBRARY_SCHEMA_VERSION = 4;

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

/** The header of a saved index: everything but its big arrays, and how long those are. */
export const LibraryIndexHeader = z.object({
  /** ISO time of the last change. */
  builtAt: z.string(),
  declarations: z.array(LibraryDeclaration),
  /** Block ids and headings, which clause sources point into. */
  strings: z.array(z.string()),
  /** The words and marks clause texts are written in (text-column.ts), by number. */
  tokens: z.array(z.string()),
  /** Clause ids not of the usual form (key-column.ts). */
  otherIds: z.array(z.string()),
  /** Index terms by id, and the words as written with the id of their term. */
  terms: z.array(z.string()),
  surfaces: z.array(z.tuple([z.string(), z.number().int().min(0)])),
  /** Lengths of the binary sections, in elements. */
  counts: z.object({
    docs: z.number().int().min(0),
    textBytes: z.number().int().min(0),
    sources: z.number().int().min(0),
    postings: z.number().int().min(0),
    keySlots: z.number().int().min(0),
  }),
});
export type LibraryIndexHeader = z.infer<typeof LibraryIndexHeader>;

export const SOURCES_SCHEMA_VERSION = 1;

/** The saved sources list. */
export const SourcesFile = z.object({
  format: z.literal('concord-library-sources'),
  schemaVersion: z.literal(SOURCES_SCHEMA_VERSION),
  sources: z.array(LibrarySource),
});
export type SourcesFile = z.infer<typeof SourcesFile>;
