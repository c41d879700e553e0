/**
 * A keystroke in Suggesting mode in chromium, keydown to the next painted frame, on a
 * 1,000-paragraph draft holding 300 suggestions: beside the same keystroke in Editing mode on the
 * same draft and in plain ProseMirror (basic schema, the same texts). Real key presses through the
 * probe of the editor benches (keystroke-probe.ts); the three editors alternate, two rounds each,
 * so all see the same machine load.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebHost } from '../main/web';
import type { DocNode, Draft } from '../shared/model';
import { encodeSuggestionId } from '../shared/review/suggestion-id';
import { summarize, type Bench, type BenchRow } from './harness';
import { longDraft } from './long-draft';
import { installKeystrokeProbe, typeAndMeasure, type Keystrokes } from './keystroke-probe';
import { plainPage } from './editor-vs-prosemirror.bench';

const PARAGRAPHS = 1000;
const SUGGESTIONS = 300;
const ROUNDS = 2;
const TYPED = ' We reaffirm our shared commitment to multilateral cooperation and sustainable development.';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const AUTHORS = [
  { name: 'Ana Ortiz', color: '#1f6feb' },
  { name: 'Ben Ngata', color: '#c2410c' },
];

/** The draft's document with one suggested insertion in each of the first SUGGESTIONS of every third paragraph. */
function withSuggestions(doc: DocNode): DocNode {
  let made = 0;
  const content = (doc.content ?? []).map((block, i) => {
    const text = block.content?.[0];
    if (block.type !== 'numbered' || made >= SUGGESTIONS || i % 3 !== 0 || block.content?.length !== 1 || text?.type !== 'text' || !text.text) return block;
    const cut = text.text.indexOf(' ', 20);
    if (cut < 0) return block;
    const author = AUTHORS[made % 2] ?? AUTHORS[0];
    const id = encodeSuggestionId({ author: author?.name ?? '', color: author?.color ?? '#000000', date: '2026-03-02T09:00:00Z', cause: '' }, ++made);
    const parts = [
      { ...text, text: text.text.slice(0, cut) },
      { type: 'text', text: ' and further', marks: [{ type: 'insertion', attrs: { id } }] },
      { ...text, text: text.text.slice(cut) },
    ];
    return { ...block, content: parts };
  });
  if (made < SUGGESTIONS) throw new Error(`Only ${made} suggestions placed, not ${SUGGESTIONS}.`);
  return { ...doc, content } as DocNode;
}

/**
 * Types in a fresh workspace holding only the draft: typing leaves a recovery copy behind, which
 * the next opening of the same draft would offer first.
 */
async function measureConcord(browser: Browser, draft: Draft, suggesting: boolean): Promise<Keystrokes> {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-review-keys-'));
  const host = await startWebHost({ workspace });
  await host.ctx.drafts.save('Long draft.concord', draft, 'create');
  await host.ctx.settings.write({ version: 1, author: AUTHORS[0] ?? null, servers: [] });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  try {
    await page.goto(host.url);
    await page.evaluate(() => localStorage.setItem('concordDebug', '1'));
    await page.reload();
    await page.getByRole('tab', { name: 'Drafts' }).click();
    await page.getByRole('list', { name: 'Drafts' }).getByRole('button').first().click();
    // A loaded machine can take long to open 1,000 paragraphs; the figure is the keystroke, not the open.
    await page.waitForFunction((n) => (document.querySelector('.cn-page')?.childElementCount ?? 0) >= n, PARAGRAPHS, { timeout: 120_000 });
    await page.locator('.cn-page > *').nth(PARAGRAPHS / 2).click();
    if (suggesting) {
      await page.keyboard.press('Control+Shift+E');
      await page.getByRole('button', { name: 'Suggesting' }).waitFor();
    }
    return await typeAt(page, '.cn-page > *');
  } finally {
    await page.close();
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}

async function measurePlain(browser: Browser, html: string): Promise<Keystrokes> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  try {
    await page.setContent(html);
    return await typeAt(page, '.ProseMirror > p');
  } finally {
    await page.close();
  }
}

/** Types TYPED at the end of the middle block, through the probe. */
async function typeAt(page: Page, blocks: string): Promise<Keystrokes> {
  await installKeystrokeProbe(page);
  await page.locator(blocks).nth(PARAGRAPHS / 2).click();
  await page.waitForTimeout(150);
  await page.keyboard.press('End');
  return typeAndMeasure(page, TYPED);
}

const bench: Bench = async () => {
  const { declaration, draft: plainDraft } = longDraft(PARAGRAPHS);
  const draft = { ...plainDraft, doc: withSuggestions(plainDraft.doc) };
  const html = await plainPage(declaration.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const frames = { suggesting: [] as number[], editing: [] as number[], plain: [] as number[] };
  const work = { suggesting: [] as number[], editing: [] as number[] };
  try {
    for (let round = 0; round < ROUNDS; round++) {
      frames.plain.push(...(await measurePlain(browser, html)).frame.slice(5));
      const editing = await measureConcord(browser, draft, false);
      frames.editing.push(...editing.frame.slice(5));
      work.editing.push(...editing.work.slice(5));
      const suggesting = await measureConcord(browser, draft, true);
      frames.suggesting.push(...suggesting.frame.slice(5));
      work.suggesting.push(...suggesting.work.slice(5));
    }
  } finally {
    await browser.close();
  }
  const s = summarize(frames.suggesting);
  const e = summarize(frames.editing);
  const p = summarize(frames.plain);
  const sw = summarize(work.suggesting);
  const ew = summarize(work.editing);
  const ratio = (a: { median: number; p95: number }, b: { median: number; p95: number }) => `${(a.median / b.median).toFixed(2)}× median, ${(a.p95 / b.p95).toFixed(2)}× p95`;
  const at = `${PARAGRAPHS} paragraphs, ${SUGGESTIONS} suggestions`;
  const rows: BenchRow[] = [
    { group: 'review', subject: `keystroke in Suggesting mode, keydown to next painted frame (${frames.suggesting.length} keys)`, median: s.median, p95: s.p95, unit: 'ms', note: `${at}; ${ratio(s, e)} Editing, ${ratio(s, p)} plain ProseMirror; editor work per key ${sw.median.toFixed(2)} / ${sw.p95.toFixed(2)} ms` },
    { group: 'review', subject: 'same keystroke in Editing mode, same draft', peer: true, median: e.median, p95: e.p95, unit: 'ms', note: `editor work per key ${ew.median.toFixed(2)} / ${ew.p95.toFixed(2)} ms` },
    { group: 'review', subject: `same keystroke in plain ProseMirror (basic schema, the same ${PARAGRAPHS} texts)`, peer: true, median: p.median, p95: p.p95, unit: 'ms' },
  ];
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) console.table(await bench());
