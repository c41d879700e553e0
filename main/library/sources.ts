/**
 * The list of what the library was built from, saved beside the index: every imported file and
 * built-in template with the content hash it had when read, so that a rebuild re-reads only
 * what changed.
 */
import { z } from 'zod';

export const SOURCES_SCHEMA_VERSION = 1;

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

/** The saved sources list. */
export const SourcesFile = z.object({
  format: z.literal('concord-library-sources'),
  schemaVersion: z.literal(SOURCES_SCHEMA_VERSION),
  sources: z.array(LibrarySource),
});
export type SourcesFile = z.infer<typeof SourcesFile>;
