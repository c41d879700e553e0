/**
 * A stretch of a block's text cut where its emphasis changes: the runs every writer turns into
 * its own markup (Word runs, <em>/<strong>/<a>, *...* and **...**, AKN <i>/<b>/<a>).
 */
import type { InlineMark } from '../model';

/** Text with one set of emphasis over all of it. */
export interface InlineRun {
  text: string;
  italic: boolean;
  bold: boolean;
  /** Where a link points, as the source wrote it. */
  href?: string;
}

/** The runs of `text.slice(start, end)` under the block's marks; plain text gives one run. */
export function inlineRuns(text: string, marks: readonly InlineMark[] | undefined, start = 0, end = text.length): InlineRun[] {
  const cuts = new Set([start, end]);
  for (const m of marks ?? []) for (const at of [m.from, m.to]) if (at > start && at < end) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const runs: InlineRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    const over = (marks ?? []).filter((m) => m.from <= from && m.to >= to);
    const link = over.find((m) => m.type === 'link');
    const run: InlineRun = { text: text.slice(from, to), italic: over.some((m) => m.type === 'italic'), bold: over.some((m) => m.type === 'bold') };
    if (link?.href) run.href = link.href;
    runs.push(run);
  }
  return runs.length ? runs : [{ text: '', italic: false, bold: false }];
}

/** A link address a written file may carry: web and mail addresses only, never script. */
export function safeHref(href: string | undefined): string | undefined {
  return href !== undefined && /^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : undefined;
}

/** How a markup language writes text, emphasis and links. */
export interface RunMarkup {
  text(text: string): string;
  italic(inner: string): string;
  bold(inner: string): string;
  link(inner: string, href: string): string;
}

/** A stretch of a block's text written in a markup language (HTML, Akoma Ntoso); links only to safe addresses. */
export function writeRuns(block: { text: string; marks?: readonly InlineMark[] | undefined }, start: number, end: number, markup: RunMarkup): string {
  return inlineRuns(block.text, block.marks, start, end)
    .map((run) => {
      let out = markup.text(run.text);
      if (run.italic) out = markup.italic(out);
      if (run.bold) out = markup.bold(out);
      const href = safeHref(run.href);
      return href ? markup.link(out, href) : out;
    })
    .join('');
}
