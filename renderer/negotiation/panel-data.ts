/**
 * What the negotiation panel shows, computed from the editor's document and the draft's named
 * versions: open brackets by section and by delegation, the oldest open ones, the trend of open
 * brackets across versions, and the resolution log. Pure, so it is tested without a browser.
 */
import type { Node } from 'prosemirror-model';
import type { DocNode } from '../../shared/model';
import type { BracketCounts, NegotiationVersion, TrendPoint } from '../../shared/negotiation/schemas';
import { countBrackets } from '../../shared/negotiation/counts';
import { datedBrackets, openBracketTrend } from '../../shared/negotiation/history';
import type { Bracket, Resolution } from '../../shared/negotiation/model';
import { docFromJSON } from '../editor/convert';
import { readDraftBrackets } from '../editor/draft-brackets';
import { draftText } from '../editor/draft-text';
import { negotiationOf, partiesOf } from '../editor/negotiation-attr';

/** A named version as the host holds it. */
export interface PanelVersion {
  name: string;
  createdAt?: string;
  doc: DocNode;
}

/** One open bracket as a row of the panel, with where to jump. */
export interface OpenRow {
  id: string;
  /** The bracket as written, shortened. */
  excerpt: string;
  from: number;
  to: number;
  alternatives: number;
  parties: string[];
  section?: string;
  /** Open since this version's date, when versions are known. */
  since?: string;
}

/** The panel's figures for the current document. */
export interface NegotiationSummary {
  total: BracketCounts;
  sections: { section: string; rows: OpenRow[] }[];
  parties: { party: string; open: number }[];
  rows: OpenRow[];
  problems: { message: string; from: number }[];
  resolved: { index: number; bracket: string; resolution: Resolution }[];
}

const EXCERPT = 70;
/** What the panel calls text before the first heading. */
export const NO_SECTION = 'Before the first heading';

function excerptOf(text: string, b: Bracket): string {
  const written = text.slice(b.span.start, b.span.end).replace(/\s+/gu, ' ');
  return written.length > EXCERPT ? `${written.slice(0, EXCERPT - 1)}…` : written;
}

/** Open brackets, by section and delegation, unbalanced brackets and the log, for `doc`. */
export function summarizeDraft(doc: Node): NegotiationSummary {
  const { text, parse } = readDraftBrackets(doc);
  const rows = parse.brackets.map((b): OpenRow => ({
    id: b.id,
    excerpt: excerptOf(text.text, b),
    from: text.posAt(b.span.start),
    to: text.posAt(b.span.end),
    alternatives: b.alternatives.length,
    parties: [...new Set(b.alternatives.flatMap((a) => a.parties))],
    ...(b.section === undefined ? {} : { section: b.section }),
  }));
  const sections: NegotiationSummary['sections'] = [];
  for (const row of rows) {
    const name = row.section ?? NO_SECTION;
    const last = sections[sections.length - 1];
    if (last?.section === name) last.rows.push(row);
    else sections.push({ section: name, rows: [row] });
  }
  const tally = countBrackets(parse);
  const records = negotiationOf(doc).records;
  return {
    total: tally.total,
    sections,
    parties: tally.parties.map(({ party, open }) => ({ party, open })),
    rows,
    problems: parse.problems.map((p) => ({ message: p.message, from: text.posAt(p.at) })),
    resolved: records.map((r, index) => ({ index, bracket: r.edit.removed.replace(/\s+/gu, ' ').slice(0, EXCERPT), resolution: r.resolution })).reverse(),
  };
}

/** The versions' texts as the engine reads them, oldest first; a version that cannot be read is left out. */
export function versionTexts(versions: readonly PanelVersion[]): NegotiationVersion[] {
  return versions.flatMap((v) => {
    try {
      return [{ name: v.name, createdAt: v.createdAt ?? '', text: draftText(docFromJSON(v.doc)).text }];
    } catch {
      return [];
    }
  });
}

/** The label of the current state's point on the chart. */
export const CURRENT = 'Now';

/** Open brackets in each version, then in the current document. */
export function trend(versions: readonly NegotiationVersion[], doc: Node): TrendPoint[] {
  const parties = partiesOf(doc);
  const { parse } = readDraftBrackets(doc);
  return [...openBracketTrend(versions, { parties }), { name: CURRENT, createdAt: '', open: parse.brackets.length, unbalanced: parse.problems.length }];
}

/** The `count` brackets open longest (by the version they first appeared in), oldest first. */
export function oldestRows(versions: readonly NegotiationVersion[], doc: Node, rows: readonly OpenRow[], count: number): OpenRow[] {
  if (versions.length === 0) return rows.slice(0, count);
  const current = { name: CURRENT, createdAt: '\uffff', text: readDraftBrackets(doc).text.text };
  const since = new Map(datedBrackets([...versions, current], { parties: partiesOf(doc) }).map((b) => [b.id, b.createdAt]));
  return rows
    .map((row) => {
      const date = since.get(row.id);
      return date === undefined || date === '\uffff' ? row : { ...row, since: date };
    })
    .sort((a, b) => (a.since ?? '\uffff').localeCompare(b.since ?? '\uffff') || a.from - b.from)
    .slice(0, count);
}
