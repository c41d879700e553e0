/**
 * What every redline writer prints, worked out once: the comparison as output paragraphs,
 * each a list of runs marked equal, inserted or deleted, with moves and numbers in place.
 */
import type { BracketChange } from '../../negotiation/schemas';
import { where } from '../summary';
import type { Comparison, Row, RowKind, Summary, WordOp } from '../schemas';

/** A stretch of text in one output paragraph. */
export interface Run {
  kind: 'equal' | 'insert' | 'delete';
  text: string;
}

/** One printed paragraph of the redline. */
export interface RedlineParagraph {
  /** Index of the comparison row it comes from. */
  row: number;
  kind: RowKind;
  /** For a move: which end this is, and its id shared by both ends. */
  move?: { id: number; end: 'from' | 'to' };
  runs: Run[];
  /** The paragraph it prints: which side's (the new one's, but the old one's where it left or a merge was), and its index there. */
  side: 'a' | 'b';
  p: number;
  /** On a row's first paragraph: where the change stands ("OP 3", "Art. 4.2 → Art. 5.1"). */
  where?: string;
  /** How many of `runs` are the paragraph's number, typed (they come first); a writer with real list numbering leaves them out. */
  numberRuns?: number;
  /** Bracket lines to print under the paragraph ("Bracket resolved: kept “shall”, dropped “should”"). */
  brackets?: string[];
  /**
   * The row's whole difference is bracket work: writers that can show the new text plainly with
   * the bracket lines do so, rather than the words inserted and deleted.
   */
  resolved?: boolean;
}

/** Lays out the rows as paragraphs in document order; a split row gives several. */
export function redlineParagraphs(c: Comparison): RedlineParagraph[] {
  const out: RedlineParagraph[] = [];
  c.rows.forEach((r, k) => {
    const groups = new Map<number, Run[]>();
    // New-side paragraphs lead; deletions join the paragraph they stand in. A merge keeps the
    // old paragraphs, so the breaks it removed can be shown (and rejected) where they were.
    const side = r.b.length && r.move?.end !== 'from' && r.kind !== 'merged' ? 'b' : 'a';
    let current = (side === 'b' ? r.b[0] : r.a[0]) ?? 0;
    for (const op of r.ops) {
      const at = placeOf(op, side);
      if (at !== undefined) current = at;
      const runs = groups.get(current) ?? [];
      if (op.text) runs.push({ kind: op.kind, text: op.text });
      groups.set(current, runs);
    }
    const order = side === 'b' ? r.b : r.a;
    const lines = bracketLines(r);
    order.forEach((p, n) => {
      const runs = groups.get(p) ?? [];
      out.push({
        row: k,
        kind: r.kind,
        side,
        p,
        ...(r.move ? { move: { id: r.move.id, end: r.move.end } } : {}),
        runs: n === 0 ? [...numberRuns(r, c.ignore.numbering), ...runs] : runs,
        ...(n === 0 && r.number ? { numberRuns: numberRuns(r, c.ignore.numbering).length } : {}),
        ...(n === 0 && r.kind !== 'equal' ? { where: where(r) } : {}),
        ...(n === 0 && lines.length > 0 ? { brackets: lines } : {}),
        ...(r.resolution && r.b.length > 0 && r.move?.end !== 'from' ? { resolved: true } : {}),
      });
    });
  });
  return out;
}

function placeOf(op: WordOp, side: 'a' | 'b'): number | undefined {
  return side === 'b' ? op.b?.p : op.a?.p;
}

function numberRuns(r: Row, ignored: boolean): Run[] {
  const n = r.number;
  if (!n) return [];
  const from = n.a ? `${n.a} ` : '';
  const to = n.b ? `${n.b} ` : '';
  if (r.move?.end === 'from' || r.b.length === 0) return from ? [{ kind: r.kind === 'deleted' || r.move ? 'delete' : 'equal', text: from }] : [];
  if (r.a.length === 0) return to ? [{ kind: 'insert', text: to }] : [];
  if (!n.changed || ignored) return to || from ? [{ kind: 'equal', text: to || from }] : [];
  return [...(from ? [{ kind: 'delete' as const, text: from }] : []), ...(to ? [{ kind: 'insert' as const, text: to }] : [])];
}

/** A short label for the kind of change, as the redline margins show it. */
export function kindLabel(p: RedlineParagraph): string {
  const kind = p.move ? (p.move.end === 'from' ? `moved away (move ${p.move.id})` : `moved here (move ${p.move.id})${p.kind === 'moved-changed' ? ', changed' : ''}`) : p.kind === 'equal' ? '' : p.kind;
  return kind && p.where ? `${kind} · ${p.where}` : kind;
}

/** How a bracket change reads under its paragraph. */
export function bracketLine(change: BracketChange): string {
  if (change.kind === 'opened' || change.kind === 'changed') return capitalized(change.summary);
  return `Bracket resolved: ${change.summary}`;
}

/**
 * The bracket lines of a row; a dropped option paragraph points at the choice that dropped it,
 * in words of its own, so that "Bracket resolved" lines count each closed bracket once, as the
 * summary does.
 */
function bracketLines(r: Row): string[] {
  if (r.move?.end === 'from') return [];
  if (r.brackets && r.brackets.length > 0) return r.brackets.map(bracketLine);
  return r.resolution ? [`Part of a bracket resolution: ${r.resolution.summary}`] : [];
}

/** The summary's bracket figures as one sentence, or undefined when no bracket changed. */
export function bracketTally(s: Summary): string | undefined {
  const b = s.brackets;
  return b ? `Brackets: ${b.opened} opened, ${b.closed} closed, ${b.changed} changed but still open.` : undefined;
}

/** The runs a resolved paragraph shows: the new text, unmarked. */
export function resultRuns(p: RedlineParagraph): Run[] {
  return p.runs.filter((r) => r.kind !== 'delete').map((r) => ({ kind: 'equal', text: r.text }));
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
