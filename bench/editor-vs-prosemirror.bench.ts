/**
 * The drafting pane against plain ProseMirror, side by side in one chromium with the same loop:
 * 300 single-character insertions into the middle of a 1,000-paragraph document, each one
 * dispatched, the work it schedules let run (React, plugin views), and layout forced. The peer
 * page is built here: ProseMirror's basic schema, 1,000 paragraphs of about 60 words (the same
 * texts), no plugins. The ratio of Concord to the peer is the figure the issue sets a goal on.
 *
 * Both pages are served from the host's origin, cross-origin isolated (COOP and COEP), so that
 * chromium's clock reads to 5 µs instead of 100 µs: a key takes one to two milliseconds, and at
 * 0.1 ms steps the two medians, and their ratio, moved by whole steps from one run to the next.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebHost } from '../main/web';
import { summarize, type Bench } from './harness';
import { longDraft } from './long-draft';

const PARAGRAPHS = 1000;
const KEYS = 300;
/** Each editor is measured this many times, alternating (and swapping which goes first), so both see the same machine load. */
const ROUNDS = 4;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/**
 * The loop, run in the page on `window.concordView`: the cursor at the end of the middle
 * paragraph, then KEYS insertions, each timed from dispatch to forced layout. Between dispatch and
 * layout the page yields once through a MessageChannel (no timer clamping), so work that React or
 * a plugin view schedules for right after the transaction is counted.
 */
async function typeInPage(page: Page): Promise<number[]> {
  // tsx keeps function names with a helper that the page does not have.
  await page.evaluate('globalThis.__name = (fn) => fn');
  return page.evaluate(
    async ({ keys }) => {
      interface View {
        state: { doc: { childCount: number; child(i: number): { nodeSize: number } }; selection: { constructor: unknown }; tr: { setSelection(s: unknown): unknown; insertText(t: string): unknown } };
        dispatch(tr: unknown): void;
        dom: HTMLElement;
      }
      const view = (window as unknown as { concordView: View }).concordView;
      const { doc } = view.state;
      let pos = 0;
      const middle = Math.floor(doc.childCount / 2);
      for (let i = 0; i <= middle; i++) pos += doc.child(i).nodeSize;
      const Selection = view.state.selection.constructor as { create(doc: unknown, pos: number): unknown };
      view.dispatch(view.state.tr.setSelection(Selection.create(doc, pos - 1)));
      view.dom.focus();
      const channel = new MessageChannel();
      let wake: () => void = () => undefined;
      channel.port1.onmessage = () => wake();
      await new Promise<void>((resolve) => {
        wake = resolve;
        channel.port2.postMessage(null);
      });
      const times: number[] = [];
      for (let i = 0; i < keys; i++) {
        const t0 = performance.now();
        view.dispatch(view.state.tr.insertText(i % 7 === 6 ? ' ' : 'x'));
        await new Promise<void>((resolve) => {
          wake = resolve;
          channel.port2.postMessage(null);
        });
        void document.body.offsetHeight;
        times.push(performance.now() - t0);
      }
      return times;
    },
    { keys: KEYS },
  );
}

/**
 * `CONCORD_BENCH_PROFILE=file.cpuprofile` records chromium's CPU profile of Concord's typing loop
 * (open it in Chrome DevTools, or summarise it with bench/profile-summary.ts).
 */
async function startProfile(page: Page): Promise<{ stop(file: string): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}

/** Where the host's origin serves the peer page, in the bench only. */
const PEER_PATH = '/bench-plain-prosemirror';
/** What makes a page cross-origin isolated; the host already sends COOP, the bench adds COEP. */
const ISOLATION = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };

/**
 * A page whose documents from `origin` load cross-origin isolated: the peer page at PEER_PATH,
 * the host's own with COEP added. `done()` stops intercepting once the page is open.
 */
async function isolatedPage(browser: Browser, origin: string, peerHtml: string): Promise<{ page: Page; done(): Promise<void> }> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  const isDocument = (url: URL) => url.origin === origin && (url.pathname === '/' || url.pathname === PEER_PATH);
  await page.route(isDocument, async (route) => {
    if (new URL(route.request().url()).pathname === PEER_PATH) return route.fulfill({ body: peerHtml, contentType: 'text/html; charset=utf-8', headers: ISOLATION });
    const response = await route.fetch();
    return route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION } });
  });
  return { page, done: () => page.unroute(isDocument) };
}

/** Fails the bench when a page's clock is the coarse one: the ratio would be quantisation noise. */
async function assertFineClock(page: Page): Promise<void> {
  if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error('editor-vs-prosemirror: page is not cross-origin isolated, its clock reads to 0.1 ms only');
}

/** The peer page: plain ProseMirror bundled with esbuild, its own stylesheet, the same texts. */
export async function plainPage(texts: string[]): Promise<string> {
  const bundle = await build({
    entryPoints: [path.join(import.meta.dirname, 'pages', 'plain-prosemirror.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'plainProseMirror',
    minify: true,
  });
  const css = readFileSync(createRequire(import.meta.url).resolve('prosemirror-view/style/prosemirror.css'), 'utf8');
  const script = bundle.outputFiles[0]?.text ?? '';
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><script>${script}\nplainProseMirror.mountPlainEditor(${JSON.stringify(texts)});</script></body></html>`;
}

const bench: Bench = async () => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'concord-bench-vs-pm-'));
  const { declaration, draft } = longDraft(PARAGRAPHS);
  const host = await startWebHost({ workspace });
  await host.ctx.drafts.save('Long draft.concord', draft, 'create');
  const texts = declaration.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
  const peerHtml = await plainPage(texts);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const concord: number[] = [];
  const plain: number[] = [];
  try {
    const typePeer = async () => {
      const { page, done } = await isolatedPage(browser, host.origin, peerHtml);
      await page.goto(`${host.origin}${PEER_PATH}`);
      await done();
      await assertFineClock(page);
      plain.push(...(await typeInPage(page)).slice(10));
      await page.close();
    };
    const typeConcord = async (round: number) => {
      const { page: app, done } = await isolatedPage(browser, host.origin, peerHtml);
      await app.goto(host.url);
      await app.evaluate(() => localStorage.setItem('concordDebug', '1'));
      await app.reload();
      await app.getByRole('tab', { name: 'Drafts' }).click();
      await app.getByRole('list', { name: 'Drafts' }).getByRole('button').first().click();
      await app.waitForFunction((n) => (document.querySelector('.cn-page')?.childElementCount ?? 0) >= n, PARAGRAPHS);
      await done();
      await assertFineClock(app);
      const profile = process.env.CONCORD_BENCH_PROFILE && round === 0 ? await startProfile(app) : null;
      concord.push(...(await typeInPage(app)).slice(10));
      if (profile && process.env.CONCORD_BENCH_PROFILE) await profile.stop(process.env.CONCORD_BENCH_PROFILE);
      await app.close();
    };
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) {
        await typePeer();
        await typeConcord(round);
      } else {
        await typeConcord(round);
        await typePeer();
      }
    }
  } finally {
    await browser.close();
    await host.close();
    rmSync(workspace, { recursive: true, force: true });
  }
  const ours = summarize(concord);
  const theirs = summarize(plain);
  const ratio = `${(ours.median / theirs.median).toFixed(2)}× median, ${(ours.p95 / theirs.p95).toFixed(2)}× p95`;
  return [
    {
      group: 'editor',
      subject: `keystroke in chromium, every plugin on, ${PARAGRAPHS} paragraphs (${KEYS} insertions, dispatch + forced layout)`,
      median: ours.median,
      p95: ours.p95,
      unit: 'ms',
      goal: '≤ 1.5× plain ProseMirror, median and p95',
      note: `${ratio} plain ProseMirror`,
    },
    { group: 'editor', subject: `plain ProseMirror, basic schema, ${texts.length} paragraphs of ~60 words, same loop`, peer: true, median: theirs.median, p95: theirs.p95, unit: 'ms' },
  ];
};

export default bench;

if (import.meta.url === `file://${process.argv[1]}`) console.table(await bench());
