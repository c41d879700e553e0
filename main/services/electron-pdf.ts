/**
 * PDF in the desktop shell: the printable page loaded into a hidden, sandboxed window, laid out
 * by Paged.js (run by the shell; the page itself holds no script) and printed by Chromium's own
 * printToPDF.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { PAGED_DONE, PDF_PRINT, pagedScript, type PdfRenderer } from './pdf-page';

export const electronPdf: PdfRenderer = async (html, paper) => {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true } });
  // From a temp file, not a data: URL: Chromium caps those at 2 MB, and long drafts are larger.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'concord-pdf-'));
  try {
    const page = path.join(dir, 'page.html');
    await writeFile(page, html);
    await win.loadFile(page);
    await win.webContents.executeJavaScript(pagedScript(app.getAppPath()));
    for (let waited = 0; !(await win.webContents.executeJavaScript(`window.${PAGED_DONE} === true`)); waited += 100) {
      if (waited > 120_000) throw new Error('The PDF layout did not finish in two minutes.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pdf = await win.webContents.printToPDF({ pageSize: paper === 'letter' ? 'Letter' : 'A4', ...PDF_PRINT });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
