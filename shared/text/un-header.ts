/**
 * The header a United Nations resolution carries above its title, read as document details:
 * "General Assembly Distr.: General 12 November 2025", "Eightieth session Agenda item 74",
 * "Resolution adopted by the General Assembly on 11 November 2025", "[without reference to a
 * Main Committee (A/80/L.9)]", and the resolution number of its title line ("80/6.").
 */
import type { Block, DocumentDetail } from '../model';
import { findDates } from './dates';

/** The details a UN header gives, and the adoption date as ISO. */
export interface UnHeader {
  details: DocumentDetail[];
  adopted?: string;
}

/** "[without reference to a Main Committee (A/80/L.9)]": a whole line the UN prints in its header. */
export const UN_COMMITTEE_NOTICE = /^\[(.*(?:Committee|reference).*)\]$/;

const FIELDS: [string, RegExp][] = [
  ['Resolution', /^(\d{2,3}\/\d{1,4})\.\s/],
  ['Symbol', /^((?:A|S|E)\/RES\/\d{1,4}\/\d{1,4})\b/],
  ['Distribution', /Distr\.:\s*(\p{L}+)/u],
  ['Session', /\b(\p{L}+(?:-\p{L}+)? (?:special |emergency special )?session)\b/iu],
  ['Agenda item', /Agenda items? ([\d, and()a-z]+?\d\)?)(?=\s|$)/],
  ['Adopted', /Resolution adopted by the [\p{L} ]+? on (.+?)\s*$/u],
  ['Committee', UN_COMMITTEE_NOTICE],
];

/** Details of the header blocks (meta lines and the title) of a UN resolution; empty for other texts. */
export function unHeaderDetails(blocks: Block[]): UnHeader {
  const details: DocumentDetail[] = [];
  let adopted: string | undefined;
  for (const block of blocks) {
    for (const [name, re] of FIELDS) {
      const value = re.exec(block.text)?.[1]?.trim();
      if (!value || details.some((d) => d.name === name)) continue;
      details.push({ name, value });
      if (name === 'Adopted') adopted = findDates(value)[0]?.iso;
    }
  }
  const header = details.some((d) => d.name === 'Distribution' || d.name === 'Adopted');
  return header ? { details, ...(adopted ? { adopted } : {}) } : { details: [] };
}
