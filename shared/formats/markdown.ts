/**
 * Markdown export and import. Export writes what renders well and still reads as the source:
 * "#" for the title and headings, numbers as written, GitHub-style footnotes ("[^*]") for the
 * source's markers, hard line breaks in the signature. Import turns Markdown back into the plain
 * declaration text the text reader segments, so a .md file joins the library like a .txt.
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

/** The marker a footnote label stands for: stars and daggers as they are, others in brackets. */
function markerOf(label: string): string {
  return /^[*†‡§]+$/.test(label) ? label : `[${label}]`;
}

/**
 * Removes Markdown inline syntax, keeping the text a reader sees. Every pattern is linear in the
 * line: no class may run over the bracket that would start the next try, and emphasis spans are
 * bounded, so a line of 200 KB of "[" or unclosed "**" reads in milliseconds, not minutes.
 */
function plainInline(line: string): string {
  return line
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, '')
    .replace(/\[\^([^[\]\s]+)\]/g, (_, label: string) => markerOf(label))
    .replace(/(?<!\\)\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/(?<![\\\w])(\*\*|__)(?=\S)(.{1,2000}?)(?<=\S)\1(?!\w)/g, '$2')
    .replace(/(?<![\\\w*])([*_])(?=[^\s*])(.{1,2000}?)(?<=[^\s\\])\1(?![\w*])/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1');
}

/** The text of an ATX heading line ("## Title ##"), or undefined; by hand, since a pattern for it backtracks on long runs of spaces. */
function headingText(line: string): string | undefined {
  const open = /^ {0,3}#{1,6}(?=\s)/.exec(line);
  if (!open) return undefined;
  let text = line.slice(open[0].length).trim();
  const closing = /(?:^|\s)#+$/.exec(text.slice(-64)); // a closing run of "#" after a space
  if (closing) text = text.slice(0, text.length - closing[0].length).trimEnd();
  return text;
}

/**
 * Markdown as plain declaration text: headings and emphasis unmarked, footnote references back
 * to their markers, footnote definitions as "* text" lines at the end, paragraphs one per line.
 */
export function markdownToText(markdown: string): string {
  const paragraphs: string[] = [];
  const notes: string[] = [];
  let current: string[] = [];
  let fence = false;
  const flush = () => {
    if (current.length) paragraphs.push(current.join(''));
    current = [];
  };
  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      fence = !fence;
      continue;
    }
    if (fence) {
      current.push(current.length ? `\n${rawLine}` : rawLine);
      continue;
    }
    const note = /^\[\^([^\]\s]+)\]:\s*(.*)$/.exec(rawLine);
    if (note) {
      flush();
      notes.push(`${markerOf(note[1] ?? '*')} ${plainInline(note[2] ?? '')}`);
      continue;
    }
    if (!rawLine.trim() || /^\s*([-*_])(\s*\1){2,}\s*$/.test(rawLine)) {
      flush();
      continue;
    }
    const heading = headingText(rawLine);
    if (heading !== undefined) {
      flush();
      paragraphs.push(plainInline(heading));
      continue;
    }
    const hardBreak = rawLine.endsWith('\\') || rawLine.endsWith('  ');
    const line = plainInline(rawLine.replace(/^\s*>\s?/, '').trim().replace(/\\$/, '').trim());
    const listItem = /^[-+*]\s/.test(rawLine.trim());
    if (current.length && listItem) current.push(`\n${line}`);
    else if (current.length) current.push(/\n$/.test(current[current.length - 1] ?? '') ? line : ` ${line}`);
    else current.push(line);
    if (hardBreak) current.push('\n');
  }
  flush();
  return `${[...paragraphs, ...notes].map((p) => p.trim()).join('\n\n')}\n`;
}

/** Reads a Markdown file into a Declaration, through the same reader as plain text. */
export function readMarkdown(markdown: string, source: ReadSource): ReadResult {
  return readDeclarationText(markdownToText(markdown), source);
}
