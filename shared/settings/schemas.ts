/**
 * The user's own settings, kept on the main side across sessions: who is writing (the name put
 * on suggestions, comments and the Word redline's tracked changes) and the colour that marks
 * their work. Asked once in the UI, then kept.
 */
import { z } from 'zod';

/** A CSS colour as #rrggbb: what both the editor and Word (w:color, without the #) accept. */
export const AuthorColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'The colour must be written as #rrggbb.');

export const Author = z.object({
  name: z.string().trim().min(1, 'Please enter your name.').max(100, 'A name is at most 100 characters.'),
  color: AuthorColor,
});
export type Author = z.infer<typeof Author>;

export const SETTINGS_VERSION = 1;

export const UserSettings = z.object({
  version: z.literal(SETTINGS_VERSION),
  /** Null until the user has told Concord their name. */
  author: Author.nullable(),
});
export type UserSettings = z.infer<typeof UserSettings>;

export const DEFAULT_SETTINGS: UserSettings = { version: SETTINGS_VERSION, author: null };

/** Colours offered for authors: distinct on white, readable as underline and strike-through. */
export const AUTHOR_COLORS = ['#1f6feb', '#c2410c', '#15803d', '#9333ea', '#be123c', '#0e7490', '#a16207', '#4338ca'] as const;
