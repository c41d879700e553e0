/**
 * PDF in the desktop shell: the printable HTML page loaded into a hidden, sandboxed window with
 * JavaScript off, printed by Chromium's own printToPDF with page numbers in the footer.
 */
import { BrowserWindow } from 'electron';
import type { PdfRenderer } from './pdf';

const FOOTER = '<div style="font-size:9px;width:100%;text-align:center;color:#444;font-family:serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>';

export const electronPdf: PdfRenderer = async (html, paper) => {
  const win = new BrowserWindow({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await win.webContents.printToPDF({
      pageSize: paper === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: FOOTER,
    });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
  }
};
