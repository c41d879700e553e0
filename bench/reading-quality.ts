/**
 * How well Concord reads real declarations: each file of tests/fixtures/corpus/ and each
 * built-in template is read the way the app reads a file, then scored against what its source
 * plainly shows (front matter title, `N.` paragraph numbers, `#` and whole-line bold headings,
 * `[^n]:` and bare-number footnotes, blank-line paragraphs, page furniture). The truth is taken
 * from the source with simple rules of its own, never from the reader.
 *
 *   npx tsx bench/reading-quality.ts            one row per file, then the totals
 *   npx tsx bench/run.ts reading-quality        the totals as rows of the bench table
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { readAnyFile } from '../main/services/read-file';
import type { Declaration, ImportReport } from '../shared/model';
import { holdsSpan } from '../tests/shared/text/holds-span';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = path.join(root, 'tests/fixtures/corpus');
const TEMPLATES = path.join(root, 'templates');

/** The criteria, each a pass or fail per file; `found`/`expected` where it is a count. */
export interface FileScore {
  file: string;
  title: { pass: boolean; got: string; want: string };
  debris: { pass: boolean; left: string[] };
  numbers: { found: number; expected: number; missing: string[] };
  fragments: { pass: boolean; cut: number; paragraphs: number; examples: string[] };
  headings: { found: number; expected: number; missing: string[] };
  footnotes: { linked: number; expected: number; falseNotes: number };
  nothingLost: { pass: boolean; why?: string };
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const plain = (s: string) =>
  s
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]|<\/?u>/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** The front matter of a source and where its body starts. */
function frontMatter(source: string): { data: Record<string, unknown>; bodyStart: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n/.exec(source);
  if (!m) return { data: {}, bodyStart: 0 };
  try {
    const data: unknown = parseYaml(m[1] ?? '');
    return { data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}, bodyStart: m[0].length };
  } catch {
    return { data: {}, bodyStart: m[0].length };
  }
}

/** The title a careful reader gives the file. */
function expectedTitle(file: string, source: string, golden?: string): string {
  if (golden !== undefined) return golden;
  const { data, bodyStart } = frontMatter(source);
  const body = source.slice(bodyStart);
  // A UN resolution's own title line ("80/6. Report of the ...") beats the catalogue's.
  const catalogue = typeof data['title'] === 'string' ? plain(data['title'].replace(/\s*:\s*$/, '').replace(/\s+:\s+/g, ': ')) : undefined;
  const resolution = /^\d{2,3}\/\d{1,4}\.\s+(.+)$/m.exec(body);
  if (resolution) {
    // A title line the extraction cut short is completed by the catalogue's title.
    const line = plain(resolution[1] ?? '');
    return catalogue && squeeze(catalogue.toLowerCase()).startsWith(squeeze(line.toLowerCase())) ? catalogue : line;
  }
  return catalogue ?? file;
}

/** Lines that are furniture of a page, a PDF or a converter, never declaration text. */
const DEBRIS: [string, RegExp][] = [
  ['front matter', /^(?:---|(?:title|date|source_url|symbol|record_id|extract_version|extracted_at|source_pdf|modified_time|published_time|tags|language|edit):\s)/m],
  ['HTML comment', /<!--/],
  ['escaped heading marks', /^\\#/m],
  ['table of contents', /\{:[^}]*\}|^\* TOC$/m],
  ['page header: symbol', /^A\/RES\/\d+\/\d+\s*$/m],
  ['job number', /^\d{2}-\d{5}(?: \([A-Z]\))?\s*$/m],
  ['barcode', /^\*\d{7}\*\s*$/m],
  ['page counter', /^\d{1,3}\/\d{1,3}\s*$/m],
  ['separator line', /^(?:_{4,}|-{4,}|\*{3,})\s*$/m],
  ['web widget', /fontLarger|fontSmaller|Published By\s*:/i],
];

function debrisLeft(decl: Declaration): string[] {
  const left: string[] = [];
  for (const block of decl.blocks) {
    if (block.kind === 'meta') continue;
    for (const [name, re] of DEBRIS) if (re.test(block.text)) left.push(`${name} in ${block.id}: ${block.text.slice(0, 50)}`);
  }
  return left;
}

/** Paragraph numbers the source writes: "12. Decides", "12\. The", or "12." alone on its line. */
function expectedNumbers(body: string): { number: string; words: string }[] {
  const lines = body.split('\n');
  const out: { number: string; words: string }[] = [];
  lines.forEach((line, i) => {
    const m = /^\s*(?:[-*]\s+|\*\*)?(\d{1,3})\\?\.(?:\s+(.*))?$/.exec(line);
    if (!m) return;
    let words = m[2] ?? '';
    if (!words.trim()) words = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
    words = plain(words).split(' ').slice(0, 4).join(' ');
    if (!/^\p{L}/u.test(words)) return;
    out.push({ number: `${m[1]}.`, words });
  });
  return out;
}

function numbersFound(decl: Declaration, expected: { number: string; words: string }[]): string[] {
  const missing: string[] = [];
  let from = 0;
  for (const e of expected) {
    const at = decl.blocks.findIndex((b, k) => k >= from && b.number?.raw === e.number && plain(b.text).startsWith(e.words));
    if (at < 0) missing.push(`${e.number} ${e.words}`);
    else from = at + 1;
  }
  return missing;
}

/** Headings the source marks: "# ...", "## Article 2", a whole line in bold. */
function expectedHeadings(body: string): string[] {
  const headings: string[] = [];
  const paragraphs = body.split(/\n[ \t\u00a0]*\n/);
  for (const para of paragraphs) {
    const text = para.trim();
    const hash = /^#{1,6}\s+(.+)$/.exec(text);
    if (hash && !text.includes('\n')) headings.push(plain(hash[1] ?? ''));
    else if (/^\*\*[^*]+(?:\*\*\s*\*\*[^*]+)*\*\*$/.test(text.replace(/\s*\n\s*/g, ' ').replace(/\s+\*\*$/, '**'))) headings.push(plain(text));
    // A bold line left open (its "**" closes at the start of the next paragraph) is a heading too.
    else if (/^\*\*[^*]+$/.test(text) && text.split(/\s+/).length <= 30) headings.push(plain(text));
  }
  return headings.filter((h) => h.length > 0);
}

function headingsFound(decl: Declaration, expected: string[]): string[] {
  const headings = decl.blocks.filter((b) => b.kind === 'heading' || b.kind === 'title').map((b) => squeeze(`${b.number?.raw ?? ''}${b.text}`));
  return expected.filter((h) => !headings.some((t) => t === squeeze(h) || t.endsWith(squeeze(h))));
}

/** Footnotes the source defines: "[^n]: ..." lines, lines led by a raw-HTML superscript mark, and bare-number notes under a "____" rule. */
function expectedFootnotes(body: string, plainText: boolean): Set<string> {
  const notes = new Set<string>();
  // In a plain-text page, "* The following ..." under the text is a footnote the text cites with "*".
  if (plainText) for (const m of body.matchAll(/^(\*{1,3}) ?\S/gm)) notes.add(m[1] ?? '');
  // A year as a label is an extractor's cut inside a note ("31 July" / "[^2013]: (S/INF/68)."), not a note.
  // Where the text cites (nearly) all its notes as "[^n]", a note it never cites has nothing to be linked to.
  const cited = new Set([...body.matchAll(/\[\^([^\]\s]+)\](?!:)/g)].map((m) => m[1] ?? ''));
  const defined = [...body.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1] ?? '').filter((label) => !/^(?:19|20)\d\d$/.test(label));
  const citesAll = defined.filter((label) => cited.has(label)).length >= defined.length * 0.8;
  for (const label of defined) if (!citesAll || cited.has(label)) notes.add(label);
  // pandoc keeps a web page's superscript marks as raw HTML: a line led by "<sup>\[1\]</sup>" is note 1.
  for (const m of body.matchAll(/^<sup>\\?\[?(\d{1,3})\\?\]?<\/sup>\s/gm)) notes.add(m[1] ?? '');
  for (const m of body.matchAll(/^_{5,}\s*\n(?:\s*\n)*((?:\d{1,3} .*\n?(?:\s*\n)*)+)/gm)) {
    for (const n of (m[1] ?? '').matchAll(/^(\d{1,3}) /gm)) notes.add(n[1] ?? '');
  }
  return notes;
}

const markerLabel = (marker: string) => marker.replace(/^\[\^?|\]$/g, '');

function footnoteScore(decl: Declaration, expected: Set<string>, defined: Set<string>): FileScore['footnotes'] {
  const notes = decl.blocks.filter((b) => b.kind === 'footnote');
  const linked = new Set(notes.filter((b) => b.anchorBlockId && expected.has(markerLabel(b.marker ?? ''))).map((b) => markerLabel(b.marker ?? '')));
  const falseNotes = notes.filter((b) => !expected.has(markerLabel(b.marker ?? '')) && !defined.has(markerLabel(b.marker ?? ''))).length;
  return { linked: linked.size, expected: expected.size, falseNotes };
}

/** Offsets of the cleaned text in the decoded source, through the removals and then the repairs. */
function toSource(report: ImportReport): (offset: number) => number {
  const spans = report.removals.map((r) => r.span).sort((a, b) => a.start - b.start);
  let delta = 0;
  const repairs = report.repairs.map((r) => {
    const at = { start: r.span.start + delta, decoded: r.span.start, grow: r.to.length - r.from.length };
    delta += at.grow;
    return at;
  });
  return (offset) => {
    let s = offset;
    for (const span of spans) {
      if (span.start <= s) s += span.end - span.start;
      else break;
    }
    let back = 0;
    for (const r of repairs) if (r.start < s) back += r.grow;
    return s - back;
  };
}

/** A line where a new block may start inside a paragraph of the source: a list item, a heading. */
const BLOCK_LINE = /^\s*(?:[-*+•]\s|\d{1,3}\\?[.)]\s|\(\w{1,5}\)\s|#|\*\*[^*]+\*\*\s*$|\[\^)/;

/** Source paragraphs (blank-line separated) that a block starts inside of, not at a list item. */
function fragments(source: string, bodyStart: number, decl: Declaration, report: ImportReport): FileScore['fragments'] {
  const map = toSource(report);
  // Blocks in footnotes moved after the text have no place in the source to be judged at.
  const moved = report.removals.filter((r) => r.movedTo !== undefined).map((r) => [r.movedTo ?? 0, (r.movedTo ?? 0) + r.text.length] as const);
  const starts = decl.blocks.filter((b) => !moved.some(([from, to]) => b.span.start >= from && b.span.start < to)).map((b) => map(b.span.start));
  const examples: string[] = [];
  let cut = 0;
  let paragraphs = 0;
  // Where blank lines are rare the file writes one paragraph per line.
  const body = source.slice(bodyStart);
  const blanks = (body.match(/\n[ \t\u00a0]*(?=\n)/g) ?? []).length;
  const full = body.split('\n').filter((l) => l.trim() !== '');
  const lines = full.length;
  const wrapped = full.filter((l) => l.length <= 90).length > lines * 0.8;
  const re = !wrapped && blanks * 4 < lines ? /\S[^\n]*/g : /\S[\s\S]*?(?=\n[ \t\u00a0]*\n|\s*$)/g;
  re.lastIndex = bodyStart;
  // In a UN resolution every paragraph after the title line ends in punctuation: one that does
  // not, followed by one that starts with no number, is one paragraph a page broke in two.
  const titleLine = /^\d{2,3}\/\d{1,4}\.\s/m.exec(body);
  const pdfFrom = titleLine ? bodyStart + titleLine.index : Infinity;
  let previous = '';
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const start = m.index;
    const end = start + m[0].length;
    paragraphs++;
    const broken = start > pdfFrom && previous.length >= 60 && !/[.,;:!?)\]”"’]\s*\d{0,3}$/.test(previous) && !/^(?:\d{1,3}\\?\.|\(|\[\^|---|_{3})/.test(m[0]) && !/^[A-Z][^.]{0,40},$/.test(m[0].trim());
    previous = m[0].trim();
    if (broken && starts.includes(start)) {
      cut++;
      if (examples.length < 3) examples.push(`page break before: ${m[0].slice(0, 40)}`);
      continue;
    }
    const inside = starts.filter((s) => {
      if (s <= start || s >= end) return false;
      const lineStart = source.lastIndexOf('\n', s - 1) + 1;
      const lead = source.slice(lineStart, s);
      const previousLine = source.slice(source.lastIndexOf('\n', lineStart - 2) + 1, lineStart).trim();
      // A whole line in bold above the text is a heading: the text after it is a block of its own.
      if (lead.trim() === '' && /^\*{2,3}.*\*{2,3}$|^\*{2,3}$/.test(previousLine)) return false;
      // A line too long to be wrapped that ends a sentence is a paragraph of its own.
      if (lead.trim() === '' && previousLine.length > 90 && /[.;:!?]["”’)]*$/.test(previousLine)) return false;
      return lead.trim() !== '' || !BLOCK_LINE.test(source.slice(s, source.indexOf('\n', s) < 0 ? end : source.indexOf('\n', s)));
    });
    if (inside.length > 0) {
      cut++;
      if (examples.length < 3) examples.push(source.slice(inside[0] ?? start, (inside[0] ?? start) + 50).replace(/\s+/g, ' '));
    }
  }
  return { pass: cut === 0, cut, paragraphs, examples };
}

/** The no-text-lost promise: blocks tile the cleaned text, which the removals rebuild into the source. */
function nothingLost(decoded: string, decl: Declaration, report: ImportReport): FileScore['nothingLost'] {
  let at = 0;
  for (const b of decl.blocks) {
    if (b.span.start !== at) return { pass: false, why: `${b.id} starts at ${b.span.start}, not ${at}` };
    const lead = b.number?.raw ?? b.marker ?? '';
    if (!holdsSpan(lead + b.text, decl.text.slice(b.span.start, b.span.end))) return { pass: false, why: `${b.id} does not hold its span's words: ${b.text.slice(0, 60)}` };
    at = b.span.end;
  }
  if (at !== decl.text.length) return { pass: false, why: 'blocks stop before the end of the text' };
  let rebuilt = decl.text;
  const moved = report.removals.filter((r) => r.movedTo !== undefined).sort((a, b) => (b.movedTo ?? 0) - (a.movedTo ?? 0));
  for (const r of moved) rebuilt = rebuilt.slice(0, r.movedTo) + rebuilt.slice((r.movedTo ?? 0) + r.text.length);
  for (const r of report.removals) rebuilt = rebuilt.slice(0, r.span.start) + r.text + rebuilt.slice(r.span.start);
  if (report.repairs.length === 0 && rebuilt !== decoded) return { pass: false, why: 'the text is not rebuilt from the removals' };
  return { pass: true };
}

/** Scores one file; `goldenTitle` for templates, whose titles are held by their golden outlines. */
export async function scoreFile(file: string, dir: string, goldenTitle?: string): Promise<FileScore> {
  const bytes = readFileSync(path.join(dir, file));
  const source = new TextDecoder().decode(bytes).replace(/^\ufeff/, '');
  const { declaration: decl, report } = await readAnyFile(file, bytes);
  const { bodyStart } = frontMatter(source);
  const body = source.slice(bodyStart);
  const want = expectedTitle(file, source, goldenTitle);
  const numbers = expectedNumbers(body);
  const missingNumbers = numbersFound(decl, numbers);
  const headings = expectedHeadings(body);
  const missingHeadings = headingsFound(decl, headings);
  const left = debrisLeft(decl);
  return {
    file,
    title: { pass: squeeze(decl.title) === squeeze(want), got: decl.title, want },
    debris: { pass: left.length === 0, left },
    numbers: { found: numbers.length - missingNumbers.length, expected: numbers.length, missing: missingNumbers },
    fragments: fragments(source, bodyStart, decl, report),
    headings: { found: headings.length - missingHeadings.length, expected: headings.length, missing: missingHeadings },
    footnotes: footnoteScore(decl, expectedFootnotes(body, file.endsWith('.txt')), new Set([...body.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1] ?? ''))),
    nothingLost: nothingLost(source, decl, report),
  };
}

/** A file passes when every criterion does. */
export function passes(s: FileScore): boolean {
  return (
    s.title.pass &&
    s.debris.pass &&
    s.numbers.found === s.numbers.expected &&
    s.fragments.pass &&
    s.headings.found === s.headings.expected &&
    s.footnotes.linked === s.footnotes.expected &&
    s.footnotes.falseNotes === 0 &&
    s.nothingLost.pass
  );
}

/** Totals over a set of scores, as the issue counts them. */
export function totals(scores: FileScore[]): Record<string, string> {
  const sum = (f: (s: FileScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const n = scores.length;
  return {
    'files read right': `${scores.filter(passes).length}/${n}`,
    'title right': `${scores.filter((s) => s.title.pass).length}/${n}`,
    'no debris left': `${scores.filter((s) => s.debris.pass).length}/${n}`,
    'numbered paragraphs found': `${sum((s) => s.numbers.found)}/${sum((s) => s.numbers.expected)}`,
    'source paragraphs cut into fragments': `${sum((s) => s.fragments.cut)}/${sum((s) => s.fragments.paragraphs)}`,
    'headings found': `${sum((s) => s.headings.found)}/${sum((s) => s.headings.expected)}`,
    'real footnotes linked': `${sum((s) => s.footnotes.linked)}/${sum((s) => s.footnotes.expected)}`,
    'false footnotes': `${sum((s) => s.footnotes.falseNotes)}`,
    'nothing lost': `${scores.filter((s) => s.nothingLost.pass).length}/${n}`,
  };
}

function goldenTitle(file: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'tests/shared/text/golden', `${file}.json`), 'utf8')) as { title?: string }).title;
  } catch {
    return undefined;
  }
}

/** Scores every corpus file and every template. */
export async function scoreAll(): Promise<{ corpus: FileScore[]; templates: FileScore[] }> {
  const corpus: FileScore[] = [];
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.md') && f !== 'README.md').sort()) corpus.push(await scoreFile(file, CORPUS));
  const templates: FileScore[] = [];
  for (const file of readdirSync(TEMPLATES).filter((f) => f.endsWith('.txt')).sort()) templates.push(await scoreFile(file, TEMPLATES, goldenTitle(file)));
  return { corpus, templates };
}

function row(s: FileScore): string {
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  return [
    passes(s) ? 'PASS' : 'fail',
    s.file.slice(0, 60).padEnd(60),
    `title ${mark(s.title.pass)}`,
    `debris ${s.debris.left.length}`,
    `numbers ${s.numbers.found}/${s.numbers.expected}`,
    `cut ${s.fragments.cut}/${s.fragments.paragraphs}`,
    `headings ${s.headings.found}/${s.headings.expected}`,
    `notes ${s.footnotes.linked}/${s.footnotes.expected} false ${s.footnotes.falseNotes}`,
    `lost ${mark(s.nothingLost.pass)}`,
  ].join('  ');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const verbose = process.argv.includes('--verbose');
  const { corpus, templates } = await scoreAll();
  for (const s of [...corpus, ...templates]) {
    console.log(row(s));
    if (verbose && !passes(s)) {
      if (!s.title.pass) console.log(`    title: got ${JSON.stringify(s.title.got)}, want ${JSON.stringify(s.title.want)}`);
      for (const d of s.debris.left.slice(0, 3)) console.log(`    debris: ${d}`);
      for (const m of s.numbers.missing.slice(0, 3)) console.log(`    number missing: ${m}`);
      for (const e of s.fragments.examples) console.log(`    fragment starts: ${e}`);
      for (const h of s.headings.missing.slice(0, 3)) console.log(`    heading missing: ${h}`);
      if (s.nothingLost.why) console.log(`    lost: ${s.nothingLost.why}`);
    }
  }
  console.log('\ncorpus', totals(corpus));
  console.log('templates', totals(templates));
}

