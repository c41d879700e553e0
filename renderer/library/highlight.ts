/**
 * A search hit's text cut into runs for display: the ranges the engine matched become marked
 * runs, the rest plain. The spans arrive over the API, so they are clamped and merged here
 * rather than trusted: a bad range must never drop or repeat a character of the clause.
 */
import type { Span } from '../../shared/model';

/** A piece of the text, marked when it matched the query. */
export interface TextRun {
  text: string;
  marked: boolean;
}

/**
 * Splits `text` into alternating runs; joined again they give back `text` exactly. Spaces
 * between two matched words are marked with them, so a matched phrase reads as one mark.
 */
export function markedRuns(text: string, spans: readonly Span[]): TextRun[] {
  const ranges = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const runs: TextRun[] = [];
  const push = (piece: string, marked: boolean) => {
    if (!piece) return;
    const last = runs[runs.length - 1];
    if (last && last.marked === marked) last.text += piece;
    else runs.push({ text: piece, marked });
  };
  let at = 0;
  for (const range of ranges) {
    if (range.end <= at) continue;
    push(text.slice(at, Math.max(at, range.start)), false);
    push(text.slice(Math.max(at, range.start), range.end), true);
    at = range.end;
  }
  push(text.slice(at), false);
  return joinMarksAcrossSpaces(runs);
}

function joinMarksAcrossSpaces(runs: TextRun[]): TextRun[] {
  const joined: TextRun[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i] as TextRun;
    const last = joined[joined.length - 1];
    const next = runs[i + 1];
    if (last?.marked && !run.marked && next?.marked && /^[^\S\n]+$/.test(run.text)) {
      last.text += run.text + next.text;
      i += 1;
    } else joined.push({ ...run });
  }
  return joined;
}
