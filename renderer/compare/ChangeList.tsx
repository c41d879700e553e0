/**
 * The list of changes in document order; a click jumps to the change, and the current one is
 * highlighted and kept in view. Virtualised too: a long negotiation text has thousands.
 */
import type { ChangeEntry } from '../../shared/diff/schemas';
import { KIND_LABELS, kindClass } from './kinds';
import { VirtualList } from './VirtualList';
import type { ScrollRequest } from './VirtualList';

/** Props of the change list. */
export interface ChangeListProps {
  changes: readonly ChangeEntry[];
  /** Index of the current change in `changes`. */
  current: number | undefined;
  scrollTo: ScrollRequest | undefined;
  onPick: (index: number) => void;
}

const ENTRY_HEIGHT = 58;

/** The change list beside the comparison. */
export function ChangeList({ changes, current, scrollTo, onPick }: ChangeListProps) {
  if (changes.length === 0) return <p className="cmp-no-changes">The two texts say the same thing{'\u2009'}— nothing to review.</p>;
  const renderRow = (i: number) => {
    const e = changes[i];
    if (!e) return null;
    return (
      <button type="button" className={`cmp-change ${i === current ? 'cmp-current' : ''}`} aria-current={i === current ? 'true' : undefined} onClick={() => onPick(i)}>
        <span className="cmp-change-head">
          <span className={`cmp-dot ${kindClass(e.kind)}`} aria-hidden="true" />
          <span className="cmp-change-kind">{KIND_LABELS[e.kind]}</span>
          <span className="cmp-change-where">{e.where}</span>
          <span className="cmp-change-words">
            {e.wordsInserted > 0 && <span className="cmp-words-ins">+{e.wordsInserted}</span>} {e.wordsDeleted > 0 && <span className="cmp-words-del">−{e.wordsDeleted}</span>}
          </span>
        </span>
        <span className="cmp-change-excerpt">{e.excerpt}</span>
      </button>
    );
  };
  return <VirtualList className="cmp-changes" label="Changes" count={changes.length} estimate={() => ENTRY_HEIGHT} dataKey={changes} renderRow={renderRow} scrollTo={scrollTo} overscan={4} />;
}
