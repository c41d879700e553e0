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
h2{font-size:13pt;margin:1.2em 0 .6em}
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
table.changes{border-collapse:collapse;width:100%;font:9.5pt/1.35 sans-serif;margin-bottom:2em}
table.changes th,table.changes td{border-bottom:1px solid #ddd;padding:.25em .4em;text-align:left;vertical-align:top}
table.changes td.where{white-space:nowrap}
@page{size:A4;margin:20mm 18mm 22mm 18mm}
@media print{body{margin:0 auto;max-width:none;padding:0}.summary,tr{break-inside:avoid}h2.text{break-before:page}}
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
${changeTable(c)}
<h2 class="text">The text with its changes</h2>
${body}
</body></html>
`;
}

/** The change list, summary-first: where, what kind, and what changed, one line each. */
function changeTable(c: Comparison): string {
  const changes = c.summary.changes;
  if (changes.length === 0) return '<p>The two texts say the same thing.</p>';
  const rows = changes.map((e) => `<tr><td class="where">${escapeXml(e.where)}</td><td>${escapeXml(KIND_WORDS[e.kind])}</td><td>${escapeXml(e.excerpt)}</td></tr>`);
  return `<table class="changes"><thead><tr><th>Where</th><th>Change</th><th>What</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

const KIND_WORDS: Record<Comparison['rows'][number]['kind'], string> = {
  equal: 'unchanged',
  changed: 'changed',
  inserted: 'inserted',
  deleted: 'deleted',
  moved: 'moved',
  'moved-changed': 'moved and changed',
  split: 'split',
  merged: 'merged',
};

function ignoredList(c: Comparison): string {
  const on = Object.entries(c.ignore)
    .filter(([, v]) => v)
    .map(([k]) => k);
  return on.length ? `, ignoring ${on.join(', ')}` : '';
}
