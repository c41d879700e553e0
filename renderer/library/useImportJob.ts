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

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The import's state, `start` for picked files, `cancel` while it runs, `dismiss` once it ended. */
export function useImportJob(onFinished?: (summary: LibraryImportResult) => void) {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const run = useRef<{ jobId: string | null; cancelled: boolean }>({ jobId: null, cancelled: false });
  const mounted = useRef(true);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(async (files: readonly PickedFile[]) => {
    if (files.length === 0) return;
    const me = { jobId: null as string | null, cancelled: false };
    run.current = me;
    const show = (next: ImportState) => mounted.current && run.current === me && setState(next);
    show({ phase: 'reading', files: files.length });
    const { payloads, skipped } = await readPickedFiles(files);
    let summary = withSkipped(emptySummary(), skipped);
    const total = files.length;
    let before = skipped.length;
    try {
      for (const batch of batchPayloads(payloads)) {
        if (me.cancelled) {
          summary = { ...summary, cancelled: true };
          break;
        }
        show({ phase: 'running', done: before, total, label: progressLabel(before, total, ''), cancelling: false });
        const { jobId } = await call('library.addFiles', { files: batch });
        me.jobId = jobId;
        let job: JobStatus = await call('jobs.get', { id: jobId });
        while (job.state === 'running') {
          show({ phase: 'running', done: before + job.done, total, label: progressLabel(before + job.done, total, job.current), cancelling: me.cancelled });
          await pause(POLL_MS);
          job = await call('jobs.get', { id: jobId });
        }
        me.jobId = null;
        summary = addJobResult(summary, job);
        before += batch.length;
      }
    } catch (error) {
      show({ phase: 'failed', message: error instanceof Error ? error.message : String(error), summary });
      finished.current?.(summary);
      return;
    }
    show({ phase: 'finished', summary });
    finished.current?.(summary);
  }, []);

  const cancel = useCallback(() => {
    const me = run.current;
    me.cancelled = true;
    setState((old) => (old.phase === 'running' ? { ...old, cancelling: true } : old));
    // Polling carries on until the job reports itself cancelled, with what it did import; if
    // the cancel request fails the job simply runs to its end and the summary says so.
    if (me.jobId) call('jobs.cancel', { id: me.jobId }).catch(() => undefined);
  }, []);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, dismiss };
}
