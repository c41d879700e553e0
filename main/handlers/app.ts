import type { Handler } from './types';

/** Names the app, its version and the shell it runs in. */
export const appInfo: Handler<'app.info'> = async (_req, ctx) => ({
  name: 'Concord',
  version: ctx.version,
  shell: ctx.shell,
  platform: process.platform,
  templatesCount: (await ctx.templates.list()).length,
});
