/**
 * The plain-text redline for terminals and `--format text`: [-deleted-] and {+inserted+}
 * marks, one paragraph per block, a summary on top.
 */
import type { Comparison } from '../types';
import { kindLabel, redlineParagraphs } from './layout';

/** Writes the comparison as plain text; `onlyChanges` leaves unchanged paragraphs out. */
export function comparisonToText(c: Comparison, opts: { onlyChanges?: boolean } = {}): string {
  const s = c.summary;
  const p = s.paragraphs;
  const lines = [
    `${c.a.title || 'Old'} → ${c.b.title || 'New'}`,
    `Paragraphs: ${p.changed} changed, ${p.inserted} inserted, ${p.deleted} deleted, ${p.moved + p.movedChanged} moved (${p.movedChanged} of them changed), ${p.split} split, ${p.merged} merged, ${p.equal} unchanged.`,
    `Words: ${s.words.inserted} inserted, ${s.words.deleted} deleted.`,
    ...(c.notice ? [`Note: ${c.notice}`] : []),
    '',
  ];
  for (const para of redlineParagraphs(c)) {
    if (opts.onlyChanges && para.kind === 'equal') continue;
    const body = para.runs.map((r) => (r.kind === 'insert' ? `{+${r.text}+}` : r.kind === 'delete' ? `[-${r.text}-]` : r.text)).join('');
    const label = kindLabel(para);
    lines.push(label ? `<${label}> ${body}` : body, '');
  }
  return lines.join('\n');
}
