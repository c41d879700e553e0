/**
 * What the import shows while it runs and when it ends: a progress line and a summary. The
 * job's result crosses the API as `unknown`, so it is validated here before anyone reads it.
 */
import type { JobStatus } from '../../shared/api';
import { LibraryImportResult, type SkippedFile } from '../../shared/library/schemas';

/** Nothing imported yet. */
export function emptySummary(): LibraryImportResult {
  return { added: 0, updated: 0, unchanged: 0, skipped: [], cancelled: false };
}

/** The last part of a path, the name a person recognises. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** "12 of 300 — declaration.txt", counting files done before this batch. */
export function progressLabel(done: number, total: number, current: string): string {
  const counted = `${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
  return current ? `${counted} — ${fileNameOf(current)}` : counted;
}

/** Adds a finished job's result to the summary so far, or explains why it cannot. */
export function addJobResult(summary: LibraryImportResult, job: JobStatus): LibraryImportResult {
  if (job.state === 'failed') throw new Error(job.message ?? 'The import stopped with an error on the main side.');
  const parsed = LibraryImportResult.safeParse(job.result);
  if (!parsed.success) {
    if (job.state === 'cancelled') return { ...summary, cancelled: true };
    throw new Error('The import finished but its report could not be read; the library may still have changed. Search to check.');
  }
  const r = parsed.data;
  return {
    added: summary.added + r.added,
    updated: summary.updated + r.updated,
    unchanged: summary.unchanged + r.unchanged,
    skipped: [...summary.skipped, ...r.skipped],
    cancelled: summary.cancelled || r.cancelled || job.state === 'cancelled',
  };
}

/** Files skipped before sending (unreadable, too large) join the summary's skipped list. */
export function withSkipped(summary: LibraryImportResult, skipped: readonly SkippedFile[]): LibraryImportResult {
  return { ...summary, skipped: [...skipped, ...summary.skipped] };
}

/** One sentence for the end of an import. */
export function summaryLine(summary: LibraryImportResult): string {
  const parts = [`${summary.added} added`, `${summary.updated} updated`, `${summary.unchanged} unchanged`];
  if (summary.skipped.length) parts.push(`${summary.skipped.length} skipped`);
  return `${summary.cancelled ? 'Import cancelled' : 'Import finished'}: ${parts.join(', ')}.`;
}
