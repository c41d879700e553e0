/**
 * Markdown export and import. Export writes what renders well and still reads as the source:
 * "#" for the title and headings, numbers exactly as written (never a list pandoc or GitHub would
 * renumber), footnotes numbered as the source numbers them, hard line breaks in the signature.
 * Import is the text reader's own: it reads Markdown wherever it finds it, so a .md file joins the
 * library like a .txt, emphasis kept.
 */
import type { Block, Declaration } from '../model';
import { readDeclarationText, type ReadResult, type ReadSource } from '../text/read';
import { visibleNumber } from './bullets';
import { inlineRuns, safeHref } from './inline-runs';
import { piecesAtCalls, placeNotes, type NotePlaces } from './note-places';

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

/** A stretch of a block's text with its emphasis: *italic*, **bold**, [text](address) for web and mail addresses; spaces stay outside the marks. */
function markedMarkdown(block: Pick<Block, 'text' | 'marks'>, start: number, end: number): string {
  return inlineRuns(block.text, block.marks, start, end)
    .map((run) => {
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
      if (!core) return escapeInline(run.text);
      // A line break the source made stays a hard break.
      let md = escapeInline(core).replace(/\n/g, '\\\n');
      if (run.italic) md = `*${md}*`;
      if (run.bold) md = `**${md}**`;
      const href = safeHref(run.href);
      if (href) md = `[${md}](${href.replace(/[()\s]/g, encodeURIComponent)})`;
      return `${lead}${md}${trail}`;
    })
    .join('');
}

function inlineWithNotes(block: Block, places: NotePlaces, footnotes: boolean): string {
  return piecesAtCalls(block.text, places.calls.get(block.id) ?? [])
    .map(({ start, end, call }) => {
      const text = markedMarkdown(block, start, end);
      if (!call) return text;
      const marker = call.note.marker ?? '*';
      return footnotes ? `${text}[^${labelOf(marker)}]` : `${text}<sup>${escapeInline(marker)}</sup>`;
    })
    .join('');
}

/** YAML front matter with what the text does not say itself: title, date, symbol, source address. */
function frontMatter(decl: Declaration): string {
  const detail = (name: string) => decl.details?.find((d) => d.name === name)?.value;
  const fields: [string, string | undefined][] = [
    ['title', decl.title],
    ['date', decl.date],
    ['symbol', detail('Symbol')],
    ['source_url', detail('Source')],
  ];
  const lines = fields.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '').map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---`;
}

/**
 * How far a sub-item's line is indented, so that the reader finds its depth again. A sub-item
 * numbered like a paragraph ("1." under "1.", as negotiation drafts number the items of an
 * Article's paragraph) shows its depth only by its indent, as the source wrote it; so does a
 * bullet under a paragraph that does not end with ":". The indent is made of no-break spaces,
 * four a level: pandoc and GitHub drop leading spaces when they rewrite a paragraph (and four
 * would make a code block) but keep no-break spaces, show them as an indent, and Concord reads
 * them as one. A bullet that stays a Markdown list item takes two plain spaces.
 */
function subitemIndent(block: Block, listItem: boolean): string {
  const style = block.number?.style;
  if (block.kind !== 'subitem' || block.level < 2 || !(style === 'decimal' || style === 'multilevel' || style === 'bullet')) return '';
  return listItem ? '  ' : '\u00a0'.repeat(4 * (block.level - 1));
}

/**
 * Whether a bullet is written as a Markdown list item: down to depth 2, where its place says it
 * is a sub-item (after a sub-item or a paragraph ending with ":", as the reader takes it) or it
 * is no sub-item. Elsewhere a rewriting tool would make it a list of the top level, so it is a
 * line of text indented as deep as it stands.
 */
function asListItem(block: Block, before: Block | undefined): boolean {
  if (block.number?.style !== 'bullet') return false;
  if (block.kind !== 'subitem') return true;
  return block.level <= 2 && before !== undefined && (before.kind === 'subitem' || before.text.trimEnd().endsWith(':'));
}

/** The declaration as Markdown. */
export function declarationToMarkdown(decl: Declaration): string {
  const places = placeNotes(decl.blocks);
  const footnotes = notesAsFootnotes(places);
  const parts: string[] = [frontMatter(decl)];
  // The block the reader will find before this one: notes are written after the text.
  let previous: Block | undefined;
  for (const block of decl.blocks) {
    const before = previous;
    if (block.kind !== 'footnote') previous = block;
    const text = inlineWithNotes(block, places, footnotes);
    // A note called right at the start of the text stands after the number, glued as the source has it ("3.x[^4] Notwithstanding").
    const firstCall = places.calls.get(block.id)?.[0];
    const glued = block.number?.glued === true || (firstCall !== undefined && firstCall.start === 0 && firstCall.end > 0);
    const number = block.number ? `${escapeInline(visibleNumber(block.number.raw))}${glued ? '' : ' '}` : '';
    switch (block.kind) {
      case 'title':
        parts.push(`# ${text}`);
        break;
      case 'heading':
        parts.push(`${'#'.repeat(Math.min(6, block.level + 1))} ${number}${text}`);
        break;
      case 'meta':
        parts.push(escapeLineStart(text));
        break;
      case 'parties':
        parts.push((block.parties.length ? block.parties : block.text.split('\n')).map((p) => `- ${escapeInline(p)}`).join('\n'));
        break;
      case 'signature':
        parts.push(text.split('\\\n').map(escapeLineStart).join('\\\n'));
        break;
      case 'footnote':
        break;
      default:
        // A bullet down to depth 2 stays a Markdown list item; deeper, and any other number, is text as written.
        if (asListItem(block, before)) parts.push(`${subitemIndent(block, true)}- ${text}`);
        else parts.push(`${subitemIndent(block, false)}${escapeLineStart(`${number}${text}`)}`);
    }
  }
  const notes = decl.blocks.filter((b) => b.kind === 'footnote');
  for (const note of notes) {
    const marker = note.marker ?? '*';
    const text = markedMarkdown(note, 0, note.text.length);
    parts.push(footnotes ? `[^${labelOf(marker)}]: ${text}` : `<sup>${escapeInline(marker)}</sup> ${text}`);
  }
  return `${parts.join('\n\n')}\n`;
}

/** Reads a Markdown file into a Declaration: the text reader reads Markdown itself, emphasis and links kept. */
export function readMarkdown(markdown: string, source: ReadSource): ReadResult {
  return readDeclarationText(markdown, { ...source, markdown: true });
}
