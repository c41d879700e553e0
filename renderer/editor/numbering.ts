/**
 * The numbers a draft displays, computed from its structure and never stored in its text:
 * operative paragraphs count 1., 2., ... (headings may restart the count), sub-items count
 * (a), (b), ... under each paragraph, numbered headings count I., II., ... In "keep source
 * numbering" mode every block shows the number its source carried instead.
 */
import type { Node } from 'prosemirror-model';
import type { BlockNumber } from '../../shared/model';
import { letterNumeral, romanNumeral } from '../../shared/text/numerals';
import { readNumber } from '../../shared/text/numbers';

/** What one top-level block displays before its text; null where it shows nothing. */
export type BlockLabel = string | null;

function subitemLabel(level: number, n: number): string {
  return level <= 1 ? `(${letterNumeral(n)})` : `(${romanNumeral(n).toLowerCase()})`;
}

/** The label of every top-level block of `doc`, by index. */
export function blockLabels(doc: Node): BlockLabel[] {
  const keepSource = doc.attrs['keepSourceNumbering'] === true;
  const labels: BlockLabel[] = [];
  let paragraphs = 0;
  let headings = 0;
  let subitems: number[] = [];
  doc.forEach((block) => {
    const name = block.type.name;
    // Numbers are those of the text as it reads with every suggestion accepted: a block
    // suggested out takes no number.
    if (block.marks.some((m) => m.type.name === 'deletion')) {
      labels.push(null);
      return;
    }
    if (keepSource) {
      const source = block.attrs['sourceNumber'] as string | null | undefined;
      labels.push(source ?? null);
      return;
    }
    if (name === 'subitem') {
      const level = Math.max(1, Number(block.attrs['level']));
      subitems = subitems.slice(0, level);
      while (subitems.length < level) subitems.push(0);
      subitems[level - 1] = (subitems[level - 1] ?? 0) + 1;
      labels.push(subitemLabel(level, subitems[level - 1] ?? 1));
      return;
    }
    subitems = [];
    if (name === 'numbered') {
      paragraphs += 1;
      labels.push(`${paragraphs}.`);
    } else if (name === 'heading') {
      if (block.attrs['numbering'] === 'restart') paragraphs = 0;
      if (block.attrs['numbered'] === true) {
        headings += 1;
        labels.push(`${romanNumeral(headings)}.`);
      } else labels.push(null);
    } else labels.push(null);
  });
  return labels;
}

/**
 * A displayed or source label as a BlockNumber, for writing a draft back as a Declaration, read
 * as the reader reads a source's numbers; `previous` (the label before it at the same level)
 * tells "(i)" after "(h)" from the roman one ("4 bis." is 4, its suffix kept in `raw`). A label
 * the reader cannot read is kept as written, with no value.
 */
export function numberFromLabel(raw: string, previous?: BlockNumber): BlockNumber {
  const read = readNumber(raw, previous);
  return { raw, style: read?.style ?? 'bullet', value: read?.value ?? 0, glued: false };
}
