/**
 * The clean text of a draft for export. A text with brackets still open is not clean: in
 * "refuse" mode the export is refused with the list of what is open (and what does not pair
 * up); in "keep-visible" mode the text goes out as it stands, with the same list as a warning.
 */
import { lineLocator } from './layout';
import type { Bracket, BracketParse } from './model';
import { parseBrackets } from './parse';
import type { ParseOptions } from './parse';
import { applyEdit, tidyDeletion } from './resolve';
import type { CleanMode, CleanResult, OpenItem } from './schemas';

const EXCERPT = 80;

/**
 * The text ready for export. A text with nothing open loses its stray notes and attributions
 * ("[Note: ...]", "[proposed by ...]" standing alone), which belong to the negotiation only.
 */
export function cleanText(text: string, options: { mode: CleanMode } & ParseOptions): CleanResult {
  return cleanParsed(text, parseBrackets(text, options), options.mode);
}

/** cleanText for a text already parsed (a draft read by readDraftLines). */
export function cleanParsed(text: string, parse: BracketParse, mode: CleanMode): CleanResult {
  const locate = lineLocator(text);
  const open = parse.brackets.map((b) => openItem(text, b, locate));
  if (mode === 'keep-visible') return { ok: true, text, open };
  if (open.length > 0 || parse.problems.length > 0) {
    return { ok: false, message: refusal(open.length, parse.problems.length), open, problems: parse.problems };
  }
  let clean = text;
  const debris = parse.editorial.filter((e) => e.kind === 'note' || e.kind === 'attribution').reverse();
  for (const e of debris) {
    const range = tidyDeletion(clean, e.span, false);
    clean = applyEdit(clean, { at: range.start, removed: clean.slice(range.start, range.end), inserted: '' });
  }
  return { ok: true, text: clean, open: [] };
}

function openItem(text: string, b: Bracket, locate: ReturnType<typeof lineLocator>): OpenItem {
  const written = text.slice(b.span.start, b.span.end).replace(/\s+/gu, ' ');
  return {
    id: b.id,
    ...locate(b.span.start),
    span: b.span,
    excerpt: written.length > EXCERPT ? `${written.slice(0, EXCERPT - 1)}…` : written,
    alternatives: b.alternatives.length,
    parties: [...new Set(b.alternatives.flatMap((a) => a.parties))],
    ...(b.section === undefined ? {} : { section: b.section }),
  };
}

function refusal(open: number, unbalanced: number): string {
  const parts: string[] = [];
  if (open > 0) parts.push(open === 1 ? '1 bracket is still open' : `${open} brackets are still open`);
  if (unbalanced > 0) parts.push(unbalanced === 1 ? '1 bracket does not pair up' : `${unbalanced} brackets do not pair up`);
  return `The text is not clean: ${parts.join(' and ')}. Resolve them first, or export with brackets left visible.`;
}
