/**
 * A block's inline marks (shared/model.ts InlineMark: offsets into its text) to and from the
 * editor's em / strong / link marks, so emphasis read from a file survives the editor and the
 * Declaration a draft saves.
 */
import type { Mark, Node } from 'prosemirror-model';
import type { InlineMark, InlineMarkType } from '../../shared/model';
import { schema } from './schema';

/** The editor mark an inline mark stands for. */
function editorMark(mark: InlineMark): Mark {
  switch (mark.type) {
    case 'italic':
      return schema.marks.em.create();
    case 'bold':
      return schema.marks.strong.create();
    case 'link':
      return schema.marks.link.create({ href: mark.href ?? '' });
  }
}

/**
 * Inline content for `text`, which starts at `offset` of its block's text: line breaks become
 * hard breaks, and each stretch carries the marks covering it.
 */
export function markedInline(text: string, marks: readonly InlineMark[] = [], offset = 0): Node[] {
  const end = offset + text.length;
  const cuts = new Set<number>([offset, end]);
  for (const m of marks) {
    if (m.from > offset && m.from < end) cuts.add(m.from);
    if (m.to > offset && m.to < end) cuts.add(m.to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k] ?? 0;
    const to = points[k + 1] ?? 0;
    const covering = marks.filter((m) => m.from <= from && m.to >= to).map(editorMark);
    text.slice(from - offset, to - offset).split('\n').forEach((line, i) => {
      if (i > 0) out.push(schema.nodes.hard_break.create());
      if (line) out.push(schema.text(line, covering));
    });
  }
  return out;
}

function markType(mark: Mark): InlineMarkType | undefined {
  if (mark.type === schema.marks.em) return 'italic';
  if (mark.type === schema.marks.strong) return 'bold';
  if (mark.type === schema.marks.link) return 'link';
  return undefined;
}

/** The inline marks of a textblock, as offsets into its text content; adjacent equal marks merge. */
export function inlineMarksOf(block: Node): InlineMark[] {
  const marks: InlineMark[] = [];
  let at = 0;
  block.forEach((child) => {
    const length = child.isText ? (child.text ?? '').length : (child.type.spec.leafText?.(child).length ?? 0);
    for (const mark of child.marks) {
      const type = markType(mark);
      if (!type) continue;
      const href = type === 'link' ? String(mark.attrs['href']) : undefined;
      const open = marks.find((m) => m.type === type && m.to === at && m.href === href);
      if (open) open.to = at + length;
      else if (length > 0) marks.push({ from: at, to: at + length, type, ...(href !== undefined ? { href } : {}) });
    }
    at += length;
  });
  return marks.sort((a, b) => a.from - b.from || a.to - b.to);
}
