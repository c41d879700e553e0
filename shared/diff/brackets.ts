/**
 * Bracket work between two versions of a negotiation text, row by row: which brackets were
 * resolved, opened or reshaped (negotiation/changes.ts), and whether that accounts for the row's
 * whole difference, so that a redline can say "kept “shall”, dropped “should”" instead of
 * listing the words that came and went.
 *
 * Rows are read in units: one paragraph pair, or a run of adjacent changed, inserted and deleted
 * paragraphs when an "Option 1:" or "Alt." marker shows alternatives spread over paragraphs (the
 * choice of one option deletes the others' paragraphs). Only units with a "[", "]" or an option
 * marker on either side are looked at, so texts without brackets cost one scan.
 */
import { bracketChanges } from '../negotiation/changes';
import type { BracketChange } from '../negotiation/schemas';
import { isWhitespace } from '../text/whitespace';
import type { CompareSide, Row } from './schemas';

const OPTION_MARKER = /^\s*(?:option|opt\.|alt\b|alternative\b)/iu;
const JOINABLE = new Set<Row['kind']>(['changed', 'inserted', 'deleted']);

interface Line {
  row: number;
  /** The paragraph as written, number included, and where it stands in the joined text. */
  start: number;
  end: number;
  /** Where the paragraph's text (after its number) starts in the joined text. */
  textStart: number;
}

interface Unit {
  rows: number[];
  a: string;
  b: string;
  linesA: Map<number, Line>;
  linesB: Map<number, Line>;
}

/**
 * Adds `brackets` and, where the bracket changes explain every word that changed, `resolution`
 * to the rows (in place, as the rows are being built). Stops at `deadline`, leaving the rest as
 * plain word changes.
 */
export function annotateBrackets(rows: Row[], a: CompareSide, b: CompareSide, deadline = Infinity): void {
  for (const rowsOfUnit of bracketUnits(rows, a, b)) {
    if (performance.now() > deadline) return;
    if (onlyRenumbered(rowsOfUnit, rows, a, b)) continue;
    const unit = joinUnit(rowsOfUnit, rows, a, b);
    if (!mayHoldBrackets(unit.a) && !mayHoldBrackets(unit.b)) continue;
    const changes = bracketChanges(unit.a, unit.b);
    if (changes.length === 0) continue;
    const owned = new Map<number, BracketChange[]>();
    for (const change of changes) {
      const owner = ownerRow(change, unit);
      if (owner !== undefined) owned.set(owner, [...(owned.get(owner) ?? []), change]);
    }
    for (const k of unit.rows) {
      const row = rows[k];
      if (!row) continue;
      const own = owned.get(k) ?? [];
      if (own.length > 0) row.brackets = own;
      const covering = explainingChanges(row, unit, changes);
      if (covering.length > 0) row.resolution = { summary: (own.length > 0 ? own : covering).map((c) => c.summary).join('; ') };
    }
  }
}

/** The rows to read together, in document order. */
function bracketUnits(rows: readonly Row[], a: CompareSide, b: CompareSide): number[][] {
  const units: number[][] = [];
  let run: number[] = [];
  const marked = (k: number) => {
    const r = rows[k];
    return !!r && (r.a.some((i) => startsOption(a.paragraphs[i]?.text)) || r.b.some((j) => startsOption(b.paragraphs[j]?.text)));
  };
  const flush = () => {
    if (run.some(marked)) units.push(run);
    else for (const k of run) units.push([k]);
    run = [];
  };
  rows.forEach((r, k) => {
    if (JOINABLE.has(r.kind) && !r.move && r.a.length <= 1 && r.b.length <= 1) {
      run.push(k);
      return;
    }
    flush();
    if (r.kind === 'moved-changed' && r.move?.end === 'to' && r.a.length === 1 && r.b.length === 1) units.push([k]);
  });
  flush();
  return units;
}

/**
 * Rows whose paragraphs kept their text and changed only their numbers: their brackets are the
 * same brackets, so nothing to trace (a move or split renumbers hundreds of paragraphs after it).
 */
function onlyRenumbered(unitRows: readonly number[], rows: readonly Row[], a: CompareSide, b: CompareSide): boolean {
  return unitRows.every((k) => {
    const r = rows[k];
    const pa = r?.a.length === 1 ? a.paragraphs[r.a[0] ?? 0] : undefined;
    const pb = r?.b.length === 1 ? b.paragraphs[r.b[0] ?? 0] : undefined;
    return pa !== undefined && pb !== undefined && pa.text === pb.text && !/[[\]]/u.test(`${pa.number ?? ''}${pb.number ?? ''}`);
  });
}

function joinUnit(unitRows: number[], rows: readonly Row[], a: CompareSide, b: CompareSide): Unit {
  const joinedA = joinSide(unitRows, rows, a, 'a');
  const joinedB = joinSide(unitRows, rows, b, 'b');
  return { rows: unitRows, a: joinedA.text, b: joinedB.text, linesA: joinedA.lines, linesB: joinedB.lines };
}

/** One side of a unit as one text, a paragraph a line, number included. */
function joinSide(unitRows: number[], rows: readonly Row[], side: CompareSide, which: 'a' | 'b'): { text: string; lines: Map<number, Line> } {
  let text = '';
  const lines = new Map<number, Line>();
  for (const k of unitRows) {
    const r = rows[k];
    for (const p of r ? r[which] : []) {
      const para = side.paragraphs[p];
      if (!para) continue;
      if (text) text += '\n';
      const prefix = para.number === undefined ? '' : `${para.number} `;
      const start = text.length;
      text += prefix + para.text;
      lines.set(p, { row: k, start, end: text.length, textStart: start + prefix.length });
    }
  }
  return { text, lines };
}

function startsOption(text: string | undefined): boolean {
  return text !== undefined && OPTION_MARKER.test(text);
}

function mayHoldBrackets(text: string): boolean {
  return text.includes('[') || text.includes(']') || text.split('\n').some((line) => OPTION_MARKER.test(line));
}

/**
 * The row a change is shown on: where its result stands in the new text, or, for a bracket that
 * went without a trace, where it stood in the old.
 */
function ownerRow(change: BracketChange, unit: Unit): number | undefined {
  const gone = change.after.span.start === change.after.span.end && change.before !== undefined;
  if (!gone) {
    const owner = lineAt(unit.linesB, change.after.span.start);
    if (owner !== undefined) return owner;
  }
  return change.before ? lineAt(unit.linesA, change.before.span.start) : undefined;
}

function lineAt(lines: Map<number, Line>, offset: number): number | undefined {
  for (const line of lines.values()) if (offset >= line.start && offset <= line.end) return line.row;
  return undefined;
}

/**
 * The changes that together cover every word the row inserted or deleted (spaces between
 * brackets aside); none when a word changed outside any bracket, for then the row holds real
 * word changes and is shown as such.
 */
function explainingChanges(row: Row, unit: Unit, changes: readonly BracketChange[]): BracketChange[] {
  const used = new Set<BracketChange>();
  let any = false;
  for (const op of row.ops) {
    if (op.kind === 'equal') continue;
    any = true;
    const deleted = op.kind === 'delete';
    const at = deleted ? op.a : op.b;
    const line = at && (deleted ? unit.linesA : unit.linesB).get(at.p);
    if (!at || !line) return [];
    // The first change covering an offset stays the same up to the next span start or end.
    let cover: BracketChange | undefined;
    let until = -1;
    for (let i = 0; i < op.text.length; i++) {
      if (isWhitespace(op.text.charCodeAt(i))) continue;
      const offset = line.textStart + at.start + i;
      if (offset >= until) {
        cover = changes.find((c) => within(spanOf(c, deleted), offset));
        until = nextBoundary(changes, deleted, offset);
      }
      if (!cover) return [];
      used.add(cover);
    }
  }
  return any ? [...used] : [];
}

/** The span of a change in the old text (`old`) or the new. */
function spanOf(c: BracketChange, old: boolean): { start: number; end: number } | undefined {
  return old ? c.before?.span : c.after.span;
}

function within(span: { start: number; end: number } | undefined, offset: number): boolean {
  return span !== undefined && offset >= span.start && offset < span.end;
}

/** The first span start or end after `offset`: which changes cover an offset changes only there. */
function nextBoundary(changes: readonly BracketChange[], old: boolean, offset: number): number {
  let next = Infinity;
  for (const c of changes) {
    const span = spanOf(c, old);
    if (!span) continue;
    if (span.start > offset) next = Math.min(next, span.start);
    else if (span.end > offset) next = Math.min(next, span.end);
  }
  return next;
}
