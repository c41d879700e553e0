/**
 * The numbers a draft displays, computed from its structure and never stored in its text:
 * operative paragraphs count 1., 2., ... (headings may restart the count), sub-items count
 * (a), (b), ... under each paragraph, numbered headings count I., II., ... In "keep source
 * numbering" mode every block shows the number its source carried instead.
 */
import type { Node } from 'prosemirror-model';
import type { BlockNumber, NumberStyle } from '../../shared/model';
import { letterNumeral, ordinalValue, romanNumeral } from '../../shared/text/numerals';
import { romanValue } from '../../shared/text/numbers';

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

function letterValue(letter: string, repeat: number): number {
  return letter.toLowerCase().charCodeAt(0) - 96 + 26 * (repeat - 1);
}

/**
 * A displayed or source label as a BlockNumber, for writing a draft back as a Declaration.
 * A single letter reads as a letter ("(i)" after "(h)"); longer roman numerals ("(ii)") read as roman.
 */
export function numberFromLabel(raw: string): BlockNumber {
  const make = (style: NumberStyle, value: number): BlockNumber => ({ raw, style, value, glued: false });
  let m: RegExpExecArray | null;
  if ((m = /^(\d+)\.$/.exec(raw))) return make('decimal', Number(m[1]));
  if ((m = /^\(?(\d+)\)$/.exec(raw))) return make('decimal-paren', Number(m[1]));
  if (/^\d+(\.\d+)+\.?$/.test(raw)) return make('multilevel', Number(raw.split('.')[0]));
  if ((m = /^\(?([a-z])\)$/i.exec(raw))) return make('alpha-paren', letterValue(m[1] ?? 'a', 1));
  if ((m = /^\(?([ivxlcdm]+)[.)]$/i.exec(raw))) return make('roman', romanValue((m[1] ?? '').toLowerCase()));
  if ((m = /^\(?(([a-z])\2+)\)$/i.exec(raw))) return make('alpha-paren', letterValue(m[2] ?? 'a', (m[1] ?? '').length));
  if ((m = /^([a-z])\.$/i.exec(raw))) return make('alpha-dot', (m[1] ?? 'a').toLowerCase().charCodeAt(0) - 96);
  if ((m = /^Article\s+(\d+)/i.exec(raw))) return make('article', Number(m[1]));
  if ((m = /^([A-Za-z]+?)(?:ly)?,?$/.exec(raw)) && ordinalValue(m[1] ?? '') > 0) return make('ordinal-word', ordinalValue(m[1] ?? ''));
  return make('bullet', 0);
}
