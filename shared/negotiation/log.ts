/**
 * The negotiation log of a draft: every resolution in the order it was made, so that the panel
 * can show who closed what and when, and any one of them can be undone.
 */
import type { Bracket, Negotiation, ResolutionRecord } from './model';
import { NEGOTIATION_SCHEMA_VERSION } from './model';
import { mappedOffset, resolveBracket, ResolveError, undoResolution } from './resolve';
import type { Choice, ResolveMeta } from './resolve';

/** An empty log for a draft with these parties. */
export function newNegotiation(parties: readonly string[] = []): Negotiation {
  return { schemaVersion: NEGOTIATION_SCHEMA_VERSION, parties: [...parties], records: [], delegations: [] };
}

/** Resolves a bracket and appends the record; returns the new text and log. */
export function logResolution(
  log: Negotiation,
  text: string,
  bracket: Bracket,
  choice: Choice,
  meta: ResolveMeta,
): { text: string; log: Negotiation; record: ResolutionRecord } {
  const { text: next, record } = resolveBracket(text, bracket, choice, meta);
  return { text: next, log: { ...log, records: [...log.records, record] }, record };
}

/**
 * Undoes the record at `index` (the latest when omitted) and drops it from the log; the later
 * records' offsets are moved to match the restored text.
 */
export function undoLogged(log: Negotiation, text: string, index = log.records.length - 1): { text: string; log: Negotiation } {
  const record = log.records[index];
  if (!record) throw new ResolveError(log.records.length === 0 ? 'Nothing to undo: no bracket has been resolved yet.' : `There is no resolution number ${index + 1} to undo.`);
  const later = log.records.slice(index + 1);
  const restored = undoResolution(text, record, later);
  const shift = record.edit.removed.length - record.edit.inserted.length;
  // Each later edit sits after the undone text or before it (undoResolution refused overlaps).
  const moved = later.map((r, j) => {
    const undoneAt = mappedOffset(record, later.slice(0, j));
    return r.edit.at >= undoneAt + record.edit.inserted.length ? { ...r, edit: { ...r.edit, at: r.edit.at + shift } } : r;
  });
  return { text: restored, log: { ...log, records: [...log.records.slice(0, index), ...moved] } };
}

/** The brackets closed so far, with their resolution, most recent first. */
export function resolvedBrackets(log: Negotiation): Bracket[] {
  return log.records
    .map((r): Bracket => ({ ...r.bracket, status: 'resolved', resolution: r.resolution }))
    .reverse();
}
