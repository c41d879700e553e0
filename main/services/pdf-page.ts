/** What both PDF renderers share: their signature and the page-number footer. */
export type PdfRenderer = (html: string, paper: 'a4' | 'letter') => Promise<Uint8Array>;

/** Chromium's header/footer templates: no header, "page / pages" centred in the footer. */
export const PDF_MARGINALIA = {
  displayHeaderFooter: true,
  headerTemplate: '<span></span>',
  footerTemplate: '<div style="font-size:9px;width:100%;text-align:center;color:#444;font-family:serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  printBackground: true,
  preferCSSPageSize: true,
} as const;
