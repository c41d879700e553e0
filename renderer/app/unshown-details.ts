/**
 * The document details the read view lists under the title: only those the page does not already
 * show. A UN header is printed as its lines ("Resolution adopted by the General Assembly on
 * 11 November 2025"); the reader also reads those lines as details (Adopted, Session...), and
 * listing both showed every header fact twice. Front-matter facts (source address, symbol,
 * modified time) are on no line of the page, so they stay listed.
 */
import type { Declaration, DocumentDetail } from '../../shared/model';

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

export function unshownDetails(declaration: Declaration): DocumentDetail[] {
  const lines = [declaration.title, ...declaration.blocks.filter((b) => b.kind === 'title' || b.kind === 'meta').map((b) => b.text)].map(squeeze);
  return (declaration.details ?? []).filter((d) => !lines.some((line) => line.includes(squeeze(d.value))));
}
