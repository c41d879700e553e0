/**
 * PDF in the desktop shell: the printable HTML page loaded into a hidden, sandboxed window with
 * JavaScript off, printed by Chromium's own printToPDF with page numbers in the footer.
 */
import { BrowserWindow } from 'electron';
import { PDF_MARGINALIA, type PdfRenderer } from './pdf-page';

export const electronPdf: PdfRenderer = async (html, paper) => {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await win.webContents.printToPDF({ pageSize: paper === 'letter' ? 'Letter' : 'A4', ...PDF_MARGINALIA });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
};
