/**
 * The plain-text redline for terminals and `--format text`: [-deleted-] and {+inserted+}
 * marks, one paragraph per block, a summary on top. A paragraph whose change is all bracket
 * work shows its new text and a line per bracket ("Bracket resolved: kept “shall”, ...").
 */
import type { Comparison } from '../schemas';
import { bracketTally, kindLabel, redlineParagraphs, resultRuns } from './layout';

/** Writes the comparison as plain text; `onlyChanges` leaves unchanged paragraphs out. */
export function comparisonToText(c: Comparison, opts: { onlyChanges?: boolean } = {}): string {
  const s = c.summary;
  const p = s.paragraphs;
  const lines = [
    `${c.a.title || 'Old'} → ${c.b.title || 'New'}`,
    `Paragraphs: ${p.changed} changed, ${p.inserted} inserted, ${p.deleted} deleted, ${p.moved + p.movedChanged} moved (${p.movedChanged} of them changed), ${p.split} split, ${p.merged} merged, ${p.equal} unchanged.`,
    `Words: ${s.words.inserted} inserted, ${s.words.deleted} deleted.`,
    ...optional(bracketTally(s)),
    ...(c.notice ? [`Note: ${c.notice}`] : []),
    '',
  ];
  for (const para of redlineParagraphs(c)) {
    if (opts.onlyChanges && para.kind === 'equal') continue;
    const body = (para.resolved ? resultRuns(para) : para.runs).map((r) => (r.kind === 'insert' ? `{+${r.text}+}` : r.kind === 'delete' ? `[-${r.text}-]` : r.text)).join('');
    const label = kindLabel(para);
    lines.push(label ? `<${label}> ${body}` : body, ...(para.brackets ?? []).map((b) => `  ${b}`), '');
  }
  return lines.join('\n');
}

function optional(line: string | undefined): string[] {
  return line === undefined ? [] : [line];
}
