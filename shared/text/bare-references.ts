/**
 * Footnote references printed as bare numbers, as PDF extraction leaves them: "the Rome
 * Statute of the International Criminal Court 1 reaffirms", "the Relationship Agreement,2",
 * "for 2024/25; 4". Footnotes are numbered in reading order, so each number is looked for after
 * the one before, in a place a reference can stand (after a word or closing punctuation, never
 * after "paragraph", "article", "resolution" or inside a figure), and written as the marker
 * "[n]" glued to what it follows, the way the rest of Concord writes footnote references.
 */
import type { Block, InlineMark } from '../model';
import { findAnchors } from './footnotes';

/** Words after which a number is an ordinary number ("paragraph 3", "resolution 58"). */
const COUNTED = /\b(?:paragraphs?|articles?|resolutions?|sections?|chapters?|annex(?:es)?|rules?|items?|parts?|vol\.|volumes?|No\.|Nos\.|page|pages|principles?|goals?|targets?|decisions?|Protocol|and|or|to|of|from|between|than|the|its|per|some|all|about|over|under|at|by|with|on|in|for|since|until|first|last|Agenda|session)\s*$/i;
/** What follows a number that is an ordinary number ("1 August", "3 per cent", "2 million"). */
const QUANTITY = /^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|per\s?cent|%|percent|million|billion|thousand|years?|months?|days?|weeks?|hours?|times|States|countries|members)/i;

/** What may stand right before a reference: a letter or closing punctuation, or a year it is glued to ("20242"). */
const BEFORE = /[\p{L}.,;:)”’"\]]$|\b(?:19|20)\d\d$/u;

/**
 * Where the bare number `n` cites its footnote in `text`, searching from `from`; the span covers
 * the space before it. Candidates are found with indexOf, then judged by what stands around them.
 */
function findReference(text: string, n: string, from: number): { start: number; end: number } | undefined {
  for (let at = text.indexOf(n, from); at >= 0; at = text.indexOf(n, at + 1)) {
    const next = text[at + n.length] ?? '';
    if (next !== '' && !/[\s,.;:)\p{Ll}]/u.test(next)) continue;
    const spaced = text[at - 1] === ' ';
    const start = spaced ? at - 1 : at;
    const before = text.slice(Math.max(0, start - 30), start);
    if (!BEFORE.test(before)) continue;
    if (COUNTED.test(before) || QUANTITY.test(text.slice(at + n.length))) continue;
    if (/\d$/.test(before) && spaced) continue;
    // Glued to the next word ("Parties, 8and") only right after punctuation: the extraction lost a space.
    if (/\p{Ll}/u.test(next) && !/[,;.]$/.test(before)) continue;
    return { start, end: at + n.length };
  }
  return undefined;
}

/** Marks moved for a change of `text` at [start, end) into `length` characters. */
function shiftMarks(marks: InlineMark[] | undefined, start: number, end: number, length: number): InlineMark[] | undefined {
  if (!marks) return undefined;
  const delta = length - (end - start);
  return marks.map((m) => ({ ...m, from: m.from >= end ? m.from + delta : m.from, to: m.to >= end ? m.to + delta : m.to }));
}

/**
 * Links footnotes whose marker is a number in brackets ("[3]") and that no block cites yet to
 * bare-number references in the body, in order, and rewrites those references as markers.
 */
export function linkBareReferences(blocks: Block[]): Block[] {
  const notes = blocks.filter((b) => b.kind === 'footnote' && /^\[\d{1,3}\]$/.test(b.marker ?? ''));
  if (notes.length === 0) return blocks;
  const cited = new Set(blocks.flatMap((b) => b.cites));
  const body = blocks.filter((b) => b.kind !== 'footnote' && b.kind !== 'meta');
  let at = 0;
  let offset = 0;
  for (const note of notes.sort((a, b) => Number(a.marker?.slice(1, -1)) - Number(b.marker?.slice(1, -1)))) {
    const marker = note.marker ?? '';
    if (cited.has(marker)) continue;
    const n = marker.slice(1, -1);
    for (let k = at; k < body.length; k++) {
      const block = body[k] as Block;
      const found = findReference(block.text, n, k === at ? offset : 0);
      if (!found) continue;
      block.text = block.text.slice(0, found.start) + marker + block.text.slice(found.end);
      const marks = shiftMarks(block.marks, found.start, found.end, marker.length);
      if (marks) block.marks = marks;
      block.cites = findAnchors(block.text);
      note.anchorBlockId = block.id;
      at = k;
      offset = found.start + marker.length;
      break;
    }
  }
  return blocks;
}
