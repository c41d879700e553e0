/**
 * PDF in the desktop shell: the printable HTML page loaded into a hidden, sandboxed window with
 * JavaScript off, printed by Chromium's own printToPDF with page numbers in the footer.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { PDF_MARGINALIA, type PdfRenderer } from './pdf-page';

export const electronPdf: PdfRenderer = async (html, paper) => {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
  // From a temp file, not a data: URL: Chromium caps those at 2 MB, and long drafts are larger.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'concord-pdf-'));
  try {
    const page = path.join(dir, 'page.html');
    await writeFile(page, html);
    await win.loadFile(page);
    const pdf = await win.webContents.printToPDF({ pageSize: paper === 'letter' ? 'Letter' : 'A4', ...PDF_MARGINALIA });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    await rm(dir, { recursive: true, force: true });
  }
};
