/**
 * Human-readable views of a read declaration: the compact outline the CLI prints and golden
 * tests hold, and the import report as lines of text.
 */
import type { Declaration, ImportReport } from '../model';

/** One block in brief: enough to review a segmentation at a glance. */
export interface OutlineRow {
  kind: string;
  level?: number;
  number?: string;
  marker?: string;
  text: string;
  parties?: number;
}

/** The declaration's blocks in brief: kind, level, number, first 60 characters, marker, parties. */
export function outlineRows(declaration: Declaration): OutlineRow[] {
  return declaration.blocks.map((b) => {
    const row: OutlineRow = { kind: b.kind, text: b.text.slice(0, 60) };
    if (b.level > 1) row.level = b.level;
    if (b.number) row.number = b.number.raw;
    if (b.marker) row.marker = b.marker;
    if (b.parties.length > 0) row.parties = b.parties.length;
    return row;
  });
}

/** The outline as indented text, one block per line, under the title, date and place. */
export function formatOutline(declaration: Declaration): string {
  const head = [declaration.title, [declaration.place, declaration.date].filter(Boolean).join(', ')].filter(Boolean);
  const rows = outlineRows(declaration).map((r) => {
    const indent = '  '.repeat((r.level ?? 1) - 1);
    const lead = r.number ?? r.marker ?? '';
    const parties = r.parties ? ` [${r.parties} parties]` : '';
    return `${r.kind.padEnd(10)}${indent}${lead ? lead + ' ' : ''}${r.text}${parties}`;
  });
  return [...head, '', ...rows].join('\n');
}

/** The import report as text: encoding, then every repair, removal and warning with its position. */
export function formatReport(report: ImportReport): string {
  const at = (s: { start: number; end: number }) => `${s.start}-${s.end}`;
  return [
    `encoding: ${report.encoding}${report.bom ? ' (with byte-order mark)' : ''}`,
    `repairs: ${report.repairs.length}`,
    ...report.repairs.map((r) => `  ${at(r.span)} ${JSON.stringify(r.from)} -> ${JSON.stringify(r.to)} (${r.reason})`),
    `removals: ${report.removals.length}`,
    ...report.removals.map((r) => `  ${at(r.span)} ${r.reason}: ${JSON.stringify(r.text.trim())}`),
    `warnings: ${report.warnings.length}`,
    ...report.warnings.map((w) => `  ${at(w.span)} ${w.kind}: ${w.message}${w.suggestion ? ` Suggestion: ${w.suggestion}` : ''}`),
  ].join('\n');
}
