/**
 * PDF for the browser host and the CLI: the printable HTML page rendered by chromium (Debian's
 * /usr/bin/chromium, or CHROMIUM_PATH), with page numbers in the footer. The Electron shell
 * uses its own printToPDF instead (main/electron-pdf.ts).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ApiError } from '../../shared/api';
import { PDF_MARGINALIA, type PdfRenderer } from './pdf-page';


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
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.route('**/*', (route) => route.abort()); // the page is self-contained: nothing may load
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: paper === 'letter' ? 'Letter' : 'A4', ...PDF_MARGINALIA });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
};
