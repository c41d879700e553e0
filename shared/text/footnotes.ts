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

/** Anchors cited in a text: markers glued to the end of a word or closing punctuation. */
export function findAnchors(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{L}\p{N}.,;:)\]’”"])(\*{1,3}|†{1,2}|‡|\[\d{1,3}\])/gu)) {
    found.add(m[1] ?? '');
  }
  return [...found];
}
