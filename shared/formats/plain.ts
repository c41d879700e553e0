/**
 * Plain-text export: the declaration as a person would type it, one block per paragraph with a
 * blank line between, numbers and footnote markers as written, footnotes at the end.
 */
import type { Declaration } from '../model';
import { blockLine } from './block-line';

/** The declaration as plain text, ending with a newline; reading it back gives the same blocks. */
export function declarationToText(decl: Declaration): string {
  const body = decl.blocks.filter((b) => b.kind !== 'footnote');
  const notes = decl.blocks.filter((b) => b.kind === 'footnote');
  return `${[...body, ...notes].map(blockLine).join('\n\n')}\n`;
}
