/**
 * The brackets of a whole draft, read by the shared engine from the draft's joined text, and the
 * bracket at the cursor. Whole-draft reading is what the commands and the panel need (option
 * blocks span paragraphs); the brackets plugin reads one block at a time for drawing.
 */
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import type { Bracket, BracketParse } from '../../shared/negotiation/model';
import { readDraftLines } from '../../shared/negotiation/draft-lines';
import { draftText } from './draft-text';
import type { DraftText } from './draft-text';
import { partiesOf } from './negotiation-attr';
import { acceptedAttributions } from './attribution-marks';
import { acceptedText } from './review/accepted-text';
import { forEachTextblockOf } from './textblocks';
import type { DataAttribution } from '../../shared/negotiation/parse';

/** A draft's text and its brackets, sections named after the editor's own headings. */
export interface DraftBrackets {
  text: DraftText;
  parse: BracketParse;
}

// One read per document version: the panel and the toolbar ask about the same doc many times.
const cache = new WeakMap<Node, DraftBrackets>();

/** Reads every bracket of `doc` (cached per document version). */
export function readDraftBrackets(doc: Node): DraftBrackets {
  const hit = cache.get(doc);
  if (hit) return hit;
  const text = draftText(doc);
  // The same reading as the exports make of the saved Declaration (shared/negotiation/draft-lines.ts).
  const read = { text, parse: readDraftLines(text.lines, { parties: partiesOf(doc), attributions: draftAttributions(doc, text) }).parse };
  cache.set(doc, read);
  return read;
}

/** Every textblock's attribution marks as offsets into the draft's joined text, in the order draftText joins them. */
function draftAttributions(doc: Node, text: DraftText): DataAttribution[] {
  const out: DataAttribution[] = [];
  let line = 0;
  let start = 0;
  doc.forEach((top, offset) =>
    forEachTextblockOf(top, offset, (node) => {
      const own = text.lines[line]?.text ?? '';
      // A footnote's line starts with its marker, before the block's own text.
      const lead = own.length - acceptedText(node).length;
      for (const a of acceptedAttributions(node)) out.push({ from: a.from + start + lead, to: a.to + start + lead, parties: a.parties });
      start += own.length + 1;
      line++;
    }),
  );
  return out;
}

/** The bracket the cursor stands in (the innermost), and the alternative it is in (else the last). */
export interface BracketAtCursor {
  read: DraftBrackets;
  bracket: Bracket;
  alternative: number;
  /** The cursor as an offset into the draft's text. */
  offset: number;
}

/** The bracket at the selection's start, or null; a cursor just after a "]" still counts as in it. */
export function bracketAt(state: EditorState): BracketAtCursor | null {
  const read = readDraftBrackets(state.doc);
  const offset = read.text.offsetAt(state.selection.from);
  let found: Bracket | undefined;
  for (const b of read.parse.brackets) {
    if (b.span.start > offset) break;
    if (offset <= b.span.end && (!found || b.depth >= found.depth)) found = b;
  }
  if (!found) return null;
  const inside = found.alternatives.findIndex((a) => a.span.start <= offset && offset <= a.span.end);
  return { read, bracket: found, alternative: inside === -1 ? found.alternatives.length - 1 : inside, offset };
}
