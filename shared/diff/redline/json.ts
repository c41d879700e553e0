/**
 * The change list as JSON, for scripts and other tools: the whole Comparison (rows, summary
 * with the change list in document order), checked against its schema on the way out.
 */
import { Comparison } from '../schemas';

/** The comparison as pretty-printed JSON; row indices inside it (move peers, changes) hold. */
export function comparisonToJson(c: Comparison): string {
  return `${JSON.stringify(Comparison.parse(c), null, 2)}\n`;
}
