/**
 * Long work on the main side (library imports of hundreds of files) runs as a job: the request
 * returns an id at once, the UI polls the job's progress and may cancel it. Finished jobs are
 * kept for a while so their result can still be read.
 */
import { randomBytes } from 'node:crypto';
import { ApiError, type JobProgress, type JobStatus } from '../../shared/api';

export type JobWork = (report: (p: JobProgress) => void, signal: AbortSignal) => Promise<unknown>;

const KEEP_FINISHED_MS = 10 * 60_000;

/** The jobs of one process. */
export function createJobs() {
  const jobs = new Map<string, { status: JobStatus; controller: AbortController }>();
  return {
    /** Starts work in the background and returns its id. */
    start(work: JobWork): string {
      const id = randomBytes(8).toString('hex');
      const controller = new AbortController();
      const status: JobStatus = { id, state: 'running', done: 0, total: 0, current: '' };
      jobs.set(id, { status, controller });
      work((p) => Object.assign(status, p), controller.signal).then(
        (result) => Object.assign(status, { state: controller.signal.aborted ? 'cancelled' : 'done', result }),
        // Work stopped by its cancel ends as cancelled, whatever it threw on the way out.
        (error: unknown) => Object.assign(status, { state: controller.signal.aborted ? 'cancelled' : 'failed', message: (error as Error).message }),
      ).finally(() => setTimeout(() => jobs.delete(id), KEEP_FINISHED_MS).unref());
      return id;
    },
    get(id: string): JobStatus {
      const job = jobs.get(id);
      if (!job) throw new ApiError('not-found', `There is no running or recent task "${id}"; it may have finished more than ten minutes ago.`);
      return { ...job.status };
    },
    cancel(id: string): void {
      const job = jobs.get(id);
      if (!job) throw new ApiError('not-found', `There is no running task "${id}".`);
      job.controller.abort();
    },
  };
}

export type Jobs = ReturnType<typeof createJobs>;
