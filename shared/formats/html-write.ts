/**
 * A declaration as a self-contained, printable HTML page: the document's own typography (one
 * serif family for text, notes and page numbers, on A4 or Letter), numbers as written hanging in
 * the margin band, sub-items nested by depth, headings kept with what follows, the parties as
 * the source set them. All text is escaped; the page holds no script.
 *
 * Two forms: the HTML export shows footnote calls as superscript links to the notes after the
 * text; the page the PDF export prints (`paged`) writes each note where it is cited, floated to
 * the foot of its page by a CSS paged-media engine (Paged.js, run by the PDF renderer), which
 * also draws the page numbers.
 */
import type { Block, Declaration } from '../model';
import { visibleNumber } from './bullets';
import { writeRuns, type RunMarkup } from './inline-runs';
import { piecesAtCalls, placeNotes, shownMark, type NotePlaces } from './note-places';
import { escapeXml as escape } from './xml';

export interface HtmlWriteOptions {
  paper?: 'a4' | 'letter';
  /** The page the PDF export prints: notes at the foot of their page, page numbers in the footer. */
  paged?: boolean;
}

const FONT = "'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif";

/** A CSS string literal. */
const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, ' ')}"`;

/** HTML's way of writing emphasis and links. */
const HTML_MARKUP: RunMarkup = {
  text: (t) => escape(t).replace(/\n/g, '<br>'),
  italic: (inner) => `<em>${inner}</em>`,
  bold: (inner) => `<strong>${inner}</strong>`,
  link: (inner, href) => `<a href="${escape(href)}">${inner}</a>`,
};

/** A stretch of a block's text with its emphasis: <em>, <strong>, links to web and mail addresses. */
const markedHtml = (block: Pick<Block, 'text' | 'marks'>, start: number, end: number) => writeRuns(block, start, end, HTML_MARKUP);

/** The text of a block with its note calls: links (screen) or the notes themselves (paged). */
function inline(block: Block, places: NotePlaces, noteIndex: Map<string, number>, paged: boolean): string {
  return piecesAtCalls(block.text, places.calls.get(block.id) ?? [])
    .map(({ start, end, call }) => {
      const text = markedHtml(block, start, end);
      if (!call) return text;
      const n = noteIndex.get(call.note.id) ?? 0;
      const mark = escape(shownMark(call.note.marker ?? '*'));
      return paged
        ? `${text}<span class="footnote n${n}">${markedHtml(call.note, 0, call.note.text.length)}</span>`
        : `${text}<sup class="call"><a href="#note-${n}" id="call-${n}">${mark}</a></sup>`;
    })
    .join('');
}

/** One body block as HTML. */
function blockHtml(b: Block, body: string): string {
  if (b.kind === 'parties') {
    const lines = b.text.split('\n').filter((l) => l.trim());
    // A list where the source had one name a line, a sentence where it wrote one.
    if (lines.length < 2 && b.parties.length > 1) return `<p class="parties">${body}</p>`;
    return `<ul class="parties">${(lines.length ? lines : b.parties).map((p) => `<li>${escape(p)}</li>`).join('')}</ul>`;
  }
  const tag = b.kind === 'title' ? 'h1' : b.kind === 'heading' ? `h${Math.min(6, b.level + 1)}` : 'p';
  const level = b.kind === 'subitem' ? ` level-${Math.min(4, Math.max(1, b.level))}` : '';
  if (!b.number) return `<${tag} class="${b.kind}${level}">${body}</${tag}>`;
  const num = `<span class="num">${escape(visibleNumber(b.number.raw))}</span>`;
  // Headings keep their number in the line ("Article 2"), body parts hang it in the margin band.
  if (b.kind === 'heading' || b.kind === 'title') return `<${tag} class="${b.kind}">${num} ${body}</${tag}>`;
  return `<${tag} class="${b.kind}${level} numbered">${num}${body}</${tag}>`;
}

/** The notes after the text (HTML export), or the rules that give each floated note its source mark (paged). */
function notesPart(places: NotePlaces, noteIndex: Map<string, number>, paged: boolean): { html: string; css: string } {
  const cited = places.order.map((note) => ({ note, n: noteIndex.get(note.id) ?? 0 }));
  const uncited = places.uncited.map((note) => `<p class="note"><span class="mark">${escape(note.marker ?? '*')}</span> ${escape(note.text)}</p>`);
  if (paged) {
    const css = cited
      .map(({ note, n }) => {
        const mark = cssString(shownMark(note.marker ?? '*'));
        return `[data-footnote-call].n${n}::after { content: ${mark}; }\n[data-footnote-marker].n${n}::marker { content: ${mark} "\\2002"; }`;
      })
      .join('\n');
    return { html: uncited.length ? `<div class="notes">\n${uncited.join('\n')}\n</div>` : '', css };
  }
  const listed = cited.map(({ note, n }) => `<p class="note" id="note-${n}"><a class="mark" href="#call-${n}">${escape(shownMark(note.marker ?? '*'))}</a> ${escape(note.text)}</p>`);
  const all = [...listed, ...uncited];
  return { html: all.length ? `<div class="notes">\n${all.join('\n')}\n</div>` : '', css: '' };
}

/** The whole page. */
export function declarationToHtml(decl: Declaration, opts: HtmlWriteOptions = {}): string {
  const paged = opts.paged ?? false;
  const places = placeNotes(decl.blocks);
  const noteIndex = new Map(places.order.map((n, i) => [n.id, i + 1]));
  const body = decl.blocks
    .filter((b) => b.kind !== 'footnote')
    .map((b) => blockHtml(b, inline(b, places, noteIndex, paged)))
    .join('\n');
  const notes = notesPart(places, noteIndex, paged);
  const size = opts.paper === 'letter' ? 'Letter' : 'A4';
  const pageRules = paged
    ? `@page { size: ${size}; margin: 25mm 25mm 22mm; @bottom-center { content: counter(page) " / " counter(pages); font-family: ${FONT}; font-size: 9pt; } @footnote { border-top: 0.5pt solid #000; padding-top: 4pt; } }
.footnote { float: footnote; font-size: 10pt; line-height: 1.3; text-align: left; text-indent: 0; font-weight: normal; font-style: normal; }
[data-footnote-marker] { list-style-position: outside; margin-left: 5mm; }
/* Raised by position, not by the font's superscript feature: Liberation and Times lack it. */
[data-footnote-call]::after { vertical-align: super; font-size: 65%; line-height: 0; font-variant-position: normal; }
${notes.css}`
    : `@page { size: ${size}; margin: 25mm 25mm 22mm; }
sup.call { line-height: 0; } sup.call a { color: inherit; text-decoration: none; }`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(decl.title)}</title>
<style>
${pageRules}
body { font-family: ${FONT}; font-size: 12pt; line-height: 1.45; color: #000; max-width: 170mm; margin: 0 auto; }
h1, h2, h3, h4, h5, h6 { font-size: 12pt; font-weight: bold; margin: 16pt 0 6pt; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 14pt; }
h4, h5, h6 { font-style: italic; }
p { margin: 0 0 8pt; text-align: justify; orphans: 2; widows: 2; }
p.meta { text-align: center; font-style: italic; break-after: avoid; }
p.numbered { padding-left: 12mm; text-indent: -12mm; }
p.numbered > .num { display: inline-block; min-width: 12mm; text-indent: 0; padding-right: 2mm; box-sizing: border-box; }
p.subitem.level-1 { margin-left: 12mm; } p.subitem.level-2 { margin-left: 24mm; } p.subitem.level-3 { margin-left: 36mm; } p.subitem.level-4 { margin-left: 48mm; }
p.signature { text-align: right; margin-top: 18pt; break-inside: avoid; }
.num { font-weight: inherit; }
ul.parties { list-style: none; margin: 8pt 0; padding-left: 12mm; }
.notes { border-top: 0.5pt solid #000; margin-top: 18pt; padding-top: 6pt; font-size: 10pt; }
.notes p { text-align: left; }
</style></head>
<body>
${body}
${notes.html}
</body></html>
`;
}
