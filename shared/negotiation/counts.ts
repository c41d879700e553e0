/**
 * How much is still open: counts of brackets for the whole text, per paragraph, per section and
 * per delegation, as the negotiation panel and the bracket list show them.
 */
import { paragraphAt } from './layout';
import type { BracketParse } from './model';
import type { BracketCounts, BracketTally } from './schemas';


const zero = (): BracketCounts => ({ open: 0, alternatives: 0, nested: 0, optionSets: 0, unattributed: 0, unbalanced: 0 });

/** Tallies a parse: whole text, paragraphs, sections, delegations. */
export function countBrackets(parse: BracketParse): BracketTally {
  const total = zero();
  const byParagraph = new Map<number, BracketCounts>();
  const bySection: { section?: string; counts: BracketCounts }[] = [];
  const sectionOf = new Map<number, BracketCounts>();
  for (const p of parse.paragraphs) {
    const last = bySection[bySection.length - 1];
    if (!last || last.section !== p.section) bySection.push({ ...(p.section === undefined ? {} : { section: p.section }), counts: zero() });
    const current = bySection[bySection.length - 1];
    if (current) sectionOf.set(p.index, current.counts);
  }
  const tallies = (index: number): BracketCounts[] => {
    let paragraph = byParagraph.get(index);
    if (!paragraph) byParagraph.set(index, (paragraph = zero()));
    const section = sectionOf.get(index);
    return section ? [total, paragraph, section] : [total, paragraph];
  };

  const parties = new Map<string, { open: number; alternatives: number }>();
  for (const b of parse.brackets) {
    const attributed = b.alternatives.some((a) => a.parties.length > 0);
    for (const c of tallies(b.paragraphIndex)) {
      c.open++;
      c.alternatives += b.alternatives.length;
      if (b.depth > 0) c.nested++;
      if (b.kind === 'options') c.optionSets++;
      if (!attributed) c.unattributed++;
    }
    const named = new Set(b.alternatives.flatMap((a) => a.parties));
    for (const party of named) {
      const entry = parties.get(party) ?? { open: 0, alternatives: 0 };
      entry.open++;
      entry.alternatives += b.alternatives.filter((a) => a.parties.includes(party)).length;
      parties.set(party, entry);
    }
  }
  for (const problem of parse.problems) {
    for (const c of tallies(paragraphAt(parse.paragraphs, problem.at))) c.unbalanced++;
  }

  return {
    total,
    paragraphs: [...byParagraph].sort(([a], [b]) => a - b).map(([index, counts]) => ({ index, counts })),
    sections: bySection,
    parties: [...parties]
      .map(([party, c]) => ({ party, ...c }))
      .sort((a, b) => b.open - a.open || a.party.localeCompare(b.party)),
  };
}

