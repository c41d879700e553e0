/**
 * Step 3 of reading: remove what a web page wrapped around the declaration (navigation,
 * breadcrumbs, "top of page", share and print buttons, cookie notices, font widgets, bylines),
 * what a converter left (front matter, Markdown comments and rules, kramdown attributes), what a
 * PDF page carries (a UN document's running headers and footers) and stray control codes. Only
 * whole lines of debris go, and only when the whole line is debris; each removal is reported with
 * its text, so the user can see that nothing of the declaration was dropped. Footnotes printed at
 * the foot of a PDF page are moved after the text, where the reader looks for footnotes, and the
 * move is reported with the place they now stand.
 */
import type { Removal } from '../model';
import type { UnDocument } from './genre';
import { trimmedEnd, trimmedStart } from './spaces';

/** Cleaned text and the list of what was removed, with spans into the text before cleaning. */
export interface Cleaned {
  text: string;
  removals: Removal[];
  /** Addresses of Markdown reference links ("[source]: http://..."), by lower-cased label; absent when none. */
  links?: Map<string, string>;
}

/** What the reader knows about the text before cleaning it. */
export interface CleanContext {
  /** Length of the front matter at the start of the text, 0 when there is none. */
  frontMatterEnd?: number;
  markdown?: boolean;
  /** Set when the text is a UN document extracted from its PDF. */
  un?: UnDocument;
}

/** A kind of debris line: the test a trimmed line must pass, and the reason shown in the report. */
interface DebrisRule {
  test: (line: string) => boolean;
  reason: string;
}

const SHARE_WORD = String.raw`(?:print|share|e-?mail|tweet|facebook|twitter|linkedin|whatsapp|weibo|wechat|copy link|download|pdf|bookmark|close)(?: this(?: page| article)?)?`;
const SHARE_BAR = new RegExp(String.raw`^(?:[\[(]?${SHARE_WORD}[\])]?[\s|·•/,:-]*)+$`, 'i');

const RULES: DebrisRule[] = [
  { reason: 'page navigation', test: (l) => /^(?:↑\s*)?(?:(?:top|bottom) of (?:the )?page|(?:back|return|go) to (?:the )?top)$/i.test(l) },
  { reason: 'breadcrumb', test: (l) => /^(?:home|homepage|main page)\s*(?:>|»|›|\/|\|)\s*\S/i.test(l) || /^you are here\s*:/i.test(l) },
  { reason: 'share and print buttons', test: (l) => SHARE_BAR.test(l) || /^font size\b/i.test(l) },
  {
    reason: 'site navigation',
    test: (l) =>
      /^(?:skip to (?:main )?content|skip navigation|(?:main )?menu|search|log ?in|sign in|subscribe|read more|more news|related (?:articles|news|links)|(?:next|previous) (?:article|page))$/i.test(l),
  },
  { reason: 'cookie notice', test: (l) => /\bcookies?\b/i.test(l) && /\b(?:accept|consent|use|policy|settings|agree|continue|browsing)\b/i.test(l) },
  { reason: 'copyright notice', test: (l) => /^(?:©|copyright\b)/i.test(l) || /all rights reserved\.?$/i.test(l) },
  { reason: 'page number', test: (l) => /^page \d+ (?:of|\/) \d+$/i.test(l) },
  { reason: 'font size buttons', test: (l) => /^(?:(?:font)?(?:larger|smaller|reset|[aA][+-])\b\s*)+$/i.test(l) && /font|[aA][+-]/.test(l) },
  { reason: 'byline', test: (l) => /^(?:published|posted|updated|released) by\s*:/i.test(l) || /^(?:source|editor|author)\s*:[^|]{1,80}\|/i.test(l) },
  // "***" alone closes a bold italic line in converted pages; rules of stars are longer.
  { reason: 'separator line', test: (l) => /^[-–—=_*~·•](?:\s*[-–—=_*~·•]){2,}$/.test(l) && !/^\*{1,3}$/.test(l) },
];

/** Lines a Markdown converter leaves that are not text. */
const MARKDOWN_RULES: DebrisRule[] = [
  { reason: 'Markdown comment', test: (l) => /^<!--.*-->$/.test(l) },
  { reason: 'empty heading mark', test: (l) => /^\\?#{1,6}$/.test(l) },
  { reason: 'Markdown attribute list', test: (l) => /^\{:[^}]*\}$/.test(l) },
  { reason: 'table of contents marker', test: (l) => /^[*-] TOC$|^\[TOC\]$/i.test(l) },
  { reason: 'link address (kept on its link)', test: (l) => LINK_DEFINITION.test(l) },
];

/** "[source]: http://..." — a reference link's address, outside the text. */
const LINK_DEFINITION = /^\[([^\]^][^\]]*)\]:\s+<?(\S+?)>?(?:\s+["'(].*["')])?$/;

/** Lines of a UN document's PDF pages that are furniture: symbol, job number, barcode, page counter. */
function unFurniture(line: string, un: UnDocument, afterTitle: boolean): string | undefined {
  if (un.symbol && line === un.symbol) return 'page header: document symbol';
  // Job numbers, barcodes and page counters start with a digit or "*"; most lines do not.
  const first = line.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 42) {
    if (/^\d{2}-\d{5}(?:\s*\([A-Z]\))?$/.test(line)) return 'page footer: job number';
    if (/^\*\d{7}\*$/.test(line)) return 'page footer: barcode';
    if (/^\d{1,3}\/\d{1,3}$/.test(line)) return 'page counter';
  }
  if (afterTitle && un.shortTitle && isTitlePiece(line, un.shortTitle)) return 'running page header: short title';
  return undefined;
}

/** Debris lines are short; anything longer is treated as content without testing. */
const MAX_DEBRIS_LENGTH = 300;

/**
 * Control codes that are never text (tab, line feed, form feed and carriage return are kept), and
 * the non-characters and unpaired surrogates no XML file (Word, Akoma Ntoso) may carry.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]+|[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Any character the pattern above may start at: one class, which the regex engine scans several times faster. */
const CONTROL_START = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** The next control code (as CONTROL finds it) at or after `from`. */
function nextControl(text: string, from: number): RegExpExecArray | null {
  const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
  const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  CONTROL_START.lastIndex = from;
  for (let start = CONTROL_START.exec(text); start; start = CONTROL_START.exec(text)) {
    const at = start.index;
    const code = text.charCodeAt(at);
    // A well-formed surrogate pair is a candidate but no control code.
    if (isHigh(code) && isLow(text.charCodeAt(at + 1))) CONTROL_START.lastIndex = at + 2;
    else if (!(isLow(code) && isHigh(text.charCodeAt(at - 1)))) {
      CONTROL.lastIndex = at;
      return CONTROL.exec(text);
    }
  }
  return null;
}
const controlReason = (found: string) => (found.charCodeAt(0) <= 0x9f ? 'control character' : 'character XML does not allow');

/** The running title, or the first or last line of it where the page header wraps it. */
function isTitlePiece(line: string, title: string): boolean {
  if (line.length < 8 || line.length > title.length || /[.,;:]$/.test(line)) return false;
  // The title's first or last words, a space away from the rest: compared in place, without building strings.
  const first = line.length >= 12 && title.startsWith(line) && title[line.length] === ' ';
  return line === title || first || (title.endsWith(line) && title[title.length - line.length - 1] === ' ');
}

/**
 * What every debris rule needs, tested in one pattern: nearly all rules look at how the line
 * starts, so most lines of a declaration fail at their first word and never run the list.
 */
const MAYBE_DEBRIS = /^(?:[↑[(©<\\#{*~·•=_–—-]|(?:top|bottom|back|return|go|skip|read|more|related|next|previous|page|sign|you) |home|main |menu|search|log|subscribe|print|share|e-?mail|tweet|facebook|twitter|linkedin|whatsapp|weibo|wechat|copy link|download|pdf|bookmark|close|font|larger|smaller|reset|a[+-]|copyright|published|posted|updated|released|source|editor|author)|cookie|all rights reserved\.?$/i;

/** Why a line is debris, or undefined when it is content. */
export function debrisReason(line: string, markdown = false): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_DEBRIS_LENGTH || !MAYBE_DEBRIS.test(trimmed)) return undefined;
  return (RULES.find((rule) => rule.test(trimmed)) ?? (markdown ? MARKDOWN_RULES.find((rule) => rule.test(trimmed)) : undefined))?.reason;
}

/** A line starting a footnote at the foot of a UN page: "1 Resolution 79/233, annex." */
const BARE_NOTE = /^\d{1,3}\s+\S/;

/** Removes debris lines and control codes, reporting every removed character. */
export function cleanText(text: string, context: CleanContext = {}): Cleaned {
  const removals: Removal[] = [];
  const links = new Map<string, string>();
  const parts: string[] = [];
  const moved: Removal[] = [];
  let kept = 0;
  const drop = (start: number, end: number, reason: string): Removal => {
    parts.push(text.slice(kept, start));
    const removal: Removal = { span: { start, end }, text: text.slice(start, end), reason };
    removals.push(removal);
    kept = end;
    return removal;
  };
  const markdown = context.markdown ?? false;
  const un = context.un;
  let start = 0;
  if (context.frontMatterEnd) {
    drop(0, context.frontMatterEnd, 'front matter (read as the document details)');
    start = context.frontMatterEnd;
  }
  let afterTitle = false;
  let insertAt: number | undefined;
  // Control codes never span a line break, so one pass over them runs alongside the lines.
  let control = nextControl(text, start);
  const lineEnd = (at: number) => {
    const newline = text.indexOf('\n', at);
    return newline < 0 ? text.length : newline + 1;
  };
  while (start < text.length) {
    const end = lineEnd(start);
    const from = trimmedStart(text, start, end);
    const line = text.slice(from, trimmedEnd(text, from, end));
    let reason = debrisReason(line, markdown);
    if (un && !reason) {
      if (!afterTitle && un.shortTitle && /^\d{2,3}\/\d{1,4}\.\s/.test(line)) afterTitle = true;
      reason = unFurniture(line, un, afterTitle);
    }
    // A rule under a UN page's text, with notes under it: the notes move after the text, with
    // the line break before them so they start on a line of their own wherever they land.
    const notesEnd = un && reason === 'separator line' && /_/.test(line) ? pageFootNotes(text, end, un, afterTitle) : end;
    const ruleEnd = notesEnd > end && text[end - 1] === '\n' ? end - 1 : end;
    if (reason) {
      const definition = reason.startsWith('link address') ? LINK_DEFINITION.exec(line) : null;
      if (definition) links.set((definition[1] ?? '').toLowerCase(), definition[2] ?? '');
      drop(start, ruleEnd, reason);
    }
    for (; control && control.index < end; control = nextControl(text, control.index + control[0].length)) {
      if (!reason) drop(control.index, control.index + control[0].length, controlReason(control[0]));
    }
    start = end;
    if (notesEnd > end) {
      if (text.slice(notesEnd).trim() === '') {
        // The last page's notes stay where they are, and the others are put before them.
        insertAt = parts.reduce((n, p) => n + p.length, 0) + (ruleEnd - kept);
      } else {
        moved.push(drop(ruleEnd, notesEnd, 'footnotes at the foot of a PDF page, moved after the text'));
        start = notesEnd;
        while (control && control.index < start) control = nextControl(text, control.index + control[0].length);
      }
    }
  }
  if (removals.length === 0) return { text, removals };
  parts.push(text.slice(kept));
  const cleaned = (moved.length > 0 ? withMoved(parts, moved, insertAt) : parts).join('');
  return links.size > 0 ? { text: cleaned, removals, links } : { text: cleaned, removals };
}

/**
 * The kept parts with the moved notes put at `insertAt` (offset in the cleaned text; at the end
 * when undefined), noting where each now stands: one join then builds the text, where splicing
 * each note into the joined text copied the megabyte again for every note.
 */
function withMoved(parts: string[], moved: Removal[], insertAt: number | undefined): string[] {
  let at = insertAt ?? parts.reduce((n, p) => n + p.length, 0);
  let i = 0;
  let offset = 0;
  for (; i < parts.length - 1 && offset + (parts[i] as string).length < at; i++) offset += (parts[i] as string).length;
  const part = parts[i] ?? '';
  const split = at - offset;
  const notes = moved.map((removal) => {
    removal.movedTo = at;
    at += removal.text.length;
    return removal.text;
  });
  return [...parts.slice(0, i), part.slice(0, split), ...notes, part.slice(split), ...parts.slice(i + 1)];
}

/** End of the footnotes printed under a page's rule that starts at `from` (blank lines, then "1 ..."), or `from`. */
function pageFootNotes(text: string, from: number, un: UnDocument, afterTitle: boolean): number {
  let at = from;
  let end = from;
  let notes = false;
  while (at < text.length) {
    const next = text.indexOf('\n', at);
    const stop = next < 0 ? text.length : next + 1;
    const line = text.slice(at, stop).trim();
    if (line !== '') {
      if (unFurniture(line, un, afterTitle)) break;
      if (!notes && !BARE_NOTE.test(line)) return from;
      notes = true;
      end = stop;
    }
    at = stop;
  }
  return notes ? end : from;
}
