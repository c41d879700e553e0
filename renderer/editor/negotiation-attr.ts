/**
 * Reading and writing the draft's negotiation log, which lives in the doc node's `negotiation`
 * attribute (validated by the schema), so that it is saved with the draft and undone with it.
 */
import type { Node } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import type { Negotiation } from '../../shared/negotiation/model';
import { newNegotiation } from '../../shared/negotiation/log';

const NO_PARTIES: readonly string[] = Object.freeze([]);
// One empty log for every draft without one, so that plugins comparing records see no change.
const EMPTY: Negotiation = Object.freeze(newNegotiation());

/** The draft's negotiation log, or an empty one. Treat it as read-only. */
export function negotiationOf(doc: Node): Negotiation {
  return (doc.attrs['negotiation'] as Negotiation | null) ?? EMPTY;
}

/** The draft's party list; the same array while the log's parties are unchanged, so plugins can tell cheaply. */
export function partiesOf(doc: Node): readonly string[] {
  return (doc.attrs['negotiation'] as Negotiation | null)?.parties ?? NO_PARTIES;
}

/** Adds a step to `tr` that replaces the log; an attribute step, so history undoes it with the text. */
export function setNegotiation(tr: Transaction, log: Negotiation): Transaction {
  return tr.setDocAttribute('negotiation', log);
}
