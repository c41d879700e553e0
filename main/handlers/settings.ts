import type { Handler } from './types';

/** The user's settings (author null until they have given a name). */
export const getSettings: Handler<'settings.get'> = (_req, ctx) => ctx.settings.read();

/** Replaces the author; the rest of the settings stay as they were. */
export const setSettings: Handler<'settings.set'> = async (req, ctx) => ctx.settings.write({ ...(await ctx.settings.read()), author: req.author });

/** Keeps a server's token for its team, replacing the one remembered before. */
export const rememberServer: Handler<'settings.rememberServer'> = async (req, ctx) => {
  const settings = await ctx.settings.read();
  const others = settings.servers.filter((s) => !(s.url === req.server.url && s.team === req.server.team));
  return ctx.settings.write({ ...settings, servers: [...others, req.server] });
};

/** Chooses the shared library (or, for null, the workspace's own) once its server answers. */
export const setLibrary: Handler<'settings.setLibrary'> = (req, ctx) => ctx.chooseLibrary(req.library);
