import type { Handler } from './types';

/** Where a long task stands. */
export const getJob: Handler<'jobs.get'> = async (req, ctx) => ctx.jobs.get(req.id);

/** Stops a long task; what it finished is kept. */
export const cancelJob: Handler<'jobs.cancel'> = async (req, ctx) => {
  ctx.jobs.cancel(req.id);
  return {};
};
