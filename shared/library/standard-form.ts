/**
 * Which wording of a variant group is its standard form: the one used by the most
 * declarations, then by the most sources, then the earliest dated, then the lowest id, so the
 * choice never flickers.
 */
import type { Clause } from '../model';

/** What decides the standard form, computed once per wording rather than per comparison. */
export interface StandardKey {
  declarations: number;
  sources: number;
  /** Earliest source date; undated sorts after every date. */
  earliest: string;
  id: string;
}

export function standardKey(clause: Clause): StandardKey {
  return {
    declarations: new Set(clause.sources.map((s) => s.declarationId)).size,
    sources: clause.sources.length,
    earliest: clause.sources.reduce((min, s) => (s.date !== undefined && s.date < min ? s.date : min), '\uffff'),
    id: clause.id,
  };
}

/** Orders wordings so the standard form comes first (see the module comment). */
export function compareKeys(a: StandardKey, b: StandardKey): number {
  return b.declarations - a.declarations || b.sources - a.sources || a.earliest.localeCompare(b.earliest) || a.id.localeCompare(b.id);
}

/** Indexes into `clauses`, the standard form first. */
export function rankForStandard(clauses: Clause[]): number[] {
  const keys = clauses.map(standardKey);
  return clauses.map((_, i) => i).sort((a, b) => compareKeys(keys[a] as StandardKey, keys[b] as StandardKey));
}
