/**
 * PDF for the browser host and the CLI: the printable page laid out by Paged.js and printed by
 * chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH). The Electron shell uses its own
 * printToPDF instead (main/services/electron-pdf.ts).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ApiError } from '../../shared/api';
import { appRoot } from './app-root';
import { PAGED_DONE, PDF_PRINT, pagedScript, type PdfRenderer } from './pdf-page';

/** Renders with a headless chromium launched for the call. */
export const chromiumPdf: PdfRenderer = async (html, paper) => {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new ApiError('internal', `PDF export needs chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH). Export to Word instead and print from there.`);
  }
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    // The page's own policy allows no script; only the renderer's Paged.js runs, past it.
    const page = await browser.newPage({ bypassCSP: true });
    await page.route('**/*', (route) => route.abort()); // the page is self-contained: nothing may load
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ content: pagedScript(appRoot()) });
    await page.waitForFunction(`window.${PAGED_DONE} === true`, undefined, { timeout: 120_000 });
    const pdf = await page.pdf({ format: paper === 'letter' ? 'Letter' : 'A4', ...PDF_PRINT });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
};
