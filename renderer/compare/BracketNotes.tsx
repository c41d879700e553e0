import type { BracketChange } from '../../shared/negotiation/schemas';
import { bracketLine } from '../../shared/diff/redline/layout';

/** Under a changed paragraph: what happened to its brackets ("Bracket resolved: kept “should”, dropped “shall”"). */
export function BracketNotes({ changes }: { changes: readonly BracketChange[] | undefined }) {
  if (!changes?.length) return null;
  return (
    <ul className="cmp-bracket-notes">
      {changes.map((c, i) => (
        <li key={i}>{bracketLine(c)}</li>
      ))}
    </ul>
  );
}
