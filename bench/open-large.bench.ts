/**
 * Opening a very long file through the real UI in chromium: "Open file…" with a 10 MB and a
 * 40 MB declaration text, timed from choosing the file to its read view on screen, and the
 * longest the UI thread was busy at a stretch meanwhile (chromium's long tasks: a keystroke
 * waits at most that long).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { startWebHost } from '../main/web';
import { summarize, type Bench, type BenchRow } from './harness';
import { longDeclarationText } from './long-draft';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const SIZES = [
  { mb: 10, runs: 3 },
  { mb: 40, runs: 2 },
];

/** The long declaration of about `mb` megabytes (some 60 words a paragraph). */
function textOf(mb: number): string {
  const text = longDeclarationText(Math.ceil((mb * 1024 * 1024) / 400));
  return text.slice(0, text.lastIndexOf('\n\n', mb * 1024 * 1024));
}

const bench: Bench = async () => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-open-'));
  const host = await startWebHost({ workspace });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const rows: BenchRow[] = [];
  try {
    for (const { mb, runs } of SIZES) {
      const file = path.join(workspace, `long-${mb}.txt`);
      writeFileSync(file, textOf(mb));
      const opened: number[] = [];
      const stalls: number[] = [];
      let blocks = '';
      for (let run = 0; run < runs; run++) {
        const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
        await page.addInitScript(() => {
          const w = window as unknown as { longest: number };
          w.longest = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
          }).observe({ type: 'longtask' });
        });
        await page.goto(host.url);
        await page.getByRole('tab', { name: 'Drafts' }).waitFor();
        await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
        const t0 = performance.now();
        await page.getByLabel('Open a declaration file').setInputFiles(file);
        await page.locator('.decl-more').waitFor({ timeout: 600_000 });
        opened.push(performance.now() - t0);
        // Let the page settle (its first paint after the read view) before reading the longest task.
        await page.waitForTimeout(500);
        stalls.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
        blocks = (await page.locator('.decl-more').innerText()).replace(/^Showing 400 of ([\d,]+) blocks.*/su, '$1');
        await page.close();
      }
      const o = summarize(opened);
      const st = summarize(stalls);
      rows.push(
        { group: 'open', subject: `Open file… of a ${mb} MB text in chromium, until its read view shows`, median: o.median, p95: o.p95, unit: 'ms', note: `${blocks} blocks, ${runs} runs` },
        { group: 'open', subject: `longest UI stall (chromium long task) while the ${mb} MB text opens`, median: st.median, p95: st.p95, unit: 'ms', note: 'a keystroke waits at most this long' },
      );
    }
  } finally {
    await browser.close();
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
  return rows;
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) console.table(await bench());
