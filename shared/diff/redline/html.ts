/**
 * A printable HTML redline in one file: inline CSS, no scripts, no outside resources, every
 * piece of text escaped. Opens in any browser and prints cleanly.
 */
import type { Comparison } from '../schemas';
import { escapeXml } from './escape';
import { bracketTally, kindLabel, redlineParagraphs, resultRuns } from './layout';

const CSS = `
body{font:12pt/1.5 Georgia,"Times New Roman",serif;max-width:46em;margin:2em auto;padding:0 1em;color:#111}
h1{font-size:15pt;margin:0 0 .3em}
.meta{color:#555;font-size:10pt;margin-bottom:1.5em}
.summary{border:1px solid #bbb;padding:.6em 1em;margin-bottom:1.5em;font-size:10.5pt}
.notice{background:#fff4d6;border:1px solid #e0b84c;padding:.5em 1em;margin-bottom:1em}
p{margin:0 0 .8em;padding-left:.6em;border-left:3px solid transparent}
p.changed,p.split,p.merged{border-left-color:#888}
p.inserted{border-left-color:#1a7f37}
p.deleted{border-left-color:#b3261e}
p.move-from,p.move-to{border-left-color:#2457c5}
ins{color:#1a7f37;text-decoration:underline;background:#e9f7ee}
del{color:#b3261e;text-decoration:line-through;background:#fbeaea}
p.move-from del{color:#2457c5;background:#eaf0fb;text-decoration:line-through double}
p.move-to .moved{color:#2457c5;text-decoration:underline double}
.bracket{display:block;font:9.5pt sans-serif;color:#7a5200;margin-top:.2em}
.label{display:block;font:9pt sans-serif;color:#555;text-transform:uppercase;letter-spacing:.04em}
@media print{body{margin:0;max-width:none}.summary{break-inside:avoid}}
`;

/** Writes the comparison as a self-contained HTML page. */
export function comparisonToHtml(c: Comparison): string {
  const s = c.summary;
  const p = s.paragraphs;
  const title = `${c.a.title || 'Old text'} → ${c.b.title || 'New text'}`;
  const tally = bracketTally(s);
  const body = redlineParagraphs(c)
    .map((para) => {
      const cls = `${para.move ? `move-${para.move.end}` : para.kind}${para.resolved ? ' resolved' : ''}`;
      const label = kindLabel(para);
      const runs = (para.resolved ? resultRuns(para) : para.runs)
        .map((r) => {
          const text = escapeXml(r.text);
          if (r.kind === 'insert') return `<ins>${text}</ins>`;
          if (r.kind === 'delete') return `<del>${text}</del>`;
          return para.move?.end === 'to' ? `<span class="moved">${text}</span>` : text;
        })
        .join('');
      const brackets = (para.brackets ?? []).map((b) => `<span class="bracket">${escapeXml(b)}</span>`).join('');
      return `<p class="${cls}">${label ? `<span class="label">${escapeXml(label)}</span>` : ''}${runs}${brackets}</p>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeXml(title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeXml(title)}</h1>
<div class="meta">Compared by Concord${ignoredList(c)}.</div>
${c.notice ? `<div class="notice">${escapeXml(c.notice)}</div>` : ''}
<div class="summary">Paragraphs: ${p.changed} changed, ${p.inserted} inserted, ${p.deleted} deleted, ${p.moved + p.movedChanged} moved, ${p.split} split, ${p.merged} merged, ${p.equal} unchanged. Words: ${s.words.inserted} inserted, ${s.words.deleted} deleted.${tally ? ` ${escapeXml(tally)}` : ''}</div>
${body}
</body></html>
`;
}

function ignoredList(c: Comparison): string {
  const on = Object.entries(c.ignore)
    .filter(([, v]) => v)
    .map(([k]) => k);
  return on.length ? `, ignoring ${on.join(', ')}` : '';
}
