/**
 * The summary a reviewer reads first: how many paragraphs were inserted, deleted, moved and
 * changed, how many words and brackets, and the list of changes in document order.
 */
import { countBracketChanges } from '../negotiation/changes';
import type { ChangeEntry, Row, Summary } from './schemas';
import { countWords } from './words';

const EXCERPT = 80;

/** Counts the rows by kind and lists every change (a move once, where it arrived). */
export function summarize(rows: Row[], textsA: string[], textsB: string[]): Summary {
  const paragraphs = { equal: 0, changed: 0, inserted: 0, deleted: 0, moved: 0, movedChanged: 0, split: 0, merged: 0 };
  const words = { inserted: 0, deleted: 0 };
  const changes: ChangeEntry[] = [];
  const brackets = countBracketChanges(rows.flatMap((r) => r.brackets ?? []));
  rows.forEach((r, k) => {
    if (r.move?.end === 'from') return;
    if (r.kind === 'moved-changed') paragraphs.movedChanged++;
    else paragraphs[r.kind]++;
    if (r.kind === 'equal') return;
    const counts = wordCounts(r);
    words.inserted += counts.inserted;
    words.deleted += counts.deleted;
    const resolution = r.resolution?.summary;
    changes.push({
      row: k,
      kind: r.kind,
      where: where(r),
      excerpt: resolution ?? (r.emphasis ? `Emphasis only: ${excerpt(r, textsA, textsB)}` : excerpt(r, textsA, textsB)),
      wordsInserted: counts.inserted,
      wordsDeleted: counts.deleted,
      ...(resolution === undefined ? {} : { resolution }),
    });
  });
  const anyBrackets = brackets.opened + brackets.closed + brackets.changed > 0;
  return { paragraphs, words, ...(anyBrackets ? { brackets } : {}), changes };
}

/**
 * Words inserted and deleted in a row. Counted on the op texts as runs of letters and digits,
 * so a summary can be rebuilt from a saved Comparison without the tokenizer.
 */
export function wordCounts(r: Row): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const op of r.ops) {
    if (op.kind === 'insert') inserted += countWords(op.text);
    if (op.kind === 'delete') deleted += countWords(op.text);
  }
  return { inserted, deleted };
}

/** Where a change is, the way a reader cites it: "OP 4 → OP 6", "new OP 3", "old Art. 4.2". */
export function where(r: Row): string {
  const a = r.where.a ?? (r.a.length ? r.a.map((i) => `¶ ${i + 1}`).join(' + ') : undefined);
  const b = r.where.b ?? (r.b.length && r.move?.end !== 'from' ? r.b.map((j) => `¶ ${j + 1}`).join(' + ') : undefined);
  if (a === undefined) return `new ${b ?? ''}`.trim();
  if (b === undefined) return `old ${a}`;
  return a === b ? a : `${a} → ${b}`;
}

function excerpt(r: Row, textsA: string[], textsB: string[]): string {
  const firstChange = r.ops.find((op) => op.kind !== 'equal');
  const text = r.kind === 'moved' || !firstChange ? (textsB[r.b[0] ?? -1] ?? textsA[r.a[0] ?? -1] ?? '') : firstChange.text;
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}
