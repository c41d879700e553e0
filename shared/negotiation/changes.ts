/**
 * What happened to the brackets between two versions of a paragraph or text, as changes of
 * their own: "kept X, dropped Y", "brackets removed, text kept", "bracketed text deleted",
 * "bracketed text replaced", a new bracket, or alternatives added to or dropped from one still
 * open. The comparison engine calls this per aligned paragraph pair and shows these instead of
 * the word insertions and deletions they explain.
 *
 * How: both versions are parsed, then a word diff maps every character of the old text to the
 * new. A bracket whose opening survives inside a bracket of the new text is still open; any other
 * was closed, and which of its characters survived tells how.
 */
import { diffArrays } from 'diff';
import { tokenize } from '../text/tokens';
import { isWhitespace } from '../text/whitespace';
import type { Alternative, Bracket } from './model';
import { parseBrackets } from './parse';
import type { ParseOptions } from './parse';
import type { BracketChange, BracketChangeCounts, BracketChangeKind } from './schemas';



const QUOTE_MAX = 60;
/** How much of a long text quote() flattens to find its first QUOTE_MAX characters. */
const QUOTE_PREFIX = 4 * QUOTE_MAX;
const CLOSED = new Set<BracketChangeKind>(['chose', 'kept', 'deleted', 'replaced']);

/** The bracket changes from `before` to `after`, in the order they appear in `after`. */
export function bracketChanges(before: string, after: string, options: ParseOptions = {}): BracketChange[] {
  const { links, now, map } = traceBrackets(before, after, options);
  const changes: { order: number; change: BracketChange }[] = [];
  const reached = new Set<Bracket>();
  // Brackets inside an alternative that was dropped went with it; their parent's change says so.
  const vanished = new Set<Bracket>();
  for (const link of links) {
    const { bracket: b, nested, landing, target } = link;
    if (vanished.has(b)) {
      for (const n of nested) vanished.add(n);
      continue;
    }
    const order = map.lo[b.span.start] ?? 0;
    if (!target) {
      const change = closed(b, nested, map, after);
      changes.push({ order, change });
      dropNestedOutside(link, change.chosen === undefined ? [] : b.alternatives.slice(change.chosen, change.chosen + 1), vanished);
      continue;
    }
    reached.add(target);
    const survived = b.alternatives.filter((_, i) => landing[i] !== undefined && within(landing[i] ?? -1, target.span));
    dropNestedOutside(link, survived, vanished);
    const dropped = b.alternatives.filter((a) => !survived.includes(a)).map((a) => a.text);
    const added = target.alternatives.filter((t) => !landing.some((at) => at !== undefined && within(at, t.span))).map((t) => t.text);
    if (dropped.length + added.length > 0) changes.push({ order, change: changed(b, target, dropped, added) });
  }
  for (const t of now) {
    if (reached.has(t)) continue;
    const alternatives = t.alternatives.map((a) => a.text);
    changes.push({
      order: t.span.start,
      change: {
        kind: 'opened',
        after: { id: t.id, span: t.span },
        alternatives,
        dropped: [],
        added: [],
        parties: partiesOf(t.alternatives),
        summary: alternatives.length > 1 ? `alternatives opened: ${alternatives.map(quote).join(' / ')}` : `bracket opened: ${quote(alternatives[0] ?? '')}`,
      },
    });
  }
  return changes.sort((x, y) => x.order - y.order).map((c) => c.change);
}

/** Adds to `vanished` the brackets nested in the link's that stand outside every kept alternative. */
function dropNestedOutside(link: Link, kept: readonly Alternative[], vanished: Set<Bracket>): void {
  for (const n of link.nested) if (!kept.some((a) => n.span.start >= a.body.start && n.span.end <= a.body.end)) vanished.add(n);
}

/** For each bracket of `after` that was already open in `before`: its id in both. */
export function carriedBrackets(before: string, after: string, options: ParseOptions = {}): { before: string; after: string }[] {
  return traceBrackets(before, after, options).links.flatMap((l) => (l.target ? [{ before: l.bracket.id, after: l.target.id }] : []));
}

interface Link {
  bracket: Bracket;
  /** Brackets nested in it. */
  nested: Bracket[];
  /** Per alternative: where it stands in the new text, if it is still there. */
  landing: (number | undefined)[];
  /** The bracket of the new text it lives on in, if it is still open. */
  target: Bracket | undefined;
}

function traceBrackets(before: string, after: string, options: ParseOptions): { links: Link[]; now: Bracket[]; map: CharacterMap } {
  const old = parseBrackets(before, options).brackets;
  const now = parseBrackets(after, options).brackets;
  const map = characterMap(before, after);
  // Outer brackets come first, so a bracket's ancestors are traced before it; a bracket cannot
  // live on in the bracket its own parent lives on in.
  const targetOf = new Map<string, Bracket | undefined>();
  const byId = new Map(old.map((o) => [o.id, o]));
  const links = old.map((bracket, k): Link => {
    const nested = nestedIn(old, k);
    const landing = bracket.alternatives.map((a) => survivingAt(a, nested, before, map));
    const taken = new Set<Bracket>();
    for (let id = bracket.parentId; id !== undefined; id = byId.get(id)?.parentId) {
      const t = targetOf.get(id);
      if (t) taken.add(t);
    }
    const first = landing.find((at) => at !== undefined);
    const found = first === undefined ? undefined : innermostAt(now, first);
    const target = found && !taken.has(found) ? found : undefined;
    targetOf.set(bracket.id, target);
    return { bracket, nested, landing, target };
  });
  return { links, now, map };
}

/**
 * The brackets nested in brackets[k], in list order. The parser lists brackets by start (outer
 * first), so they are the ones after it that start before it ends: no scan of the whole list
 * per bracket, which made long negotiation paragraphs quadratic.
 */
function nestedIn(brackets: readonly Bracket[], k: number): Bracket[] {
  const b = brackets[k];
  if (!b) return [];
  let from = k;
  while (from > 0 && brackets[from - 1]?.span.start === b.span.start) from--;
  const nested: Bracket[] = [];
  for (let m = from; m < brackets.length; m++) {
    const o = brackets[m];
    if (!o || o.span.start >= b.span.end) break;
    if (o.depth > b.depth && o.span.start >= b.span.start && o.span.end <= b.span.end) nested.push(o);
  }
  return nested;
}

/** Counts brackets opened, closed and changed in a list of bracket changes. */
export function countBracketChanges(changes: readonly BracketChange[]): BracketChangeCounts {
  return {
    opened: changes.filter((c) => c.kind === 'opened').length,
    closed: changes.filter((c) => CLOSED.has(c.kind)).length,
    changed: changes.filter((c) => c.kind === 'changed').length,
  };
}

interface CharacterMap {
  /** 1 where the old character survives unchanged in the new text. */
  kept: Int32Array;
  /** Per old boundary: the new offset before anything inserted there, and after it. */
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * Which old characters survive and where old boundaries land in the new text, from a token
 * diff. The stretches both texts share at either end (cut at whitespace, so no token splits)
 * map one to one without tokenizing: an edited paragraph costs only its edited middle.
 */
function characterMap(before: string, after: string): CharacterMap {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  if (head < before.length || head < after.length) while (head > 0 && !isWhitespace(before.charCodeAt(head - 1))) head--;
  let tail = 0;
  while (tail < limit - head && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  while (tail > 0 && !isWhitespace(before.charCodeAt(before.length - tail))) tail--;
  const midBefore = before.slice(head, before.length - tail);
  const midAfter = after.slice(head, after.length - tail);
  const a = tokenize(midBefore);
  const b = tokenize(midAfter);
  const parts = diffArrays(
    a.map((t) => midBefore.slice(t.start, t.end)),
    b.map((t) => midAfter.slice(t.start, t.end)),
  );
  // One buffer for the three arrays: a typed array's own backing store costs more than its size.
  const n = before.length;
  const store = new Int32Array(3 * n + 2);
  const map: CharacterMap = { kept: store.subarray(2 * n + 2), lo: store.subarray(0, n + 1).fill(-1), hi: store.subarray(n + 1, 2 * n + 2) };
  keepSame(map, 0, head, 0);
  let ia = head;
  let ib = head;
  for (const part of parts) {
    let length = 0;
    for (const token of part.value) length += token.length;
    if (part.added) {
      landAt(map, ia, ib);
      ib += length;
      map.hi[ia] = ib;
    } else if (part.removed) {
      for (let c = ia; c < ia + length; c++) landAt(map, c, ib);
      ia += length;
    } else {
      keepSame(map, ia, length, ib - ia);
      ia += length;
      ib += length;
    }
  }
  keepSame(map, ia, tail, ib - ia);
  landAt(map, before.length, after.length);
  return map;
}

/** Old boundary p lands at new offset q (the first landing is `lo`, the last `hi`). */
function landAt(map: CharacterMap, p: number, q: number): void {
  if (map.lo[p] === -1) map.lo[p] = q;
  map.hi[p] = q;
}

/** Old characters [from, from + length) survive, `shift` further on in the new text. */
function keepSame(map: CharacterMap, from: number, length: number, shift: number): void {
  for (let c = from; c < from + length; c++) {
    map.kept[c] = 1;
    landAt(map, c, c + shift);
  }
}

/**
 * Where an alternative stands in the new text while it is still there: its opening character
 * (its "[", option marker or first letter) or its first surviving word. An alternative whose own
 * words are all gone has not survived, even if the diff kept its "[" for a neighbour's.
 */
function survivingAt(a: Alternative, nested: readonly Bracket[], before: string, map: CharacterMap): number | undefined {
  let own = 0;
  let firstKept = -1;
  // Nested brackets come by start: one sweep tells whether c is inside one.
  let next = 0;
  let coveredTo = -1;
  for (let c = a.body.start; c < a.body.end; c++) {
    for (; next < nested.length && (nested[next]?.span.start ?? Infinity) <= c; next++) coveredTo = Math.max(coveredTo, nested[next]?.span.end ?? -1);
    if (isSpace(before.charCodeAt(c)) || c < coveredTo) continue;
    own++;
    // The first surviving character of its own is all that is needed of the rest.
    if (map.kept[c] === 1) {
      firstKept = c;
      break;
    }
  }
  if (own > 0 && firstKept === -1) return undefined;
  if (map.kept[a.span.start] === 1) return map.lo[a.span.start];
  return firstKept === -1 ? undefined : map.lo[firstKept];
}

function innermostAt(brackets: readonly Bracket[], offset: number): Bracket | undefined {
  let best: Bracket | undefined;
  for (const t of brackets) if (within(offset, t.span) && (!best || t.depth > best.depth)) best = t;
  return best;
}

function within(offset: number, span: { start: number; end: number }): boolean {
  return offset >= span.start && offset < span.end;
}

function closed(b: Bracket, nested: readonly Bracket[], map: CharacterMap, after: string): BracketChange {
  const alternatives = b.alternatives.map((a) => a.text);
  const start = map.lo[b.span.start] ?? 0;
  const end = Math.max(start, map.hi[b.span.end] ?? start);
  const region = after.slice(start, end).trim();
  const base = { before: { id: b.id, span: b.span }, after: { span: { start, end } }, alternatives, dropped: [] as string[], added: [] as string[] };
  const got = words(region);
  const chosen = chosenAlternative(b, nested, got);
  const alternative = b.alternatives[chosen];
  if (alternative) {
    const dropped = alternatives.filter((_, i) => i !== chosen);
    const kind = b.alternatives.length > 1 ? 'chose' : 'kept';
    return {
      ...base,
      kind,
      chosen,
      dropped,
      parties: alternative.parties,
      summary: kind === 'chose' ? `kept ${quote(alternative.text)}, dropped ${dropped.map(quote).join(', ')}` : `brackets removed, text kept: ${quote(alternative.text)}`,
    };
  }
  const parties = partiesOf(b.alternatives);
  // What is left where the bracket stood may be a stray "]" the diff matched elsewhere: no words, nothing said.
  if (got.length === 0) {
    return { ...base, kind: 'deleted', dropped: alternatives, parties, summary: `bracketed text deleted: ${alternatives.map(quote).join(' / ')}` };
  }
  return { ...base, kind: 'replaced', text: region, dropped: alternatives, parties, summary: `bracketed text replaced by ${quote(region)}` };
}

/**
 * The alternative the new text kept: the longest one whose words all stand, in order, in the
 * new text (`got`, the words where the bracket stood), with no more words besides than its
 * nested brackets could have left there.
 */
function chosenAlternative(b: Bracket, nested: readonly Bracket[], got: readonly string[]): number {
  let best = -1;
  let bestLength = -1;
  b.alternatives.forEach((a, i) => {
    const inside = nested.filter((n) => n.span.start >= a.body.start && n.span.end <= a.body.end);
    let own = '';
    let from = a.body.start;
    for (const n of inside.filter((x) => !inside.some((y) => y !== x && x.span.start >= y.span.start && x.span.end <= y.span.end))) {
      own += `${a.text.slice(from - a.body.start, n.span.start - a.body.start)} `;
      from = n.span.end;
    }
    own += a.text.slice(from - a.body.start);
    const wanted = words(own);
    if (wanted.length <= bestLength) return;
    // The nested brackets' words are counted only when the region has more words than its own.
    const extra = got.length - wanted.length;
    if (extra > 0 && extra > inside.reduce((n, x) => n + words(x.alternatives.map((y) => y.text).join(' ')).length, 0)) return;
    if (isSubsequence(wanted, got)) {
      best = i;
      bestLength = wanted.length;
    }
  });
  return best;
}

function words(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word')
    .map((t) => text.slice(t.start, t.end));
}

function isSubsequence(wanted: readonly string[], got: readonly string[]): boolean {
  let j = 0;
  for (const w of got) if (j < wanted.length && w === wanted[j]) j++;
  return j === wanted.length;
}

function changed(b: Bracket, target: Bracket, dropped: string[], added: string[]): BracketChange {
  const parts = [...dropped.map((d) => `dropped ${quote(d)}`), ...added.map((a) => `added ${quote(a)}`)];
  return {
    kind: 'changed',
    before: { id: b.id, span: b.span },
    after: { id: target.id, span: target.span },
    alternatives: b.alternatives.map((a) => a.text),
    ...(added.length > 0 ? { text: added.join(' / ') } : {}),
    dropped,
    added,
    parties: partiesOf(target.alternatives),
    summary: `still bracketed; ${parts.join(', ')}`,
  };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0;
}

function partiesOf(alternatives: readonly Alternative[]): string[] {
  return [...new Set(alternatives.flatMap((a) => a.parties))];
}

function quote(text: string): string {
  // A long text's quote is read off its start: flattening a prefix gives a prefix of the
  // flattened whole, and one that long is sure to be cut.
  const head = text.length > QUOTE_PREFIX ? text.slice(0, QUOTE_PREFIX).replace(/\s+/gu, ' ').trimStart() : '';
  const flat = head.length > QUOTE_MAX + 1 ? head : text.replace(/\s+/gu, ' ').trim();
  return `“${flat.length > QUOTE_MAX ? `${flat.slice(0, QUOTE_MAX - 1)}…` : flat}”`;
}
