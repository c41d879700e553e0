/**
 * Word list numbering for the redline: where the operative paragraphs are numbered 1., 2., 3.
 * on both sides, the numbers become one automatic Word list instead of typed text. Renumbering
 * is then no tracked change at all: Word counts again after Accept All (the new numbers) and
 * after Reject All (the old ones). Where that cannot give exactly both sides' numbers (a split
 * or merge of numbered paragraphs, a number on one side only, "4 bis.", a gap or restart), the
 * numbers stay typed as they are, tracked where they changed.
 */
import type { CompareSide, Comparison } from '../schemas';
import type { RedlineParagraph } from './layout';

/** The one list's id in numbering.xml. */
export const LIST_ID = 1;

const PLAIN_NUMBER = /^(\d{1,4})\.$/u;

/**
 * The redline paragraphs (by index) that take the automatic list, or an empty set when the
 * document keeps its numbers typed.
 */
export function listParagraphs(c: Comparison, paragraphs: readonly RedlineParagraph[], sides: { a: CompareSide; b: CompareSide }): Set<number> {
  const out = new Set<number>();
  const counters = { a: 0, b: 0 };
  const last = { a: -1, b: -1 };
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const row = p && c.rows[p.row];
    if (!p || !row?.number) continue;
    const numbered = (side: 'a' | 'b') => {
      const i = side === 'a' ? row.a[0] : row.b[0];
      const para = i === undefined ? undefined : sides[side].paragraphs[i];
      return para?.kind === 'paragraph' && PLAIN_NUMBER.test(para.number ?? '') ? { i: i ?? 0, value: Number(PLAIN_NUMBER.exec(para.number ?? '')?.[1]) } : undefined;
    };
    const kinds = [...row.a.map((i) => sides.a.paragraphs[i]?.kind), ...row.b.map((j) => sides.b.paragraphs[j]?.kind)];
    if (!kinds.includes('paragraph')) continue;
    // A split or merge of numbered paragraphs carries numbers inside its text: typed throughout.
    if (row.a.length > 1 || row.b.length > 1) return new Set();
    // The ends of a move are two redline paragraphs: each counts on its own side only.
    const on: ('a' | 'b')[] = row.move ? [row.move.end === 'from' ? 'a' : 'b'] : [...(row.a.length ? ['a' as const] : []), ...(row.b.length ? ['b' as const] : [])];
    for (const side of on) {
      const n = numbered(side);
      if (!n || n.value !== counters[side] + 1 || n.i <= last[side]) return new Set();
      counters[side] = n.value;
      last[side] = n.i;
    }
    out.add(k);
  }
  // Every numbered operative paragraph of both sides must be in the list, in order.
  const all = (side: CompareSide) => side.paragraphs.filter((q) => q.kind === 'paragraph' && q.number !== undefined).length;
  return counters.a === all(sides.a) && counters.b === all(sides.b) ? out : new Set();
}

/** word/numbering.xml with the one list: "1.", "2.", ... then a space, as the numbers were typed. */
export function numberingXml(w: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${w}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:suff w:val="space"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="${LIST_ID}"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
}
