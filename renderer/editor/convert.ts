/**
 * Converters between a read Declaration (shared/model.ts) and a draft document, and the checked
 * way into the schema from JSON (files, props, IPC).
 */
import { Node } from 'prosemirror-model';
import type { Block, BlockNumber, Declaration, InlineMark, Provenance } from '../../shared/model';
import { DocNode } from '../../shared/model';
import { hashText } from '../../shared/library/fingerprint';
import { assembleDeclaration } from '../../shared/formats/block-line';
import type { BlockDraft } from '../../shared/formats/block-line';
import { schema, blockText } from './schema';
import { blockLabels, numberFromLabel } from './numbering';
import { inlineMarksOf, markedInline } from './inline-marks';
import { attributionsOf, withAttributionMarks } from './attribution-marks';
import { issuesText } from '../../shared/issues';
import { placeNotes } from '../../shared/formats/note-places';
import { isAutoMarker, linkNotes } from './footnotes';

/** Inline content for `text`: line breaks become hard breaks. */
export function textToInline(text: string): Node[] {
  return markedInline(text);
}

/** A footnote reference to put at `at` in a block's text; `note` links it to its note. */
interface RefAt {
  at: number;
  marker: string;
  note: string | null;
}

/**
 * Inline content for a block citing footnotes: each placed call (placeNotes) becomes a reference
 * linked to its note; a cited marker no note claims becomes an unlinked reference at its first
 * occurrence right after a word ("partners*"). The block's text is unchanged.
 */
function inlineWithRefs(text: string, cites: readonly string[], placed: readonly RefAt[], marks: readonly InlineMark[]): Node[] {
  const refs: RefAt[] = [...placed];
  for (const marker of cites) {
    if (placed.some((r) => r.marker === marker)) continue;
    let at = text.indexOf(marker);
    while (at >= 0 && (at === 0 || /\s/.test(text[at - 1] ?? ' ') || text.startsWith(marker, at + marker.length))) {
      at = text.indexOf(marker, at + marker.length + 1);
    }
    if (at >= 0) refs.push({ at, marker, note: null });
  }
  refs.sort((a, b) => a.at - b.at);
  const out: Node[] = [];
  let from = 0;
  for (const ref of refs) {
    if (ref.at < from) continue;
    const custom = !isAutoMarker(ref.marker);
    out.push(...markedInline(text.slice(from, ref.at), marks, from), schema.nodes.footnote_ref.create({ marker: ref.marker, note: ref.note, custom }));
    from = ref.at + ref.marker.length;
  }
  out.push(...markedInline(text.slice(from), marks, from));
  return out;
}

/** Options of declarationToDoc. */
export interface DeclarationToDocOptions {
  /** Give every block provenance pointing at the declaration, so a new draft starts all "verbatim". */
  provenance: boolean;
}

function provenanceFor(decl: Declaration, block: Block, text: string): Provenance {
  return { source: decl.id, sourceTitle: decl.title, blockId: block.id, hash: hashText(text), text };
}

function partyNames(block: Block): string[] {
  if (block.parties.length > 0) return block.parties;
  return block.text.split('\n').map((line) => line.trim()).filter(Boolean);
}

function blockToNode(decl: Declaration, block: Block, refs: readonly RefAt[], noteId: string | null, opts: DeclarationToDocOptions): Node {
  const sourceNumber = block.number?.raw ?? null;
  if (block.kind === 'parties') {
    const names = partyNames(block);
    const items = (names.length ? names : ['']).map((name) => schema.nodes.party.create(null, textToInline(name)));
    const provenance = opts.provenance ? provenanceFor(decl, block, names.join('\n')) : null;
    return schema.nodes.parties.create({ provenance, sourceNumber }, items);
  }
  const provenance = opts.provenance ? provenanceFor(decl, block, block.text) : null;
  const content = withAttributionMarks(block.kind === 'footnote' ? markedInline(block.text, block.marks ?? []) : inlineWithRefs(block.text, block.cites, refs, block.marks ?? []), block.attributions);
  const common = { provenance, sourceNumber };
  switch (block.kind) {
    case 'paragraph':
      return (block.number ? schema.nodes.numbered : schema.nodes.paragraph).create(common, content);
    case 'heading':
      return schema.nodes.heading.create({ ...common, level: block.level, numbered: block.number !== undefined }, content);
    case 'subitem':
      return schema.nodes.subitem.create({ ...common, level: block.level }, content);
    case 'footnote':
      return schema.nodes.footnote.create({ ...common, marker: block.marker ?? '*', note: noteId }, content);
    default:
      return schema.nodes[block.kind].create(common, content);
  }
}

/**
 * A draft document holding every block of `decl`, with its numbers kept as source numbers and
 * each footnote linked to the reference placeNotes finds for it, in the notes area at the end.
 */
export function declarationToDoc(decl: Declaration, opts: DeclarationToDocOptions): Node {
  const { calls } = placeNotes(decl.blocks);
  const noteIds = new Map<Block, string>();
  const refsOf = (block: Block): RefAt[] =>
    (calls.get(block.id) ?? [])
      .filter((call) => call.end > call.start)
      .map((call) => {
        const note = `n${noteIds.size + 1}`;
        noteIds.set(call.note, note);
        return { at: call.start, marker: block.text.slice(call.start, call.end), note };
      });
  const refs = new Map(decl.blocks.map((block) => [block, block.kind === 'footnote' ? [] : refsOf(block)]));
  const blocks = decl.blocks.map((block) => blockToNode(decl, block, refs.get(block) ?? [], noteIds.get(block) ?? null, opts));
  if (!decl.blocks.some((b) => b.kind === 'title') && decl.title) {
    blocks.unshift(schema.nodes.title.create(null, textToInline(decl.title)));
  }
  if (blocks.length === 0) blocks.push(schema.nodes.paragraph.create());
  return linkNotes(schema.nodes.doc.create(null, blocks));
}

/** What a draft needs besides its document to be written as a Declaration. */
export interface DeclarationMeta {
  id: string;
  /** The name the user knows the draft by (file name or draft title). */
  sourceName: string;
  /** sha-256 of the saved bytes where known; the caller computes it (crypto.subtle is async). */
  sourceHash?: string;
  /** Defaults to the draft's title block. */
  title?: string;
  date?: string;
  place?: string;
}

/** The reference marks of a block: their markers, note ids and offsets in the block's text. */
function refsIn(block: Node): RefAt[] {
  const refs: RefAt[] = [];
  let at = 0;
  block.descendants((node) => {
    if (node.type === schema.nodes.footnote_ref) refs.push({ at, marker: String(node.attrs['marker']), note: (node.attrs['note'] as string | null) ?? null });
    if (node.isLeaf) at += node.isText ? node.text?.length ?? 0 : (node.type.spec.leafText?.(node).length ?? 0);
    return true;
  });
  return refs;
}

/** The draft as a Declaration: displayed numbers (computed or kept), footnotes linked to their anchors. */
export function docToDeclaration(draftDoc: Node, meta: DeclarationMeta): Declaration {
  const doc = linkNotes(draftDoc);
  const labels = blockLabels(doc);
  const drafts: BlockDraft[] = [];
  /** Where each note is cited: its mark's block and offset, found by the note's id. */
  const callOf = new Map<string, { blockId: string; at: number }>();
  const notesById = new Map<string, BlockDraft>();
  // The number before each one at its kind and level, so "(i)" after "(h)" reads as a letter.
  const previousAt = new Map<string, BlockNumber>();
  doc.forEach((node, _offset, index) => {
    const label = labels[index];
    const name = node.type.name;
    const kind: Block['kind'] = name === 'numbered' ? 'paragraph' : (name as Block['kind']);
    const parties = name === 'parties' ? blockText(node).split('\n').filter(Boolean) : [];
    const draft: BlockDraft = {
      id: `b${index + 1}`,
      kind,
      text: blockText(node),
      level: Number(node.attrs['level'] ?? 1),
      cites: [],
      parties,
    };
    for (const ref of name === 'parties' ? [] : refsIn(node)) {
      draft.cites.push(ref.marker);
      if (ref.note !== null) callOf.set(ref.note, { blockId: draft.id, at: ref.at });
    }
    if (label) {
      const at = `${name}:${draft.level}`;
      draft.number = numberFromLabel(label, previousAt.get(at));
      previousAt.set(at, draft.number);
    }
    const marks = name === 'parties' ? [] : inlineMarksOf(node);
    if (marks.length > 0) draft.marks = marks;
    const attributions = name === 'parties' ? [] : attributionsOf(node);
    if (attributions.length > 0) draft.attributions = attributions;
    if (name === 'footnote') {
      draft.marker = String(node.attrs['marker']);
      const note = node.attrs['note'] as string | null;
      if (note !== null) notesById.set(note, draft);
    }
    drafts.push(draft);
  });
  for (const [note, footnote] of notesById) {
    const call = callOf.get(note);
    if (call) Object.assign(footnote, { anchorBlockId: call.blockId, anchorAt: call.at });
  }
  return assembleDeclaration(drafts, {
    id: meta.id,
    source: { name: meta.sourceName, hash: meta.sourceHash ?? '' },
    ...(meta.title !== undefined ? { title: meta.title } : {}),
    ...(meta.date !== undefined ? { date: meta.date } : {}),
    ...(meta.place !== undefined ? { place: meta.place } : {}),
  });
}

/**
 * A draft document from JSON read from a file, a prop or the API. Throws an Error a person can
 * act on when the JSON is not a document or does not fit the schema.
 */
export function docFromJSON(json: unknown): Node {
  const shape = DocNode.safeParse(json);
  if (!shape.success) {
    throw new Error(`This draft's document is not valid JSON for Concord (${issuesText(shape.error)}). Open a backup or an earlier version.`);
  }
  try {
    const doc = Node.fromJSON(schema, shape.data);
    doc.check();
    return linkNotes(doc);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`This draft's document does not fit Concord's declaration schema: ${reason}. Open a backup or an earlier version.`);
  }
}
