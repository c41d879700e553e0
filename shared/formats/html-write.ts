/**
 * A declaration as a self-contained, printable HTML page: the document's own typography (a
 * serif statement on A4 or Letter), numbers as written or computed, footnotes at the end. Used
 * for the HTML export and as the page the PDF export prints. All text is escaped.
 */
import type { Block, Declaration } from '../model';
import { escapeXml as escape } from './xml';

export interface HtmlWriteOptions {
  paper?: 'a4' | 'letter';
}

const TAG: Partial<Record<Block['kind'], string>> = { title: 'h1', heading: 'h2' };

function blockHtml(b: Block): string {
  if (b.kind === 'parties') return `<ul class="parties">${b.parties.map((p) => `<li>${escape(p)}</li>`).join('')}</ul>`;
  const tag = TAG[b.kind] ?? 'p';
  const num = b.number ? `<span class="num">${escape(b.number.raw)}</span> ` : '';
  const marker = b.kind === 'footnote' && b.marker ? `<span class="num">${escape(b.marker)}</span> ` : '';
  return `<${tag} class="${b.kind}">${num}${marker}${escape(b.text).replace(/\n/g, '<br>')}</${tag}>`;
}

/** The whole page. */
export function declarationToHtml(decl: Declaration, opts: HtmlWriteOptions = {}): string {
  const body = decl.blocks.filter((b) => b.kind !== 'footnote').map(blockHtml).join('\n');
  const notes = decl.blocks.filter((b) => b.kind === 'footnote').map(blockHtml).join('\n');
  const size = opts.paper === 'letter' ? 'Letter' : 'A4';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(decl.title)}</title>
<style>
@page { size: ${size}; margin: 25mm 25mm 22mm; }
body { font-family: 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif; font-size: 12pt; line-height: 1.45; color: #000; max-width: 170mm; margin: 0 auto; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 14pt; }
h2 { font-size: 12pt; margin: 16pt 0 6pt; }
p { margin: 0 0 8pt; text-align: justify; }
p.meta { text-align: center; font-style: italic; }
p.subitem { margin-left: 10mm; }
p.signature { text-align: right; margin-top: 18pt; }
.num { font-weight: normal; }
ul.parties { columns: 2; margin: 8pt 0; padding-left: 6mm; }
.notes { border-top: 0.5pt solid #000; margin-top: 18pt; padding-top: 6pt; font-size: 10pt; }
</style></head>
<body>
${body}
${notes ? `<div class="notes">\n${notes}\n</div>` : ''}
</body></html>
`;
}
