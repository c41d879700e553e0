/**
 * Markdown export and import. Export writes what renders well and still reads as the source:
 * "#" for the title and headings, numbers as written, GitHub-style footnotes ("[^*]") for the
 * source's markers, hard line breaks in the signature. Import is the text reader's own: it reads
 * Markdown wherever it finds it, so a .md file joins the library like a .txt, emphasis kept.
 */
import type { Block, Declaration } from '../model';
import { readDeclarationText, type ReadResult, type ReadSource } from '../text/read';
import { splitAtMarkers } from './footnote-marker';

/** Backslash-escapes what Markdown would otherwise read as syntax. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/** Escapes a line start that Markdown would read as a heading, quote, list or rule. */
function escapeLineStart(line: string): string {
  return line.replace(/^(#|>|[-+](?=\s)|\d+(?=[.)]\s))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** The footnote label a marker is written with: "*" stays "*", "[1]" becomes "1". */
function labelOf(marker: string): string {
  return marker.replace(/^[[(](.*)[\])]$/, '$1').replace(/\s+/g, '-') || '*';
}

function inlineWithNotes(block: Block, notes: Block[]): string {
  const markers = notes.filter((n) => n.anchorBlockId === block.id && n.marker).map((n) => n.marker ?? '');
  const cited = markers.length ? markers : block.cites;
  const { pieces, found, missing } = splitAtMarkers(block.text, cited);
  let out = '';
  pieces.forEach((piece, i) => {
    out += escapeInline(piece);
    const marker = found[i];
    if (marker !== undefined) out += `[^${labelOf(marker)}]`;
  });
  return out + missing.map((m) => `[^${labelOf(m)}]`).join('');
}

/** The declaration as Markdown. */
export function declarationToMarkdown(decl: Declaration): string {
  const notes = decl.blocks.filter((b) => b.kind === 'footnote');
  const parts: string[] = [];
  for (const block of decl.blocks) {
    const text = inlineWithNotes(block, notes);
    const number = block.number ? `${escapeInline(block.number.raw)}${block.number.glued ? '' : ' '}` : '';
    switch (block.kind) {
      case 'title':
        parts.push(`# ${text}`);
        break;
      case 'heading':
        parts.push(`${'#'.repeat(Math.min(6, block.level + 1))} ${number}${text}`);
        break;
      case 'meta':
        parts.push(`*${text}*`);
        break;
      case 'parties':
        parts.push((block.parties.length ? block.parties : block.text.split('\n')).map((p) => `- ${escapeInline(p)}`).join('\n'));
        break;
      case 'signature':
        parts.push(text.split('\n').map(escapeLineStart).join('\\\n'));
        break;
      case 'footnote':
        break;
      default:
        parts.push(number ? `${number}${text}` : escapeLineStart(text));
    }
  }
  for (const note of notes) parts.push(`[^${labelOf(note.marker ?? '*')}]: ${escapeInline(note.text)}`);
  return `${parts.join('\n\n')}\n`;
}

/** Reads a Markdown file into a Declaration: the text reader reads Markdown itself, emphasis and links kept. */
export function readMarkdown(markdown: string, source: ReadSource): ReadResult {
  return readDeclarationText(markdown, { ...source, markdown: true });
}
