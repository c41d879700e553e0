/**
 * Where a search hit matched, as ranges of the clause text for the result list to mark:
 * every word whose index term was matched, and every occurrence of a quoted phrase as one range.
 */
import type { Span } from '../model';
import { termOf, wordsOf } from './terms';

/** Sorted, non-overlapping ranges of `text` matching `terms` (index terms) or `phrases`. */
export function highlightsOf(text: string, terms: { has(term: string): boolean }, phrases: readonly RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const word of wordsOf(text)) {
    const term = termOf(word.text);
    if (term !== null && terms.has(term)) spans.push({ start: word.start, end: word.end });
  }
  for (const pattern of phrases) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  return mergeSpans(spans);
}

/** Joins overlapping ranges so that no character is marked twice. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
