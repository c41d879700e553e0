/**
 * Footnotes as in Word. Each reference mark (`footnote_ref`) and its note (`footnote` block)
 * share a `note` id; linked notes live in the notes area at the end of the draft, in the order of
 * their marks; marks are numbered 1, 2, 3 (or *, **, *** where the draft uses stars) unless given a
 * custom symbol. `normalizeNotes` restores all of that after any change: a mark moved, inserted
 * before others, deleted (its note goes with it), copied (its note is copied), or a note deleted
 * (its mark goes with it).
 */
import type { Node } from 'prosemirror-model';
import { Transform, ReplaceStep, ReplaceAroundStep, AttrStep } from 'prosemirror-transform';
import type { Step } from 'prosemirror-transform';
import { schema } from './schema';

/** A node and where it stands. */
interface Placed {
  pos: number;
  node: Node;
}

const noteIdOf = (node: Node): string | null => (node.attrs['note'] as string | null) ?? null;
const markerOf = (node: Node): string => String(node.attrs['marker']);
const isNoteNode = (node: Node) => node.type === schema.nodes.footnote_ref || node.type === schema.nodes.footnote;

/** Every reference mark of the draft, in document order. */
export function footnoteRefs(doc: Node): Placed[] {
  const out: Placed[] = [];
  doc.descendants((node, pos) => {
    if (node.type === schema.nodes.footnote_ref) out.push({ pos, node });
  });
  return out;
}

/** Every note (top-level footnote block) of the draft, in document order. */
export function footnoteNotes(doc: Node): Placed[] {
  const out: Placed[] = [];
  doc.forEach((node, pos) => {
    if (node.type === schema.nodes.footnote) out.push({ pos, node });
  });
  return out;
}

/** The marker of the n-th automatically numbered mark (n from 1). */
export function autoMarker(n: number, stars: boolean): string {
  return stars ? '*'.repeat(n) : String(n);
}

/** Whether a marker is one the numbering would give (so an imported "2" or "**" is not custom). */
export function isAutoMarker(marker: string): boolean {
  return /^(?:\d+|\*+)$/.test(marker);
}

/** Whether the draft numbers its marks with stars: its first numbered mark (or else note) is one. */
export function usesStars(doc: Node): boolean {
  const first = footnoteRefs(doc).find((r) => r.node.attrs['custom'] !== true) ?? footnoteNotes(doc)[0];
  return first !== undefined && /^\*+$/.test(markerOf(first.node));
}

/** A note id not in `taken` (random, so that two people inserting notes at once do not collide). */
export function freshNoteId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `n-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.has(id)) return id;
  }
}

/** The ids of the draft's marks and of its notes. */
export interface NoteIds {
  refs: Set<string>;
  notes: Set<string>;
}

export function noteIds(doc: Node): NoteIds {
  const ids = (list: Placed[]) => new Set(list.map((p) => noteIdOf(p.node)).filter((id): id is string => id !== null));
  return { refs: ids(footnoteRefs(doc)), notes: ids(footnoteNotes(doc)) };
}

/** Options of normalizeNotes. */
export interface NormalizeOptions {
  /** The ids before the change: a note whose mark was there and is gone goes too, and the other way round. */
  before?: NoteIds;
  /**
   * Renumber the automatic marks, with stars or numbers (the draft's style before the change);
   * false when only opening a draft: its text stays as its source wrote it.
   */
  renumber: { stars: boolean } | false;
  /** Pair marks and notes without ids by their marker (drafts and sources from before the ids). */
  pairByMarker: boolean;
  /** The id for a new link; deterministic when opening a draft, random while editing. */
  newId(taken: ReadonlySet<string>): string;
}

/**
 * Adds to `tr` the steps that make its document's footnotes consistent; returns whether it
 * added any.
 */
export function normalizeNotes(tr: Transform, opts: NormalizeOptions): boolean {
  const start = tr.steps.length;
  const doc = tr.doc;
  const refs = footnoteRefs(doc);
  const notes = footnoteNotes(doc);
  const taken = new Set<string>([...refs, ...notes].map((p) => noteIdOf(p.node)).filter((id): id is string => id !== null));

  // A note per id: a second note with an id already used is a copy that lost its mark.
  const noteById = new Map<string, Placed>();
  const unlinkedNotes: Placed[] = [];
  for (const note of notes) {
    const id = noteIdOf(note.node);
    if (id !== null && !noteById.has(id)) noteById.set(id, note);
    else unlinkedNotes.push(note);
  }
  const refIds = new Set(refs.map((r) => noteIdOf(r.node)).filter((id): id is string => id !== null));

  const deleteRanges: { from: number; to: number }[] = [];
  /** What each surviving mark should carry, and the note it should have. */
  const links: { ref: Placed; id: string | null; custom: boolean; note: Node | null }[] = [];
  const seen = new Set<string>();
  const pairedNotes = new Set<Placed>();
  for (const ref of refs) {
    let id = noteIdOf(ref.node);
    const custom = ref.node.attrs['custom'] === true;
    if (id !== null && !noteById.has(id) && opts.before?.notes.has(id)) {
      deleteRanges.push({ from: ref.pos, to: ref.pos + ref.node.nodeSize }); // its note was deleted
      continue;
    }
    let note: Node | null = id === null ? null : (noteById.get(id)?.node ?? null);
    if (id !== null && seen.has(id)) {
      // A copied mark: it gets a note of its own, a copy of the original's.
      const original = note;
      id = opts.newId(taken);
      taken.add(id);
      note = schema.nodes.footnote.create({ ...(original?.attrs ?? {}), note: id }, original?.content);
    } else if (id === null && opts.pairByMarker) {
      const pair = unlinkedNotes.find((n) => !pairedNotes.has(n) && noteIdOf(n.node) === null && markerOf(n.node) === markerOf(ref.node));
      if (pair) {
        pairedNotes.add(pair);
        id = opts.newId(taken);
        taken.add(id);
        note = pair.node;
        deleteRanges.push({ from: pair.pos, to: pair.pos + pair.node.nodeSize });
      }
    } else if (id !== null && note === null && opts.before) {
      note = schema.nodes.footnote.create({ note: id }); // a mark pasted from elsewhere: an empty note to write
    }
    if (id !== null) seen.add(id);
    links.push({ ref, id, custom, note });
  }
  for (const note of noteById.values()) {
    const id = noteIdOf(note.node) ?? '';
    if (!refIds.has(id) && opts.before?.refs.has(id)) deleteRanges.push({ from: note.pos, to: note.pos + note.node.nodeSize }); // its mark was deleted
  }

  // Marks: numbered in document order, custom symbols kept.
  let n = 0;
  const markerUpdates: { pos: number; attrs: Record<string, unknown> }[] = [];
  for (const link of links) {
    const current = markerOf(link.ref.node);
    const marker = opts.renumber && !link.custom ? autoMarker(++n, opts.renumber.stars) : current;
    if (marker !== current || link.id !== noteIdOf(link.ref.node)) markerUpdates.push({ pos: link.ref.pos, attrs: { ...link.ref.node.attrs, marker, note: link.id } });
    if (link.note) link.note = link.note.type.create({ ...link.note.attrs, marker, note: link.id }, link.note.content, link.note.marks);
  }

  // The notes area: the linked notes, last in the draft, in the order of their marks.
  const wanted = links.filter((l) => l.note !== null);
  const existing = wanted.map((l) => (l.id === null ? undefined : noteById.get(l.id)));
  const tail = doc.childCount - wanted.length;
  const inPlace = existing.every((placed, i) => placed !== undefined && placed.pos === positionOfChild(doc, tail + i));
  const deleted = new Set(deleteRanges.map((r) => r.from));
  if (!inPlace) {
    for (const placed of existing) if (placed && !deleted.has(placed.pos)) deleteRanges.push({ from: placed.pos, to: placed.pos + placed.node.nodeSize });
  }

  for (const update of markerUpdates) tr.setNodeMarkup(update.pos, undefined, update.attrs);
  if (inPlace) {
    wanted.forEach((link, i) => {
      const placed = existing[i];
      if (placed && link.note && (markerOf(link.note) !== markerOf(placed.node) || noteIdOf(link.note) !== noteIdOf(placed.node))) {
        tr.setNodeMarkup(placed.pos, undefined, link.note.attrs);
      }
    });
  }
  for (const range of deleteRanges.sort((a, b) => b.from - a.from)) {
    const mapping = tr.mapping.slice(start);
    tr.delete(mapping.map(range.from, 1), mapping.map(range.to, -1));
  }
  if (!inPlace) tr.insert(tr.doc.content.size, wanted.map((l) => l.note as Node));
  if (tr.doc.childCount === 0) tr.insert(0, schema.nodes.paragraph.create());
  return tr.steps.length > start;
}

/** Where the index-th top-level block starts. */
function positionOfChild(doc: Node, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}

/** Whether a step adds, removes or changes a mark or a note (typing inside a note does not). */
function stepTouchesNotes(step: Step, doc: Node): boolean {
  if (step instanceof AttrStep) {
    const node = doc.nodeAt(step.pos);
    return node !== null && isNoteNode(node);
  }
  if (!(step instanceof ReplaceStep) && !(step instanceof ReplaceAroundStep)) return false;
  let found = false;
  step.slice.content.descendants((node) => {
    if (isNoteNode(node)) found = true;
    return !found;
  });
  if (found) return true;
  const { from, to } = step;
  if (step instanceof ReplaceAroundStep) {
    const wrapper = doc.nodeAt(from);
    if (wrapper && isNoteNode(wrapper)) return true;
  }
  if (from === to) return false;
  doc.nodesBetween(from, to, (node, pos) => {
    if (found) return false;
    if (isNoteNode(node) && pos >= from && pos + node.nodeSize <= to) found = true;
    return !found;
  });
  return found;
}

/** Whether any step of the transactions touches the footnotes (the only changes normalizeNotes looks at). */
export function touchesNotes(steps: readonly Step[], docs: readonly Node[]): boolean {
  return steps.some((step, i) => {
    const doc = docs[i];
    return doc !== undefined && stepTouchesNotes(step, doc);
  });
}

/**
 * A draft document with its footnotes linked (by marker where ids are missing) and its notes
 * gathered in the notes area, marks left as written: how every draft opens.
 */
export function linkNotes(doc: Node): Node {
  const tr = new Transform(doc);
  let next = 1;
  normalizeNotes(tr, {
    renumber: false,
    pairByMarker: true,
    newId: (taken) => {
      while (taken.has(`n${next}`)) next++;
      return `n${next++}`;
    },
  });
  return tr.doc;
}
