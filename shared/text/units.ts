/**
 * Cutting cleaned text into units: the paragraphs as written, before anyone decides what they
 * are. In the genre one line is usually one paragraph, so a line break ends a unit; lines are
 * joined only where they plainly continue (the next line starts in lowercase mid-sentence, or
 * the file is hard-wrapped at a fixed width and the line before reaches it).
 */
import { readFootnoteMarker } from './footnotes';
import { readNumber } from './numbers';

/** Consecutive lines that form one paragraph of the source. */
export interface Unit {
  /** Offset of the start of its first line. */
  start: number;
  /** Offset just past its last non-blank character. */
  end: number;
  /** Its lines, trimmed and joined with single spaces. */
  text: string;
  /** True when one or more blank lines separate it from the unit before. */
  afterBlank: boolean;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines with their trimmed text; blank lines have text ''. */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const raw = text.slice(start, stop);
    const trimmed = raw.trim();
    const lead = trimmed === '' ? 0 : raw.indexOf(trimmed.charAt(0));
    lines.push({ start, end: start + lead + trimmed.length, text: trimmed });
    if (newline < 0) break;
    start = newline + 1;
  }
  return lines;
}

/** The width a hard-wrapped file is wrapped at, or 0 when lines are paragraphs. */
function wrapWidth(lines: Line[]): number {
  const lengths = lines.filter((l) => l.text !== '').map((l) => l.text.length);
  const max = Math.max(0, ...lengths.slice(0, 5000));
  if (max === 0 || max > 100) return 0;
  const full = lengths.filter((n) => n >= max * 0.75).length;
  return full >= 3 && full >= lengths.length * 0.3 ? max : 0;
}

/** True when `line` continues the paragraph whose last line is `previous`. */
function continues(previous: Line, line: Line, width: number): boolean {
  if (readNumber(line.text) || readFootnoteMarker(line.text)) return false;
  if (/^\p{Ll}/u.test(line.text) && !/[.!?;:]["”’)]*$/.test(previous.text)) return true;
  return width > 0 && previous.text.length >= width * 0.75 && /^[\p{L}\p{N}“"‘(]/u.test(line.text);
}

/** Splits text into units, in order; blank text gives none. */
export function splitUnits(text: string): Unit[] {
  const lines = splitLines(text);
  const width = wrapWidth(lines);
  const units: Unit[] = [];
  let previous: Line | undefined;
  let blank = false;
  for (const line of lines) {
    if (line.text === '') {
      blank = true;
      previous = undefined;
      continue;
    }
    const last = units[units.length - 1];
    if (last && previous && continues(previous, line, width)) {
      last.end = line.end;
      last.text += ' ' + line.text;
    } else {
      units.push({ start: line.start, end: line.end, text: line.text, afterBlank: blank });
    }
    previous = line;
    blank = false;
  }
  return units;
}
