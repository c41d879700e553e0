/**
 * Reads the square brackets of a negotiation text into decision points. The conventions, as the
 * genre writes them:
 * - "[X]" is text not yet agreed; brackets nest ("[developed countries [in a position to do so]]").
 * - Brackets side by side on one line, separated by nothing, spaces or a lone slash, are
 *   alternatives of one decision: "[shall][should]", "[shall] [should]", "[shall] / [should]".
 *   Where a line mixes both, the touching ones are the sets: "[climate change][extreme weather]
 *   [is][may be]" is two decisions, not one of four alternatives.
 * - Inside one bracket, a slash between short phrases (four words or fewer each) separates
 *   alternatives: "[shall/should]", "[2030/2035]"; "and/or", "he/she" are not alternatives.
 * - Attributions: a party prefix "[EU: X]", a phrase at the end "[X (US proposal)]", a bracket or
 *   parenthesis right after "[X] [proposed by the Group of 77]", "[X] (US proposal)", a bare
 *   list of the draft's own parties "[X] [EU, US]", or a footnote reference "[X][3]" whose
 *   footnote names the party ("[3] Proposed by the EU.").
 * - "[Note: ...]" or "[Chair's note: ...]" right after a bracket is a note on it.
 * - Editorial brackets ("[1]", "[sic]", "[...]", "[emphasis added]") and attributions or notes
 *   standing alone are left in the text and not counted.
 * - "Option 1: / Option 2:" and "Alt." paragraphs are alternatives at paragraph level (options.ts).
 * A bracket may run over several paragraphs only when it holds them whole ("[5. ...\n6. ...]").
 * A "[" or "]" that does not pair up is reported with its line and column; nothing is guessed.
 * One linear scan plus work per bracket: a 15,000-word draft parses in a few milliseconds.
 */
import { editorialKind } from './editorial';
import { lastAtOrBefore } from '../sorted';
import { layoutParagraphs, paragraphAt } from './layout';
import type { Alternative, Bracket, BracketParse, BracketProblem, Editorial, ParagraphInfo } from './model';
import { findOptionSets } from './options';
import { attributionParties, noteText, partyPrefix } from './parties';

/** What the parser may know beyond the text. */
export interface ParseOptions {
  /** The draft's list of parties: their spelling wins, and "[X] [EU]" reads as an attribution. */
  parties?: readonly string[];
  /**
   * Proposers kept as data beside the text (a compilation's), as offsets into it covering an
   * alternative "[" to "]": they name that alternative's parties where the text names none.
   */
  attributions?: readonly DataAttribution[];
}

/** An attribution stored beside the text: the alternative [from, to) and its proposers. */
export interface DataAttribution {
  from: number;
  to: number;
  parties: readonly string[];
}

interface Pair {
  open: number;
  close: number;
  parent: number;
  kids: number;
}

interface Group {
  start: number;
  end: number;
  alternatives: Alternative[];
  /** The pair that encloses the group (-1: none). */
  parentPair: number;
  /** The option set that encloses it, for inline groups inside option paragraphs. */
  parentSet: number;
  isSet: boolean;
  /** Joined by touching brackets "][": a spaced bracket after it starts a new decision. */
  tight?: boolean;
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const FOOTNOTE_LINE = /^(?:\[(\d{1,3})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(\d{1,3})\.?(?=\s))\s*(.+)$/u;
const GLUED_REFERENCE = /^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})/u;
const SLASH_NOT_ALTERNATIVES = /^(?:and\/or|he\/she|his\/her|him\/her|s\/he)$/iu;
const MAX_SLASH_WORDS = 4;
const MAX_PARENTHESIS = 80;
const PARAGRAPH_NUMBER = /^(?:\d+(?:\.\d+)*\.?|\([a-z]{1,4}\)|[a-z]\)|[IVX]+\.)\s*/u;
const EXCERPT = 24;
/**
 * Brackets nested deeper than this are read as text: negotiations nest three or four levels, and
 * each level repeats the text inside it, so a 40 KB file nested 10,000 deep would need 400 MB.
 */
export const MAX_BRACKET_NESTING = 12;
/** Lone brackets listed one by one; past this many, one more problem says how many are left. */
export const MAX_BRACKET_PROBLEMS = 1000;
/** The longest paragraph number that may stand before a "[" holding whole paragraphs. */
const MAX_LEAD = 24;

/** Parses every bracket, option set, editorial bracket and unbalanced bracket in `text`. */
export function parseBrackets(text: string, options: ParseOptions = {}): BracketParse {
  const known = options.parties ?? [];
  const paragraphs = layoutParagraphs(text);
  const { pairs, problems } = pairBrackets(text);
  const sets = findOptionSets(text, paragraphs, known);
  // Option sets and their markers are in text order and never overlap: found by binary search, not a scan per bracket.
  const markers = sets.flatMap((s) => s.markers);
  const markerStarts = markers.map((m) => m.start);
  const setSpans = sets.map((s) => s.span);
  const setStarts = setSpans.map((span) => span.start);
  const footnotes = footnoteParties(text, paragraphs, known);
  const editorial: Editorial[] = [];
  const groups: Group[] = sets.map((s) => ({ start: s.span.start, end: s.span.end, alternatives: s.alternatives, parentPair: -1, parentSet: -1, isSet: true }));
  const groupOfPair = new Int32Array(pairs.length).fill(-1);

  const siblings = new Map<number, number[]>();
  pairs.forEach((pair, i) => {
    if (spanAround(markers, markerStarts, pair.open, pair.close) !== -1) return;
    const list = siblings.get(pair.parent);
    if (list) list.push(i);
    else siblings.set(pair.parent, [i]);
  });

  for (const [parent, list] of siblings) {
    let last: Group | undefined;
    let lastIndex = -1;
    for (const i of list) {
      const pair = pairs[i];
      if (!pair) continue;
      const inner = text.slice(pair.open + 1, pair.close);
      const span = { start: pair.open, end: pair.close + 1 };
      const kind = pair.kids === 0 ? editorialKind(inner) : undefined;
      if (kind) {
        editorial.push({ kind, span, text: inner });
        const parties = footnotes.get(inner.trim());
        if (kind === 'footnote-ref' && parties && last && spacesOnly(text, last.end, pair.open)) {
          attach(last, { parties, attribution: { text: inner, source: 'footnote', span } }, span.end);
        }
        continue;
      }
      if (pair.kids === 0 && last && spacesOnly(text, last.end, pair.open)) {
        const note = noteText(inner);
        const parties = note === undefined ? attributionParties(inner, known) : undefined;
        if (note !== undefined || parties) {
          attach(last, note === undefined ? { parties: parties ?? [], attribution: { text: inner, source: 'after', span } } : { note, noteSpans: [span] }, span.end);
          continue;
        }
      }
      if (pair.kids === 0) {
        const orphan = noteText(inner) !== undefined ? 'note' : attributionParties(inner) ? 'attribution' : undefined;
        if (orphan) {
          editorial.push({ kind: orphan, span, text: inner });
          continue;
        }
      }
      const alternatives = pairAlternatives(text, pair, known);
      if (last && joinsAsAlternative(text, last, pair)) {
        last.alternatives.push(...alternatives);
        last.end = span.end;
      } else {
        last = { start: span.start, end: span.end, alternatives, parentPair: parent, parentSet: parent === -1 ? spanAround(setSpans, setStarts, span.start, span.start) : -1, isSet: false };
        lastIndex = groups.push(last) - 1;
      }
      groupOfPair[i] = lastIndex;
      trailingAttribution(text, last, footnotes, known);
    }
  }

  const brackets = withDataAttributions(toBrackets(text, groups, groupOfPair, paragraphs), options.attributions ?? []);
  return { paragraphs, brackets, editorial: editorial.sort((a, b) => a.span.start - b.span.start), problems };
}

/** Gives each alternative the parties stored for its span, unless its text already names some. */
function withDataAttributions(brackets: Bracket[], stored: readonly DataAttribution[]): Bracket[] {
  if (stored.length === 0) return brackets;
  const at = new Map(stored.map((a) => [`${a.from}:${a.to}`, a]));
  for (const b of brackets) {
    for (const alt of b.alternatives) {
      const data = at.get(`${alt.span.start}:${alt.span.end}`);
      if (!data || alt.attribution) continue;
      alt.parties = [...data.parties];
      alt.attribution = { text: data.parties.join(', '), source: 'data', span: { ...alt.span } };
    }
  }
  return brackets;
}

/** Where each line starts, to answer "which line, where does it end" in log time: no scan per bracket. */
class Lines {
  readonly starts = [0];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Index of the line holding `offset`. */
  of(offset: number): number {
    return lastAtOrBefore(this.starts, offset);
  }

  /** Offset of the newline ending line `index`, or the text's length. */
  end(index: number): number {
    return (this.starts[index + 1] ?? this.length + 1) - 1;
  }
}

/** Pairs "[" with "]" by nesting; the ones left over, and nesting past the limit, become problems. */
function pairBrackets(text: string): { pairs: Pair[]; problems: BracketProblem[] } {
  const at = new Lines(text);
  const stack: number[] = [];
  const matched: { open: number; close: number }[] = [];
  const lone: { at: number; kind: BracketProblem['kind'] }[] = [];
  // From bracket to bracket by indexOf: most of a text holds none.
  let nextOpen = text.indexOf('[');
  let nextClose = text.indexOf(']');
  while (nextOpen !== -1 || nextClose !== -1) {
    if (nextClose === -1 || (nextOpen !== -1 && nextOpen < nextClose)) {
      stack.push(nextOpen);
      nextOpen = text.indexOf('[', nextOpen + 1);
    } else {
      const i = nextClose;
      nextClose = text.indexOf(']', i + 1);
      const open = stack.pop();
      if (open === undefined) lone.push({ at: i, kind: 'unopened' });
      else if (at.of(open) !== at.of(i) && !holdsWholeParagraphs(text, at, open, i)) {
        lone.push({ at: open, kind: 'unclosed' }, { at: i, kind: 'unopened' });
      } else matched.push({ open, close: i });
    }
  }
  for (const open of stack) lone.push({ at: open, kind: 'unclosed' });
  matched.sort((a, b) => a.open - b.open);
  const pairs: Pair[] = [];
  const enclosing: number[] = [];
  let deepUntil = -1;
  for (const m of matched) {
    while (enclosing.length > 0 && (pairs[enclosing[enclosing.length - 1] ?? 0]?.close ?? 0) < m.open) enclosing.pop();
    if (enclosing.length >= MAX_BRACKET_NESTING) {
      if (m.open > deepUntil) {
        lone.push({ at: m.open, kind: 'too-deep' });
        deepUntil = m.close;
      }
      continue;
    }
    const parent = enclosing[enclosing.length - 1] ?? -1;
    const parentPair = pairs[parent];
    if (parentPair) parentPair.kids++;
    enclosing.push(pairs.length);
    pairs.push({ open: m.open, close: m.close, parent, kids: 0 });
  }
  lone.sort((a, b) => a.at - b.at);
  const problems = lone
    .slice(0, MAX_BRACKET_PROBLEMS + 1)
    .map(({ at: offset, kind }, n): BracketProblem => {
      const index = at.of(offset);
      const line = index + 1;
      const column = offset - (at.starts[index] ?? 0) + 1;
      const where = `Line ${line}, column ${column}`;
      const context = excerpt(text, at.starts[index] ?? 0, at.end(index), offset);
      const message =
        n === MAX_BRACKET_PROBLEMS
          ? `${where}: ${(lone.length - n).toLocaleString('en')} more unpaired or too deeply nested brackets from here on are not listed; fix the ones above first.`
          : kind === 'unclosed'
          ? `${where}: this “[” is never closed (“${context}”). Add the missing “]” or delete the “[”; Concord does not guess where a bracket ends.`
          : kind === 'unopened'
            ? `${where}: this “]” closes no bracket (“${context}”). Add the missing “[” or delete the “]”; Concord does not guess where a bracket starts.`
            : `${where}: brackets here are nested more than ${MAX_BRACKET_NESTING} deep (“${context}”); Concord reads the outer ${MAX_BRACKET_NESTING} levels and leaves the inner ones as text.`;
      return { kind, at: offset, line, column, message };
    });
  return { pairs, problems };
}

/** The alternatives one "[...]" holds: itself, or its slash-separated parts. */
function pairAlternatives(text: string, pair: Pair, known: readonly string[]): Alternative[] {
  const span = { start: pair.open, end: pair.close + 1 };
  const start = pair.open + 1;
  const end = pair.close;
  const inner = text.slice(start, end);
  const prefix = partyPrefix(inner, known);
  if (prefix) {
    const attribution = { text: inner.slice(0, inner.indexOf(':')), source: 'prefix' as const, span: { start, end: start + inner.indexOf(':') + 1 } };
    return [alternative(text, span, start + prefix.textStart, end, prefix.parties, attribution)];
  }
  const paren = inner.trimEnd().endsWith(')') ? inner.lastIndexOf('(') : -1;
  const insideParties = paren > 0 ? attributionParties(inner.slice(paren + 1, inner.trimEnd().length - 1), known) : undefined;
  if (insideParties) {
    const attribution = { text: inner.slice(paren + 1, inner.trimEnd().length - 1), source: 'inside' as const, span: { start: start + paren, end: start + inner.trimEnd().length } };
    return [alternative(text, span, start, start + paren, insideParties, attribution)];
  }
  const parts = pair.kids === 0 ? slashParts(inner) : undefined;
  if (parts) {
    return parts.map(([from, to]) => {
      const part = alternative(text, span, start + from, start + to, []);
      return { ...part, span: { ...part.body } };
    });
  }
  return [alternative(text, span, start, end, [])];
}

function alternative(text: string, span: Alternative['span'], from: number, to: number, parties: string[], attribution?: Alternative['attribution']): Alternative {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  const alt: Alternative = { text: text.slice(start, end), parties, span, body: { start, end } };
  if (attribution) alt.attribution = attribution;
  return alt;
}

function slashParts(inner: string): [number, number][] | undefined {
  const trimmed = inner.trim();
  if (!inner.includes('/') || inner.includes('://') || SLASH_NOT_ALTERNATIVES.test(trimmed)) return undefined;
  const parts: [number, number][] = [];
  let from = 0;
  for (let slash = inner.indexOf('/'); from <= inner.length; slash = inner.indexOf('/', from)) {
    const to = slash === -1 ? inner.length : slash;
    const part = inner.slice(from, to).trim();
    if (part.length === 0 || part.split(/\s+/u).length > MAX_SLASH_WORDS || part.includes('\n')) return undefined;
    parts.push([from, to]);
    if (slash === -1) break;
    from = slash + 1;
  }
  return parts.length >= 2 ? parts : undefined;
}

// Attributions written straight after the last bracket of a group, without square brackets.
function trailingAttribution(text: string, group: Group, footnotes: Map<string, string[]>, known: readonly string[]): void {
  const glued = GLUED_REFERENCE.exec(text.slice(group.end, group.end + 3))?.[0];
  const gluedParties = glued === undefined ? undefined : footnotes.get(digits(glued));
  if (glued !== undefined && gluedParties) {
    const span = { start: group.end, end: group.end + glued.length };
    attach(group, { parties: gluedParties, attribution: { text: glued, source: 'footnote', span } }, span.end);
  }
  let open = group.end;
  while (text[open] === ' ' || text[open] === '\t') open++;
  if (text[open] !== '(') return;
  const close = text.slice(open, open + MAX_PARENTHESIS + 1).indexOf(')') + open;
  if (close < open || text.slice(open, close).includes('\n')) return;
  const parties = attributionParties(text.slice(open + 1, close), known);
  if (parties) attach(group, { parties, attribution: { text: text.slice(open + 1, close), source: 'after', span: { start: open, end: close + 1 } } }, close + 1);
}

function attach(group: Group, extra: Partial<Pick<Alternative, 'parties' | 'note' | 'noteSpans' | 'attribution'>>, end: number): void {
  const last = group.alternatives[group.alternatives.length - 1];
  if (!last) return;
  if (extra.parties) for (const p of extra.parties) if (!last.parties.includes(p)) last.parties.push(p);
  if (extra.attribution && !last.attribution) last.attribution = extra.attribution;
  if (extra.note !== undefined) last.note = last.note === undefined ? extra.note : `${last.note} ${extra.note}`;
  if (extra.noteSpans) last.noteSpans = [...(last.noteSpans ?? []), ...extra.noteSpans];
  group.end = end;
}

/** Footnotes that name a party ("[3] Proposed by the EU."), by their reference as digits. */
function footnoteParties(text: string, paragraphs: readonly ParagraphInfo[], known: readonly string[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const p of paragraphs) {
    const first = text.charCodeAt(p.span.start);
    if (first !== 91 && !(first >= 48 && first <= 57) && !SUPERSCRIPTS.includes(text[p.span.start] ?? '')) continue;
    const match = FOOTNOTE_LINE.exec(text.slice(p.span.start, p.span.end));
    const reference = match?.[1] ?? match?.[2] ?? match?.[3];
    const parties = match?.[4] === undefined ? undefined : attributionParties(match[4], known);
    if (reference !== undefined && parties) notes.set(digits(reference), parties);
  }
  return notes;
}

function digits(reference: string): string {
  return [...reference].map((c) => (SUPERSCRIPTS.includes(c) ? String(SUPERSCRIPTS.indexOf(c)) : c)).join('');
}

/** Index of the span (in text order, none overlapping) holding `from`..`to` inclusive, or -1. */
function spanAround(spans: readonly { start: number; end: number }[], starts: readonly number[], from: number, to: number): number {
  const i = lastAtOrBefore(starts, from);
  const span = spans[i];
  return span && span.start <= from && to < span.end ? i : -1;
}

/** Orders groups outer before inner, gives ids, depths, paragraphs and sections. */
function toBrackets(text: string, groups: Group[], groupOfPair: Int32Array, paragraphs: readonly ParagraphInfo[]): Bracket[] {
  const order = groups.map((_, i) => i).sort((a, b) => {
    const ga = groups[a];
    const gb = groups[b];
    return ga && gb ? ga.start - gb.start || gb.end - ga.end : 0;
  });
  // By group index: arrays, not maps, since a text may hold 150,000 brackets.
  const ids: string[] = [];
  order.forEach((g, n) => (ids[g] = `k${n + 1}`));
  const depth = new Int32Array(groups.length);
  const bodies = new Map<ParagraphInfo, { start: number; end: number }>();
  const brackets: Bracket[] = [];
  for (const g of order) {
    const group = groups[g];
    if (!group) continue;
    const parent = parentGroup(group, groupOfPair);
    depth[g] = parent === -1 ? 0 : (depth[parent] ?? 0) + 1;
    const paragraphIndex = paragraphAt(paragraphs, group.start);
    const paragraph = paragraphs[paragraphIndex];
    const body = paragraph === undefined ? undefined : bodyOf(text, paragraph, bodies);
    const bracket: Bracket = {
      id: ids[g] ?? '',
      kind: group.isSet ? 'options' : 'inline',
      alternatives: group.alternatives,
      span: { start: group.start, end: group.end },
      paragraphIndex,
      depth: depth[g] ?? 0,
      wholeParagraph: !group.isSet && body !== undefined && group.start <= body.start && group.end >= body.end,
      status: 'open',
    };
    if (paragraph?.section !== undefined) bracket.section = paragraph.section;
    const parentId = parent === -1 ? undefined : ids[parent];
    if (parentId !== undefined) bracket.parentId = parentId;
    brackets.push(bracket);
  }
  return brackets;
}

/** The group a group is nested in, -1 for none (a module function: closures made per call cost). */
function parentGroup(g: Group, groupOfPair: Int32Array): number {
  if (g.isSet) return -1;
  if (g.parentPair !== -1) return groupOfPair[g.parentPair] ?? -1;
  return g.parentSet;
}

/** Where a paragraph's body starts (after its number) and ends (before final punctuation), once per paragraph. */
function bodyOf(text: string, paragraph: ParagraphInfo, cache: Map<ParagraphInfo, { start: number; end: number }>): { start: number; end: number } {
  let body = cache.get(paragraph);
  if (!body) {
    const head = text.slice(paragraph.span.start, Math.min(paragraph.span.end, paragraph.span.start + 64));
    const start = paragraph.span.start + (PARAGRAPH_NUMBER.exec(head)?.[0].length ?? 0);
    let end = paragraph.span.end;
    while (end > start && /[.;,:]/u.test(text[end - 1] ?? '')) end--;
    body = { start, end };
    cache.set(paragraph, body);
  }
  return body;
}

// "[" opens its line (a paragraph number aside) and "]" ends its line (final punctuation aside).
function holdsWholeParagraphs(text: string, at: Lines, open: number, close: number): boolean {
  const lineStart = at.starts[at.of(open)] ?? 0;
  if (open - lineStart > MAX_LEAD) return false;
  const lead = text.slice(lineStart, open).trim();
  if (lead !== '' && PARAGRAPH_NUMBER.exec(`${lead} `)?.[0].trim() !== lead) return false;
  for (let i = close + 1; i < text.length && text.charCodeAt(i) !== 10; i++) {
    if (!/[\s.;,:]/u.test(text[i] ?? '')) return false;
  }
  return true;
}

function spacesOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

function joinsAsAlternative(text: string, last: Group, pair: Pair): boolean {
  if (last.end === pair.open) {
    last.tight = true;
    return true;
  }
  const tightAhead = text.charCodeAt(pair.close + 1) === 91;
  return !last.tight && !tightAhead && alternativeGap(text, last.end, pair.open);
}

// Spaces with at most one slash between them; looked at only between `from` and `to`, never beyond.
function alternativeGap(text: string, from: number, to: number): boolean {
  let slashes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 47) slashes++;
    else if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return slashes <= 1;
}

function excerpt(text: string, lineStart: number, lineEnd: number, at: number): string {
  const from = Math.max(lineStart, at - EXCERPT);
  const to = Math.min(lineEnd, at + EXCERPT);
  return `${from > lineStart ? '…' : ''}${text.slice(from, to).trim()}${to < lineEnd ? '…' : ''}`;
}
