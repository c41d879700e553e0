/**
 * Runs an import of picked files: reads them, sends them in batches, polls each batch's job
 * every 250 ms for the progress line, and lets the user cancel. Files that fail anywhere along
 * the way end up in the summary's skipped list; the rest are imported regardless.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../shared/api';
import { call } from '../api';
import { batchPayloads, readPickedFiles, type PickedFile } from './importFiles';
import { addJobResult, emptySummary, progressLabel, withSkipped } from './importProgress';
import type { LibraryImportResult } from '../../shared/library/schemas';

/** How often a running job is asked for its progress. */
const POLL_MS = 250;

/** Where an import stands. */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; files: number }
  | { phase: 'running'; done: number; total: number; label: string; cancelling: boolean }
  | { phase: 'finished'; summary: LibraryImportResult }
  | { phase: 'failed'; message: string; summary: LibraryImportResult };

/** One import: the job running now, and whether the user cancelled. */
interface Run {
  jobId: string | null;
  cancelled: boolean;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The import's state, `start` for picked files, `startPaths` for chosen paths, `cancel` while it runs, `dismiss` once it ended. */
export function useImportJob(onFinished?: (summary: LibraryImportResult) => void) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const run = useRef<Run>({ jobId: null, cancelled: false });
  const mounted = useRef(true);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  /**
   * Runs `jobs` one after the other (each starts a job on the main side and gives its id and
   * how many files it got), following each job's progress. `start` is the summary so far (files
   * skipped while reading count as done); `total` is how many files there are in all, or
   * undefined when only the job knows (folders chosen by path).
   */
  const follow = useCallback(async (me: Run, jobs: (() => Promise<{ jobId: string; files?: number }>)[], start: LibraryImportResult, total: number | undefined) => {
    const show = (next: ImportState) => mounted.current && run.current === me && setState(next);
    let summary = start;
    let before = summary.skipped.length;
    try {
      for (const startJob of jobs) {
        if (me.cancelled) {
          summary = { ...summary, cancelled: true };
          break;
        }
        const counted = (job?: JobStatus) => total ?? before + (job?.total ?? 0);
        show({ phase: 'running', done: before, total: counted(), label: total === undefined ? 'Finding the files…' : progressLabel(before, total, ''), cancelling: false });
        const { jobId, files } = await startJob();
        me.jobId = jobId;
        let job: JobStatus = await call('jobs.get', { id: jobId });
        while (job.state === 'running') {
          show({ phase: 'running', done: before + job.done, total: counted(job), label: progressLabel(before + job.done, counted(job), job.current), cancelling: me.cancelled });
          await pause(POLL_MS);
          job = await call('jobs.get', { id: jobId });
        }
        me.jobId = null;
        summary = addJobResult(summary, job);
        before += files ?? job.total;
      }
    } catch (error) {
      show({ phase: 'failed', message: error instanceof Error ? error.message : String(error), summary });
      finished.current?.(summary);
      return;
    }
    show({ phase: 'finished', summary });
    finished.current?.(summary);
  }, []);

  /** Files picked in the page: read here, sent in batches (the browser host). */
  const start = useCallback(
    async (files: readonly PickedFile[]) => {
      if (files.length === 0) return;
      const me: Run = { jobId: null, cancelled: false };
      run.current = me;
      if (mounted.current) setState({ phase: 'reading', files: files.length });
      const { payloads, skipped } = await readPickedFiles(files);
      const batches = batchPayloads(payloads).map((batch) => async () => ({ ...(await call('library.addFiles', { files: batch })), files: batch.length }));
      await follow(me, batches, withSkipped(emptySummary(), skipped), files.length);
    },
    [follow],
  );

  /** Files and folders chosen in the system dialog of the main side (Electron): read there, by path. */
  const startPaths = useCallback(
    async (paths: readonly string[]) => {
      if (paths.length === 0) return;
      const me: Run = { jobId: null, cancelled: false };
      run.current = me;
      await follow(me, [() => call('library.importStart', { paths: [...paths] })], emptySummary(), undefined);
    },
    [follow],
  );

  const cancel = useCallback(() => {
    const me = run.current;
    me.cancelled = true;
    setState((old) => (old.phase === 'running' ? { ...old, cancelling: true } : old));
    // Polling carries on until the job reports itself cancelled, with what it did import; if
    // the cancel request fails the job simply runs to its end and the summary says so.
    if (me.jobId) call('jobs.cancel', { id: me.jobId }).catch(() => undefined);
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, startPaths, cancel, dismiss };
}
