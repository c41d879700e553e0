/**
 * The document details the read view lists under the title: only those the page does not already
 * show. A UN header is printed as its lines ("Resolution adopted by the General Assembly on
 * 11 November 2025"); the reader also reads those lines as details (Adopted, Session...), and
 * listing both showed every header fact twice. Front-matter facts (source address, symbol,
 * modified time) are on no line of the page, so they stay listed.
 */
import type { Declaration, DocumentDetail } from '../../shared/model';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

// What may stand around a value shown as words of its own.
const OPEN = /[\s([“"‘',;:]/u;
const CLOSE = /[\s)\]”"’',;:.]/u;

/** Whether `line` shows `value` as words of its own: "1" is not shown by "11 November" or "A/RES/80/1". */
function shows(line: string, value: string): boolean {
  for (let at = line.indexOf(value); at >= 0; at = line.indexOf(value, at + 1)) {
    const before = line[at - 1];
    const after = line[at + value.length];
    if ((before === undefined || OPEN.test(before)) && (after === undefined || CLOSE.test(after))) return true;
  }
  return false;
}

export function unshownDetails(declaration: Declaration): DocumentDetail[] {
  const lines = [declaration.title, ...declaration.blocks.filter((b) => b.kind === 'title' || b.kind === 'meta').map((b) => b.text)].map(squeeze);
  return (declaration.details ?? []).filter((d) => !lines.some((line) => shows(line, squeeze(d.value))));
}
