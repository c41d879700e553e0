/**
 * Markdown export and import. Export writes what renders well and still reads as the source:
 * "#" for the title and headings, numbers exactly as written (never a list pandoc or GitHub would
 * renumber), footnotes numbered as the source numbers them, hard line breaks in the signature. Import turns Markdown back into the plain
 * declaration text the text reader segments, so a .md file joins the library like a .txt.
 */
import type { Block, Declaration } from '../model';
import { readDeclarationText, type ReadResult, type ReadSource } from '../text/read';
import { visibleNumber } from './bullets';
import { piecesAtCalls, placeNotes, shownMark, type NotePlaces } from './note-places';

/** Backslash-escapes what Markdown would otherwise read as syntax. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/**
 * Escapes a line start that Markdown would read as a heading, quote, list or rule. Ordered list
 * markers of every kind pandoc knows ("4.", "(a)", "b)", "iv.", "II.") are escaped at their
 * closing mark, so a number stays exactly as written: pandoc and GitHub would renumber a list
 * (1, 2, 4 shown as 1, 2, 3) and merge "(a) (b) (i) (ii) (c)" into one lettered list.
 */
function escapeLineStart(line: string): string {
  const listMarker = /^(\(?)(\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+|#)([.)])(?=\s|$)/.exec(line);
  if (listMarker) return `${listMarker[1]}${listMarker[2]}\\${listMarker[3]}${line.slice(listMarker[0].length)}`;
  return line.replace(/^(#|>|[-+](?=\s)|@)/, '\\$1');
}

/** The footnote label a marker is written with: "*" stays "*", "[1]" becomes "1". */
function labelOf(marker: string): string {
  return marker.replace(/^[[(](.*)[\])]$/, '$1').replace(/\s+/g, '-') || '*';
}

/**
 * How the notes are written. Markdown footnotes are numbered 1, 2, 3 by pandoc and GitHub
 * whatever their labels, so they serve only notes marked "[1]", "[2]"... in the order they are
 * cited; any other mark ("*", a gap, a note without its reference) is written as the source shows
 * it: a superscript call and the note as a paragraph after the text, starting with its mark.
 */
function notesAsFootnotes(places: NotePlaces): boolean {
  return !places.uncited.length && places.order.every((n, i) => n.marker === `[${i + 1}]`);
}

function inlineWithNotes(block: Block, places: NotePlaces, footnotes: boolean): string {
  return piecesAtCalls(block.text, places.calls.get(block.id) ?? [])
    .map(({ start, end, call }) => {
      const text = escapeInline(block.text.slice(start, end));
      if (!call) return text;
      const marker = call.note.marker ?? '*';
      return footnotes ? `${text}[^${labelOf(marker)}]` : `${text}<sup>${escapeInline(shownMark(marker))}</sup>`;
    })
    .join('');
}

/** The declaration as Markdown. */
export function declarationToMarkdown(decl: Declaration): string {
  const places = placeNotes(decl.blocks);
  const footnotes = notesAsFootnotes(places);
  const parts: string[] = [];
  for (const block of decl.blocks) {
    const text = inlineWithNotes(block, places, footnotes);
    const number = block.number ? `${escapeInline(visibleNumber(block.number.raw))}${block.number.glued ? '' : ' '}` : '';
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
        parts.push(escapeLineStart(`${number}${text}`));
    }
  }
  const notes = decl.blocks.filter((b) => b.kind === 'footnote');
  for (const note of notes) {
    const marker = note.marker ?? '*';
    parts.push(footnotes ? `[^${labelOf(marker)}]: ${escapeInline(note.text)}` : `${escapeInline(marker)} ${escapeInline(note.text)}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** The marker a footnote label stands for: stars and daggers as they are, others in brackets. */
function markerOf(label: string): string {
  return /^[*†‡§]+$/.test(label) ? label : `[${label}]`;
}

/** Removes Markdown inline syntax, keeping the text a reader sees. */
function plainInline(line: string): string {
  return line
    // pandoc's own Markdown marks raw HTML ("`<sup>`{=html}") and GitHub's bare addresses ("<https://...>").
    .replace(/`(<\/?[a-z]+>)`\{=html\}/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[\^([^\]\s]+)\]/g, (_, label: string) => markerOf(label))
    .replace(/(?<!\\)\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(?<![\\\w])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?!\w)/g, '$2')
    .replace(/(?<![\\\w*])([*_])(?=[^\s*])(.+?)(?<=[^\s\\])\1(?![\w*])/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1') // any escaped ASCII punctuation, as CommonMark allows
    // A footnote call Concord wrote as the source's mark ("<sup>\\*</sup>", "<sup>4</sup>"), once unescaped.
    .replace(/<sup>([*†‡]{1,3}|\d{1,3})<\/sup>/g, (_, mark: string) => markerOf(mark));
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
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(rawLine);
    if (heading) {
      flush();
      paragraphs.push(plainInline(heading[1] ?? ''));
      continue;
    }
    const hardBreak = /(\\| {2,})$/.test(rawLine);
    const line = plainInline(rawLine.replace(/^\s*>\s?/, '').replace(/(\\| {2,})$/, '').trim());
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
