/**
 * A reviewed document's text as it reads with every suggestion accepted, or every one rejected:
 * what Word's and LibreOffice's Accept All / Reject All give, one string per paragraph.
 */
import type { ChangeKind, ChangeMark, ReviewedDocx } from './model';

export type ReviewOutcome = 'accepted' | 'rejected';

/** The kinds of change whose content goes away under each outcome. */
const GONE: Record<ReviewOutcome, ReadonlySet<ChangeKind>> = {
  accepted: new Set(['delete', 'move-from']),
  rejected: new Set(['insert', 'move-to']),
};

/**
 * The paragraphs' text after accepting or rejecting everything, or each change as `outcome` says
 * (one author's changes accepted, the others' rejected); a removed paragraph break joins two paragraphs.
 */
export function reviewedText(doc: Pick<ReviewedDocx, 'paragraphs'>, outcome: ReviewOutcome | ((change: ChangeMark) => ReviewOutcome)): string[] {
  const decide = typeof outcome === 'function' ? outcome : () => outcome;
  const gone = (change: ChangeMark | null) => change !== null && GONE[decide(change)].has(change.kind);
  const out: string[] = [];
  let carry: string | null = null;
  for (const p of doc.paragraphs) {
    const text: string = (carry ?? '') + p.runs.filter((r) => !gone(r.change)).map((r) => r.text).join('');
    if (gone(p.mark)) carry = text;
    else {
      out.push(text);
      carry = null;
    }
  }
  if (carry !== null) out.push(carry);
  return out;
}
