import type { Handler } from './types';

/** Lists the built-in templates with their manifest data. */
export const listTemplates: Handler<'templates.list'> = (_req, ctx) => ctx.templates.list();

/** One built-in template with its text. */
export const getTemplate: Handler<'templates.get'> = (req, ctx) => ctx.templates.get(req.id);
