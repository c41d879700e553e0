/**
 * The drafting pane in chromium on a 1,000-paragraph draft (about 60,000 words): how long the
 * draft takes to open, and the latency of a keystroke from keydown to the next painted frame
 * (transaction, view update, numbering, provenance and checks all included).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startWebHost } from '../main/web';
import { summarize, type Bench, type BenchRow } from './harness';
import { longDraft } from './long-draft';
import { installKeystrokeProbe, typeAndMeasure } from './keystroke-probe';

const PARAGRAPHS = Number(process.env.CONCORD_BENCH_PARAGRAPHS ?? 1000);

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const bench: Bench = async () => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-editor-'));
  const { declaration, draft } = longDraft(PARAGRAPHS);
  const host = await startWebHost({ workspace });
  await host.ctx.drafts.save('Long draft.concord', draft, 'create');
  const words = declaration.text.split(/\s+/).length;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    const opens: number[] = [];
    for (let run = 0; run < 3; run++) {
      await page.goto(run === 0 ? host.url : `${host.origin}/`);
      await page.evaluate(() => localStorage.setItem('concordDebug', '1'));
      await page.getByRole('tab', { name: 'Drafts' }).click();
      const item = page.getByRole('list', { name: 'Drafts' }).getByRole('button').first();
      await item.waitFor();
      const t0 = Date.now();
      await item.click();
      await page.waitForFunction((n) => (document.querySelector('.cn-page')?.childElementCount ?? 0) >= n, PARAGRAPHS);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      opens.push(Date.now() - t0);
    }
    // Keystroke cost, measured in the page: the editor's own work for each transaction (the view
    // exposed on request), and keydown to the next painted frame (what the eye sees).
    await installKeystrokeProbe(page);
    await page.locator('.cn-page > *').nth(PARAGRAPHS / 2).click();
    await page.keyboard.press('End');
    const { work, frame } = await typeAndMeasure(page, ' We reaffirm our shared commitment to multilateral cooperation and sustainable development.');
    const key = summarize(work.slice(5));
    const paint = summarize(frame.slice(5));
    const open = summarize(opens);
    const rows: BenchRow[] = [
      { group: 'editor', subject: `open a ${PARAGRAPHS}-paragraph draft (${words.toLocaleString('en')} words) in chromium`, median: open.median, p95: open.p95, unit: 'ms', goal: '< 1000 ms' },
      { group: 'editor', subject: `keystroke: transaction, view update and plugins at ${PARAGRAPHS} paragraphs (${work.length} keys)`, median: key.median, p95: key.p95, unit: 'ms', goal: '< 16 ms p95' },
      { group: 'editor', subject: `keystroke: keydown to next painted frame at ${PARAGRAPHS} paragraphs`, median: paint.median, p95: paint.p95, unit: 'ms', note: 'headless chromium; includes waiting for the frame' },
    ];
    return rows;
  } finally {
    await browser.close();
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) console.table(await bench());
