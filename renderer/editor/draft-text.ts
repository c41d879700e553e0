/**
 * The draft as the negotiation engine reads it: one line of plain text per textblock, joined by
 * newlines (as it reads with every suggestion accepted), with the way back from a text offset to a document position and forth. The engine
 * (shared/negotiation) works on text; this is the one bridge between its offsets and the editor.
 */
import type { Node } from 'prosemirror-model';
import { footnoteLead } from '../../shared/negotiation/draft-lines';
import type { DraftLine } from '../../shared/negotiation/draft-lines';
import { forEachTextblockOf } from './textblocks';
import { acceptedOffsetAt, acceptedOffsetToPos, acceptedText } from './review/accepted-text';

/** One textblock's place in the joined text. */
interface Segment {
  /** Offset of the block's first character in the joined text. */
  start: number;
  node: Node;
  /** Document position of the textblock (before its opening token). */
  pos: number;
}

/** The joined text of a draft and the maps between its offsets and document positions. */
export interface DraftText {
  text: string;
  /** The textblocks as the engine reads them (readDraftLines joins them into `text`). */
  lines: DraftLine[];
  /** The document position of a text offset. */
  posAt(offset: number): number;
  /** The text offset of a document position inside a textblock (a position between blocks maps to the next one's start). */
  offsetAt(pos: number): number;
}

/** Reads the joined text of `doc`; linear in its size, so call it for commands and panels, not per keystroke. */
export function draftText(doc: Node): DraftText {
  const segments: Segment[] = [];
  const lines: DraftLine[] = [];
  let length = 0;
  doc.forEach((top, offset) => {
    forEachTextblockOf(top, offset, (node, pos) => {
      if (segments.length > 0) length += 1;
      // A footnote's line starts with its marker, as its text is written, so "[3] Proposed by the EU." attributes.
      const lead = node.type.name === 'footnote' ? footnoteLead(String(node.attrs['marker'])) : '';
      const text = lead + acceptedText(node);
      segments.push({ start: length + lead.length, node, pos });
      lines.push({ text, heading: node.type.name === 'heading', details: node.type.name === 'meta' });
      length += text.length;
    });
  });
  const segmentAt = (offset: number): Segment | undefined => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segments[mid]?.start ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo];
  };
  return {
    text: lines.map((l) => l.text).join('\n'),
    lines,
    posAt: (offset) => {
      const segment = segmentAt(offset);
      return segment ? acceptedOffsetToPos(segment.node, segment.pos, Math.max(0, Math.min(offset - segment.start, acceptedText(segment.node).length))) : 0;
    },
    offsetAt: (pos) => {
      let lo = 0;
      let hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((segments[mid]?.pos ?? 0) < pos) lo = mid;
        else hi = mid - 1;
      }
      const segment = segments[lo];
      if (!segment) return 0;
      if (pos <= segment.pos) return segment.start;
      return segment.start + acceptedOffsetAt(segment.node, segment.pos, pos);
    },
  };
}
