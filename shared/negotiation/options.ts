/**
 * Alternatives at paragraph level. Two conventions of the genre:
 * - "Option 1: ..." / "Option 2 — ..." paragraphs in a row form one set; an option whose marker
 *   stands alone on its line takes the next paragraph as its text, and lettered or bulleted
 *   sub-items ("(a) ...") continue the option above them.
 * - "Alt. ..." / "Alt 12. ..." paragraphs are alternatives to the paragraph just before them,
 *   which becomes the set's first alternative (without a marker).
 * An attribution may follow the marker: "Option 2 (EU):", "Alt. [proposed by G77]".
 */
import type { Alternative, ParagraphInfo } from './model';
import { attributionParties, partyList } from './parties';

/** A run of option paragraphs read as one set of alternatives. */
export interface OptionSet {
  span: { start: number; end: number };
  paragraphIndex: number;
  alternatives: Alternative[];
  /** The markers' spans: brackets inside them ("Option 2 [EU]:") are attributions, not text. */
  markers: { start: number; end: number }[];
}

interface Marker {
  kind: 'option' | 'alt';
  /** Length of the marker, separator and following spaces included. */
  length: number;
  written: string;
  parties?: string[];
  attribution?: { text: string; start: number; end: number };
}

const OPTION = /^(?:option|opt\.)(?:\s*\d+|\s+(?:[a-z]|[ivx]+))(?![\p{L}\d])/iu;
const ALT = /^(?:alt(?=[\s.:\d([–—-])\.?|alternative(?=\s*[\d:([–—-]))\s*(?:\d+(?![.\d]*\.?\s)\s*)?/iu;
const AFTER_MARKER = /^\s*(?:\(([^()\n]{1,60})\)|\[([^[\]\n]{1,60})\])?\s*(?:[:.\u2013\u2014-]+(?=\s|$))?\s*/u;
const CONTINUATION = /^(?:\([a-z]{1,4}\)|[a-z]{1,3}\)|[-•–]\s)/u;

/** The option or alternative marker opening a paragraph, or undefined. */
export function optionMarker(line: string, known: readonly string[] = []): Marker | undefined {
  const head = OPTION.exec(line) ?? ALT.exec(line);
  if (!head) return undefined;
  const kind = OPTION.test(line) ? 'option' : 'alt';
  const rest = AFTER_MARKER.exec(line.slice(head[0].length));
  const length = head[0].length + (rest?.[0].length ?? 0);
  const label = rest?.[1] ?? rest?.[2];
  const marker: Marker = { kind, length, written: line.slice(0, length).trim() };
  if (label !== undefined) {
    const parties = attributionParties(label, known) ?? partyList(label, known);
    if (parties) {
      const start = head[0].length + (rest?.[0].indexOf(label) ?? 0) - 1;
      marker.parties = parties;
      marker.attribution = { text: label, start, end: start + label.length + 2 };
    }
  }
  return marker;
}

/** Finds every option set in the text's paragraphs. */
export function findOptionSets(text: string, paragraphs: readonly ParagraphInfo[], known: readonly string[] = []): OptionSet[] {
  const sets: OptionSet[] = [];
  let current: OptionSet | undefined;
  let awaitingBody = false;
  let previous: ParagraphInfo | undefined;
  for (const p of paragraphs) {
    const line = text.slice(p.span.start, p.span.end);
    const marker = p.heading ? undefined : optionMarker(line, known);
    if (marker) {
      if (!current || (marker.kind === 'option' && current.alternatives[0]?.marker === undefined)) {
        current = startSet(text, marker, p, previous, current);
        sets.push(current);
      }
      const alternative = markedAlternative(text, p, marker);
      current.alternatives.push(alternative);
      current.markers.push({ start: p.span.start, end: p.span.start + marker.length });
      current.span.end = p.span.end;
      awaitingBody = marker.length >= line.length;
    } else if (current && !p.heading && (awaitingBody || CONTINUATION.test(line))) {
      const last = current.alternatives[current.alternatives.length - 1];
      if (last) extend(text, last, p, awaitingBody);
      current.span.end = p.span.end;
      awaitingBody = false;
    } else {
      current = undefined;
      awaitingBody = false;
    }
    previous = p;
  }
  return sets;
}

// An "Alt." with no set open makes the paragraph before it the first alternative.
function startSet(text: string, marker: Marker, p: ParagraphInfo, previous: ParagraphInfo | undefined, open: OptionSet | undefined): OptionSet {
  const set: OptionSet = { span: { ...p.span }, paragraphIndex: p.index, alternatives: [], markers: [] };
  if (marker.kind === 'alt' && !open && previous && !previous.heading) {
    set.span.start = previous.span.start;
    set.paragraphIndex = previous.index;
    set.alternatives.push({ text: text.slice(previous.span.start, previous.span.end), parties: [], span: { ...previous.span }, body: { ...previous.span } });
  }
  return set;
}

function markedAlternative(text: string, p: ParagraphInfo, marker: Marker): Alternative {
  const body = { start: Math.min(p.span.start + marker.length, p.span.end), end: p.span.end };
  const alternative: Alternative = { text: text.slice(body.start, body.end), parties: marker.parties ?? [], span: { ...p.span }, body, marker: marker.written };
  if (marker.attribution) {
    const { text: written, start, end } = marker.attribution;
    alternative.attribution = { text: written, source: 'marker', span: { start: p.span.start + start, end: p.span.start + end } };
  }
  return alternative;
}

function extend(text: string, alternative: Alternative, p: ParagraphInfo, isBody: boolean): void {
  if (isBody && alternative.body.start >= alternative.body.end) alternative.body.start = p.span.start;
  alternative.body.end = p.span.end;
  alternative.span.end = p.span.end;
  alternative.text = text.slice(alternative.body.start, alternative.body.end);
}
