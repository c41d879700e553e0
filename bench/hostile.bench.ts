/**
 * The pathological inputs of tests/shared/hostile-inputs.test.ts at 1 MB each, timed per
 * megabyte through every reader, the bracket parser and the checks (goal: under 1 s per MB,
 * linear), and the host's answer to an autosave while the worst file of each class is imported
 * in its contained worker (goal: under 200 ms). The peer is the same read of 1 MB of ordinary
 * declaration text, in the same run.
 *
 *   npx tsx bench/hostile.bench.ts
 */
import http from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measure, summarize } from './harness';
import type { Bench, BenchRow } from './harness';
import { readAnyFile } from '../main/services/read-file';
import { startWebHost, type WebHost } from '../main/web';
import { parseBrackets } from '../shared/negotiation/parse';
import { checkBlockText } from '../shared/text/warnings';
import { docxDeepLevel, docxMany, hostileText as h } from '../tests/fixtures/hostile';

const MB = 1 << 20;
const bytes = (text: string) => new TextEncoder().encode(text);
const GOAL = '< 1000 ms per MB; growth < 3x';

/**
 * Time per megabyte of `make(size)` through `fn`, at half a megabyte and at one: a linear reader
 * takes twice as long for twice the input (growth 2x), a quadratic one four times.
 */
async function perMegabyte<T extends { length: number }>(subject: string, make: (size: number) => T, fn: (input: T) => unknown): Promise<BenchRow> {
  const half = make(MB / 2);
  const full = make(MB);
  const small = await measure(() => fn(half), { runs: 3, warmup: 1 });
  const large = await measure(() => fn(full), { runs: 3, warmup: 1 });
  const scale = MB / full.length;
  const growth = large.median / Math.max(small.median, 0.01);
  return { group: 'hostile', subject, median: large.median * scale, p95: large.p95 * scale, unit: 'ms', goal: GOAL, note: `growth ${growth.toFixed(1)}x from ${(half.length / MB).toFixed(2)} to ${(full.length / MB).toFixed(2)} MB` };
}

function post(host: WebHost, channel: string, body: unknown): Promise<number> {
  const { port } = new URL(host.origin);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: `/api/${channel}`, method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Concord-Token': host.token } }, (res) => {
      res.resume();
      res.on('end', () => resolve(performance.now() - started));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const bench: Bench = async () => {
  const rows: BenchRow[] = [];
  const plain = (size: number) => `Joint Statement\n\n${Array.from({ length: Math.floor(size / 90) }, (_, i) => `${i + 1}. We reaffirm our commitment to cooperation on water and sustainable development.`).join('\n\n')}\n`;
  rows.push({ ...(await perMegabyte('read ordinary declaration text (.txt)', (n) => bytes(plain(n)), (b) => readAnyFile('plain.txt', b))), peer: true });
  const texts: [string, string, (size: number) => string][] = [
    ['Markdown heading "# a" + spaces + "x"', 'x.md', (n) => h.headingSpaces(n)],
    ['Markdown of "["', 'x.md', (n) => h.run('[', n)],
    ['Markdown of unclosed "*_"', 'x.md', (n) => h.unclosedEmphasis(n)],
    ['Markdown links "[a](" unclosed', 'x.md', (n) => h.unclosedLinks(n)],
    ['Markdown block quotes nested', 'x.md', (n) => h.nestedQuotes(n / 2)],
    ['HTML of unclosed <b>', 'x.html', (n) => h.unclosedTags(n)],
    ['HTML <div> nested', 'x.html', (n) => h.nestedTags(Math.floor(n / 11))],
    ['text of "["', 'x.txt', (n) => h.run('[', n)],
  ];
  for (const [subject, name, make] of texts) rows.push(await perMegabyte(`read ${subject}`, (n) => bytes(make(n)), (b) => readAnyFile(name, b)));
  // A DOCX's size on disk is compressed; the figure is per megabyte of its document.xml.
  const docx = async (n: number) => Object.assign(await docxMany(Math.floor(n / 330)), { xml: n });
  const half = await docx(MB / 2);
  const full = await docx(MB);
  const t1 = await measure(() => readAnyFile('half.docx', half), { runs: 3, warmup: 1 });
  const t2 = await measure(() => readAnyFile('full.docx', full), { runs: 3, warmup: 1 });
  rows.push({ group: 'hostile', subject: 'read DOCX of numbered paragraphs (per MB of document.xml)', median: t2.median, p95: t2.p95, unit: 'ms', goal: GOAL, note: `growth ${(t2.median / t1.median).toFixed(1)}x; ${(full.length / 1024).toFixed(0)} KB zipped` });
  const level = await docxDeepLevel(4_000_000_000);
  const tl = await measure(() => readAnyFile('level.docx', level), { runs: 5, warmup: 1 });
  rows.push({ group: 'hostile', subject: 'read DOCX with list level 4,000,000,000 (whole file)', median: tl.median, p95: tl.p95, unit: 'ms', goal: 'completes', note: `${level.length} bytes; it used to kill the process` });
  for (const [subject, make] of [
    ['"["', (n: number) => h.run('[', n)],
    ['"]"', (n: number) => h.run(']', n)],
    ['nested brackets', (n: number) => h.nestedBrackets(Math.floor(n / 6))],
    ['"We [a] " repeated', (n: number) => 'We [a] '.repeat(Math.floor(n / 7))],
  ] as const) {
    rows.push(await perMegabyte(`bracket parser, ${subject}`, make, (text) => parseBrackets(text)));
  }
  for (const [subject, unit] of [['"]"', ']'], ['"“"', '“'], ['"the "', 'the ']] as const) {
    rows.push(await perMegabyte(`checks of one paragraph, ${subject}`, (n) => h.run(unit, n), (text) => checkBlockText(text)));
  }

  const host = await startWebHost({ workspace: mkdtempSync(path.join(os.tmpdir(), 'concord-bench-hostile-')) });
  try {
    const worst: [string, Uint8Array][] = [
      ['heading.md', bytes(h.headingSpaces(MB))],
      ['brackets.md', bytes(h.run('[', MB))],
      ['emphasis.md', bytes(h.unclosedEmphasis(MB))],
      ['bold.html', bytes(h.unclosedTags(MB))],
      ['deep.html', bytes(h.nestedTags(100_000))],
      ['level.docx', level],
      ['many.docx', full],
    ];
    const draft = { format: 'concord', schemaVersion: 1, id: 'd', title: 'Busy', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString(), keepSourceNumbering: false, versions: [], doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We agree.' }] }] } };
    await post(host, 'drafts.autosave', { path: 'busy.concord', draft });
    let done = false;
    const imports = Promise.allSettled(worst.map(([name, data]) => post(host, 'decl.import', { name, data: Buffer.from(data).toString('base64') }))).then(() => (done = true));
    const samples: number[] = [];
    while (!done || samples.length < 10) {
      samples.push(await post(host, 'drafts.autosave', { path: 'busy.concord', draft }));
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await imports;
    rows.push({ group: 'hostile', subject: 'autosave answered while the worst file of each class is imported', ...summarize(samples), unit: 'ms', goal: '< 200 ms', note: `${samples.length} autosaves during ${worst.length} imports in contained workers` });
  } finally {
    await host.close();
  }
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) {
  void bench().then((rows) => {
    for (const row of rows) console.log(`${row.subject}: median ${row.median.toFixed(1)} p95 ${row.p95.toFixed(1)} ${row.unit} (${row.goal ?? ''}) ${row.note ?? ''}`);
    process.exit(0);
  });
}
