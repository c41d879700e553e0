/**
 * Finding a footnote's marker inside the text of the block citing it, so that writers can put a
 * real footnote reference there. "*" must not be found inside "**", nor "**" inside "***".
 */

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern matching the marker where it stands alone. */
export function markerPattern(marker: string): RegExp {
  const first = marker[0] ?? '';
  const repeated = first !== '' && !/\w/.test(first) && [...marker].every((c) => c === first);
  const around = escapeRegExp(first);
  return new RegExp(repeated ? `(?<!${around})${escapeRegExp(marker)}(?!${around})` : escapeRegExp(marker));
}

/**
 * Splits a text at the first occurrence of each marker, in text order: the pieces between, and
 * the markers found. Markers not in the text are returned as `missing`, for writers to append.
 */
export function splitAtMarkers(text: string, markers: string[]): { pieces: string[]; found: string[]; missing: string[] } {
  const hits: { at: number; marker: string }[] = [];
  const missing: string[] = [];
  for (const marker of markers) {
    const match = markerPattern(marker).exec(text);
    if (match && !hits.some((h) => h.at === match.index)) hits.push({ at: match.index, marker });
    else missing.push(marker);
  }
  hits.sort((a, b) => a.at - b.at);
  const pieces: string[] = [];
  let from = 0;
  for (const hit of hits) {
    pieces.push(text.slice(from, hit.at));
    from = hit.at + hit.marker.length;
  }
  pieces.push(text.slice(from));
  return { pieces, found: hits.map((h) => h.marker), missing };
}
