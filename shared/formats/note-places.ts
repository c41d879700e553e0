/**
 * Where each footnote is cited: the one decision every writer (DOCX, Markdown, HTML/PDF, Akoma
 * Ntoso) needs, made once. A note is cited where its mark stands (`anchorAt`, which a draft
 * knows exactly), else at its marker in the block holding its anchor, else in
 * the next block (in document order, after the previous note's call) that cites or shows its
 * marker; each marker occurrence calls one note only. A note whose reference cannot be found is
 * left uncited, for writers to print as a plain note: never attached to the title or to the first
 * paragraph, where it would give another note's number to the wrong text.
 */
import type { Block } from '../model';
import { markerPattern } from './footnote-marker';

/** One footnote reference: the note, and the marker's place in the citing block's text. */
export interface NoteCall {
  note: Block;
  /** [start, end) of the marker in `block.text`; start === end where the block cites it without showing it (the call goes at the end). */
  start: number;
  end: number;
}

export interface NotePlaces {
  /** The calls in each citing block, by block id, in text order. */
  calls: Map<string, NoteCall[]>;
  /** Every placed note's call, in document order: the order Word and pandoc number them in. */
  order: Block[];
  /** Notes with no reference anywhere in the text. */
  uncited: Block[];
}

/**
 * Offsets of every occurrence of the marker in a block's text where it can be a reference: glued
 * to the end of a word or closing mark ("partners*,", "Weapons[4]"), or opening the text of a
 * numbered block, right after its number ("3.x[4] Notwithstanding").
 */
function occurrences(block: Block, marker: string): number[] {
  if (!marker) return [];
  const { text } = block;
  const re = new RegExp(markerPattern(marker).source, 'g');
  return [...text.matchAll(re)].map((m) => m.index).filter((at) => (at === 0 ? block.number !== undefined : !/\s/.test(text[at - 1] ?? '')));
}

/** Decides where every footnote of the blocks is cited. */
export function placeNotes(blocks: Block[]): NotePlaces {
  const body = blocks.filter((b) => b.kind !== 'footnote');
  const index = new Map(body.map((b, i) => [b.id, i]));
  const used = new Map<string, Set<number>>();
  const appended = new Map<string, Set<string>>();
  const calls = new Map<string, NoteCall[]>();
  const uncited: Block[] = [];
  let after = 0;

  const free = (block: Block, marker: string) => occurrences(block, marker).find((at) => !used.get(block.id)?.has(at));
  const call = (block: Block, c: NoteCall) => {
    calls.set(block.id, [...(calls.get(block.id) ?? []), c]);
    after = index.get(block.id) ?? after;
  };

  for (const note of blocks.filter((b) => b.kind === 'footnote')) {
    const marker = note.marker ?? '';
    const anchor = body.find((b) => b.id === note.anchorBlockId);
    // Candidates in document order from the previous call on, then the ones before it.
    const ordered = [...body.slice(after), ...body.slice(0, after)];
    const exact = anchor && note.anchorAt !== undefined && anchor.text.startsWith(marker, note.anchorAt) && !used.get(anchor.id)?.has(note.anchorAt) ? note.anchorAt : undefined;
    if (anchor && exact !== undefined) {
      used.set(anchor.id, new Set([...(used.get(anchor.id) ?? []), exact]));
      call(anchor, { note, start: exact, end: exact + marker.length });
      continue;
    }
    const shown = (anchor ? [anchor] : ordered).find((b) => free(b, marker) !== undefined);
    if (shown) {
      const at = free(shown, marker) ?? 0;
      used.set(shown.id, new Set([...(used.get(shown.id) ?? []), at]));
      call(shown, { note, start: at, end: at + marker.length });
      continue;
    }
    const citing = anchor ?? ordered.find((b) => b.cites.includes(marker) && !appended.get(b.id)?.has(marker));
    if (citing && !appended.get(citing.id)?.has(marker)) {
      appended.set(citing.id, new Set([...(appended.get(citing.id) ?? []), marker]));
      call(citing, { note, start: citing.text.length, end: citing.text.length });
      continue;
    }
    uncited.push(note);
  }

  for (const list of calls.values()) list.sort((a, b) => a.start - b.start);
  const order = body.flatMap((b) => (calls.get(b.id) ?? []).map((c) => c.note));
  return { calls, order, uncited };
}

/**
 * A block's text cut at its note calls: the stretches between calls (with their offsets into
 * `block.text`) and the call after each stretch. Writers put their own reference between them.
 */
export function piecesAtCalls(text: string, calls: NoteCall[]): { start: number; end: number; call?: NoteCall }[] {
  const out: { start: number; end: number; call?: NoteCall }[] = [];
  let from = 0;
  for (const c of calls) {
    out.push({ start: from, end: c.start, call: c });
    from = c.end;
  }
  out.push({ start: from, end: text.length });
  return out;
}

/** The mark a reader sees for a marker: "[6]" is printed as "6", "*" as "*". */
export function shownMark(marker: string): string {
  return marker.replace(/^\[(.+)\]$/, '$1');
}
