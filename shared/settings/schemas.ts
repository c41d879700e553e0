/**
 * The user's own settings, kept on the main side across sessions: who is writing (the name put
 * on suggestions, comments and the Word redline's tracked changes) and the colour that marks
 * their work. Asked once in the UI, then kept.
 */
import { z } from 'zod';
import { CollabServer } from '../collab/schemas';

/** A CSS colour as #rrggbb: what both the editor and Word (w:color, without the #) accept. */
export const AuthorColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'The colour must be written as #rrggbb.');

export const Author = z.object({
  name: z.string().trim().min(1, 'Please enter your name.').max(100, 'A name is at most 100 characters.'),
  color: AuthorColor,
});
export type Author = z.infer<typeof Author>;

/**
 * A shared clause library on PostgreSQL, as a connection string; the workspace's own library
 * when absent. The password may be left out of it and kept in ~/.pgpass or PGPASSWORD.
 */
export const LibraryUrl = z
  .string()
  .max(2000)
  .regex(/^postgres(ql)?:\/\/\S+$/, 'A shared library is given as postgres://user@host:port/database.');

export const SETTINGS_VERSION = 1;

export const UserSettings = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Null until the user has told Concord their name. */
  author: Author.nullable(),
  /** Collaboration servers the user shared or joined drafts on, each with its team token. */
  servers: z.array(CollabServer).default([]),
  /** The shared library (the --library option of the CLI and browser host wins over it). */
  library: LibraryUrl.optional(),
});
export type UserSettings = z.infer<typeof UserSettings>;

export const DEFAULT_SETTINGS: UserSettings = { version: SETTINGS_VERSION, author: null, servers: [] };

/** Colours offered for authors: distinct on white, readable as underline and strike-through. */
export const AUTHOR_COLORS = ['#1f6feb', '#c2410c', '#15803d', '#9333ea', '#be123c', '#0e7490', '#a16207', '#4338ca'] as const;
