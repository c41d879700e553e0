/**
 * The compilation report: who proposed what, from the attributions of a parse (written in the
 * text, or stored as data on the alternatives, as a compilation makes them). Per delegation, how
 * many paragraphs it proposed to change, insert or delete; per paragraph, how many delegations
 * touched it, the most contested first.
 */
import { z } from 'zod';
import type { Alternative, Bracket, BracketParse } from './model';
import { canonicalParty } from './parties';

const EXCERPT = 90;
// What a compilation writes for "delete this": nothing, or the word itself.
const DELETION = /^(?:\(?(?:delete|deletion|del\.?|no text)\)?\.?)?$/iu;

export const DelegationFigures = z.object({
  party: z.string(),
  /** Paragraphs where it proposed other wording. */
  changed: z.number().int().min(0),
  /** New paragraphs it proposed (a paragraph bracketed whole with it as proposer). */
  inserted: z.number().int().min(0),
  /** Paragraphs or passages it proposed to delete. */
  deleted: z.number().int().min(0),
  /** Paragraphs it touched at all. */
  paragraphs: z.number().int().min(0),
});
export type DelegationFigures = z.infer<typeof DelegationFigures>;

export const ContestedParagraph = z.object({
  /** Index of the paragraph in the parse. */
  index: z.number().int().min(0),
  section: z.string().optional(),
  excerpt: z.string(),
  /** Delegations named on its brackets, in order of appearance. */
  delegations: z.array(z.string()),
  brackets: z.number().int().min(0),
});
export type ContestedParagraph = z.infer<typeof ContestedParagraph>;

export const AttributionReport = z.object({
  /** Most paragraphs touched first. */
  delegations: z.array(DelegationFigures),
  /** Paragraphs with at least one attributed bracket, most delegations first, then in text order. */
  paragraphs: z.array(ContestedParagraph),
});
export type AttributionReport = z.infer<typeof AttributionReport>;

type Kind = 'changed' | 'inserted' | 'deleted';

/** What an attributed alternative proposes. */
export function proposalKind(bracket: Bracket, alternative: Alternative): Kind {
  if (DELETION.test(alternative.text.trim())) return 'deleted';
  if (bracket.wholeParagraph && bracket.alternatives.length === 1 && bracket.depth === 0) return 'inserted';
  return 'changed';
}

/** The report of a parsed text. */
export function attributionReport(text: string, parse: BracketParse): AttributionReport {
  const byParty = new Map<string, Record<Kind, Set<number>> & { all: Set<number> }>();
  const byParagraph = new Map<number, { delegations: string[]; brackets: number }>();
  for (const b of parse.brackets) {
    const named = b.alternatives.filter((a) => a.parties.length > 0);
    if (named.length === 0) continue;
    const paragraph = byParagraph.get(b.paragraphIndex) ?? { delegations: [], brackets: 0 };
    paragraph.brackets++;
    for (const a of named) {
      const kind = proposalKind(b, a);
      // Proposers stored as data keep the return's spelling; one name per delegation, as in the text.
      for (const party of new Set(a.parties.map((name) => canonicalParty(name)))) {
        if (!paragraph.delegations.includes(party)) paragraph.delegations.push(party);
        const figures = byParty.get(party) ?? { changed: new Set(), inserted: new Set(), deleted: new Set(), all: new Set() };
        figures[kind].add(b.paragraphIndex);
        figures.all.add(b.paragraphIndex);
        byParty.set(party, figures);
      }
    }
    byParagraph.set(b.paragraphIndex, paragraph);
  }
  const delegations = [...byParty]
    .map(([party, f]) => ({ party, changed: f.changed.size, inserted: f.inserted.size, deleted: f.deleted.size, paragraphs: f.all.size }))
    .sort((x, y) => y.paragraphs - x.paragraphs || x.party.localeCompare(y.party));
  const paragraphs = [...byParagraph]
    .map(([index, p]): ContestedParagraph => {
      const info = parse.paragraphs[index];
      const written = info ? text.slice(info.span.start, info.span.end).replace(/\s+/gu, ' ') : '';
      return { index, ...(info?.section === undefined ? {} : { section: info.section }), excerpt: written.length > EXCERPT ? `${written.slice(0, EXCERPT - 1)}…` : written, ...p };
    })
    .sort((x, y) => y.delegations.length - x.delegations.length || x.index - y.index);
  return { delegations, paragraphs };
}
