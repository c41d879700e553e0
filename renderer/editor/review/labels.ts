/** How review marks are named and dated on screen: the Review list, the margin, a comparison. */
import type { SuggestionKind } from '../../../shared/review/model';

/** The word a suggestion of each kind is listed under. */
export const KIND_LABEL: Record<SuggestionKind, string> = {
  insert: 'Inserted',
  delete: 'Deleted',
  'move-from': 'Moved from',
  'move-to': 'Moved to',
  format: 'Formatted',
  'block-kind': 'Block kind',
  'library-insert': 'Library clause',
  'bracket-resolution': 'Bracket resolved',
};

/** A review mark's time, short: "1 Dec, 20:49"; nothing when it has none. */
export const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) : '');
