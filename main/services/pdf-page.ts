/**
 * What both PDF renderers share. The printable page (shared/formats/html-write.ts, `paged`) is
 * laid out into pages by Paged.js, the CSS paged-media engine, run inside the page by the
 * renderer: it floats each footnote to the foot of the page citing it and draws the page numbers
 * in the page's own font. The page itself holds no script and loads nothing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type PdfRenderer = (html: string, paper: 'a4' | 'letter') => Promise<Uint8Array>;

/** Chromium's print options once Paged.js has laid out the pages: its page size, no header or footer of Chromium's own. */
export const PDF_PRINT = { displayHeaderFooter: false, printBackground: true, preferCSSPageSize: true } as const;

/** Set by the script below once every page is laid out. */
export const PAGED_DONE = '__concordPagedDone';

let cached: string | undefined;

/** The script a renderer runs in the page: Paged.js, told to say when it is done. */
export function pagedScript(root: string): string {
  cached ??= readFileSync(path.join(root, 'node_modules/pagedjs/dist/paged.polyfill.min.js'), 'utf8');
  return `window.PagedConfig = { auto: true, after: () => { window.${PAGED_DONE} = true; } };\n${cached}`;
}
