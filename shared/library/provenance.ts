/**
 * The provenance a clause carries into a draft: which declaration and block it came from and
 * its exact text, so the drafting pane can say "verbatim from ..." and later show the edits.
 */
import type { Clause, Provenance } from '../model';
import { hashText } from './fingerprint';

/** Provenance of a clause as found in one of its sources (the first by default). */
export function clauseProvenance(clause: Clause, sourceIndex = 0): Provenance {
  const source = clause.sources[sourceIndex] ?? clause.sources[0];
  return {
    source: source?.declarationId ?? '',
    sourceTitle: source?.title ?? '',
    blockId: source?.blockId ?? '',
    hash: hashText(clause.text),
    text: clause.text,
  };
}
