/**
 * Footnote markers: the "*" after "We*" or "partners*," (the anchor) and the "* The following
 * countries ..." line it points to. Asterisks, daggers and bracketed numbers are recognised.
 */

/** A footnote marker at the start of a line ("*", "**", "†", "[1]"), with the text's offset. */
export function readFootnoteMarker(line: string): { marker: string; textStart: number } | undefined {
  const m = /^[\s\u00a0]*(\*{1,3}|†{1,2}|‡|\[\d{1,3}\])[\s\u00a0]*/.exec(line);
  if (!m || m[0].length === line.length) return undefined;
  return { marker: m[1] ?? '', textStart: m[0].length };
}

const MARKERS = /\*{1,3}|†{1,2}|‡|\[\d{1,3}\]/g;
/** What may stand right before an anchor: a letter, digit or closing punctuation. */
const BEFORE_ANCHOR = /[\p{L}\p{N}.,;:)\]’”"]/u;

/** The daggers, looked for by pattern: see mayCite. */
const DAGGER = /[†‡]/;

/**
 * False when the text holds no character a marker starts with, so neither it nor any part of it
 * cites a note. Searches for one character each read a paragraph faster than one pattern of all
 * (a third of the time on a megabyte of Markdown), and most find none; but a search for "†"
 * (U+2020) in text with curly quotes stops at every space, whose byte 0x20 it looks for, so the
 * two daggers are one pattern (half the time of that search).
 */
export function mayCite(text: string): boolean {
  return text.includes('*') || text.includes('[') || DAGGER.test(text);
}

/** Anchors cited in a text: markers glued to the end of a word or closing punctuation. */
export function findAnchors(text: string): string[] {
  // Most paragraphs cite nothing: one scan for the markers' first characters settles them.
  if (!mayCite(text)) return [];
  const found = new Set<string>();
  MARKERS.lastIndex = 0;
  for (let m = MARKERS.exec(text); m; m = MARKERS.exec(text)) {
    if (m.index > 0 && BEFORE_ANCHOR.test(text[m.index - 1] ?? '')) found.add(m[0]);
  }
  return [...found];
}

/** The marker a Markdown footnote label stands for: stars and daggers as they are, others in brackets. */
export function markerOfLabel(label: string): string {
  return /^[*†‡§]+$/.test(label) ? label : `[${label}]`;
}
