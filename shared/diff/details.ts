/**
 * What a comparison says beside its paragraphs: the document details that differ (a new source
 * address, another publication time: "document details changed", never a paragraph change), and
 * the paragraphs whose words are equal but whose emphasis is not (a class of change of its own,
 * hidden by the `emphasis` ignore switch like the other switches).
 */
import type { DocumentDetail, InlineMark } from '../model';
import type { CompareSide, DetailChange, Row } from './schemas';

/** The details that differ, in the old side's order and then the new side's. */
export function detailChanges(a: DocumentDetail[] = [], b: DocumentDetail[] = []): DetailChange[] {
  const names = [...new Set([...a, ...b].map((d) => d.name))];
  const out: DetailChange[] = [];
  for (const name of names) {
    const va = a.filter((d) => d.name === name).map((d) => d.value).join('\n');
    const vb = b.filter((d) => d.name === name).map((d) => d.value).join('\n');
    if (va !== vb) out.push({ name, ...(va ? { a: va } : {}), ...(vb ? { b: vb } : {}) });
  }
  return out;
}

/** A paragraph's marks as one comparable string: type, address and the text each covers. */
function markKey(text: string, marks: InlineMark[] | undefined): string {
  return (marks ?? []).map((m) => `${m.type}${m.href ? `<${m.href}>` : ''}:${text.slice(m.from, m.to)}`).join('|');
}

/** Turns equal rows whose emphasis differs into changed rows flagged `emphasis`. */
export function markEmphasisChanges(rows: Row[], a: CompareSide, b: CompareSide): void {
  for (const row of rows) {
    if (row.kind !== 'equal' || row.a.length !== 1 || row.b.length !== 1) continue;
    const pa = a.paragraphs[row.a[0] ?? -1];
    const pb = b.paragraphs[row.b[0] ?? -1];
    if (!pa || !pb || markKey(pa.text, pa.marks) === markKey(pb.text, pb.marks)) continue;
    row.kind = 'changed';
    row.emphasis = true;
  }
}
