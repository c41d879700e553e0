/**
 * The e2e harness: the browser host started in-process on a temp workspace, and Debian's
 * chromium driven by playwright-core. Every flow saves screenshots under tests/e2e/.screens/
 * (ignored by git); `npx tsx scripts/refresh-screenshots.ts` copies the README's into
 * tests/e2e/screenshots/.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebHost, type WebHost } from '../../main/web';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('./.screens/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface Session {
  host: WebHost;
  browser: Browser;
  page: Page;
  workspace: string;
  /** Page errors matching this are expected by the test (a CSP violation it provokes). */
  allowErrors(pattern: RegExp): void;
  /** Saves a PNG under tests/e2e/.screens/ and returns its path. */
  shot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** A browser host in its own process, so a test can kill it the way a crash would. */
export interface HostProcess {
  url: string;
  kill(): void;
}

/** Starts `main/web.ts` as a child process on the workspace and waits for its URL. */
export function startHostProcess(workspace: string): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/web.ts', '--workspace', workspace], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/#token=\S+/.exec(out)?.[0];
      if (url) resolve({ url, kill: () => child.kill('SIGKILL') });
    });
    child.on('exit', (code) => reject(new Error(`The host exited (${code}) before printing its URL.`)));
  });
}

/** Opens chromium on a running host's URL. */
export async function openBrowser(url: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
  await page.goto(url);
  return { browser, page };
}

/** Starts a host on a fresh workspace and opens the app in a new chromium page. */
export async function openApp(opts: { workspace?: string; viewport?: { width: number; height: number } } = {}): Promise<Session> {
  const workspace = opts.workspace ?? mkdtempSync(path.join(os.tmpdir(), 'concord-e2e-'));
  const host = await startWebHost({ workspace });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1360, height: 860 } });
  const errors: string[] = [];
  const allowed: RegExp[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    // Failed loads are reported with their URL below; refused API calls are shown to the user.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) errors.push(msg.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !new URL(response.url()).pathname.startsWith('/api/')) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(host.url);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    host,
    browser,
    page,
    workspace,
    allowErrors: (pattern) => allowed.push(pattern),
    async shot(name) {
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await browser.close();
      await host.close();
      if (!opts.workspace) rmSync(workspace, { recursive: true, force: true });
      const unexpected = errors.filter((e) => !allowed.some((re) => re.test(e)));
      if (unexpected.length) throw new Error(`The page reported errors:\n${unexpected.join('\n')}`);
    },
  };
}

/** Two built-in templates a comparison test can open straight away. */
export const COMPARED_TEMPLATES = { old: 'template:001_3fc0054c9cd0d71e', new: 'template:000_1a65664d9f6e4a72' } as const;

/**
 * Opens the comparison of two sources (`template:ID`) by the app's #compare= hook. A change of
 * fragment alone would not reload the app, and the hook is read at start: so via about:blank.
 */
export async function openComparison(s: Session, a: string = COMPARED_TEMPLATES.old, b: string = COMPARED_TEMPLATES.new): Promise<void> {
  await s.page.goto('about:blank');
  await s.page.goto(`${s.host.url}&compare=${a},${b}`);
}
