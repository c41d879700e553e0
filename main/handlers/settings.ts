import type { Handler } from './types';

/** The user's settings (author null until they have given a name). */
export const getSettings: Handler<'settings.get'> = (_req, ctx) => ctx.settings.read();

/** Replaces the author; the rest of the settings stay as they were. */
export const setSettings: Handler<'settings.set'> = async (req, ctx) => ctx.settings.write({ ...(await ctx.settings.read()), author: req.author });
