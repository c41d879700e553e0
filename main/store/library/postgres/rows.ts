/**
 * The rows the shared library reads from PostgreSQL, as zod schemas: the database is a boundary
 * (another Concord, a newer schema or a hand-made change may have written it), so every row is
 * checked before the library trusts it. Queries name their columns to fit these shapes; counts
 * are cast to int or float8 in SQL, since `pg` returns a bigint as a string.
 */
import { z } from 'zod';
import { Clause } from '../../../../shared/model';

/** A clause without its sources. */
export const ClauseRow = Clause.pick({ id: true, grain: true, text: true });
export type ClauseRow = z.infer<typeof ClauseRow>;


/** A clause with its band keys (bigints, so strings). */
export const BandedRow = ClauseRow.extend({ bands: z.array(z.string().regex(/^-?\d+$/)) });
export type BandedRow = z.infer<typeof BandedRow>;

/** A source of a clause, with what its declaration says of itself. */
export const SourceFields = z.object({
  declaration_id: z.string(),
  title: z.string(),
  block_id: z.string(),
  heading: z.string().nullable(),
  date: z.string().nullable(),
  parties: z.array(z.string()),
});

/** One source of a clause, as its own row. */
export const SourceRow = SourceFields.extend({ clause_id: z.string() });

/** A clause as search finds it: PostgreSQL's rank, and its sources (a JSON array). */
export const FoundClauseRow = ClauseRow.extend({ rank: z.number(), sources: z.array(SourceFields) });

export const StatsRow = z.object({ sources: z.number().int(), clauses: z.number().int(), paragraphs: z.number().int() });

export const TermRow = z.object({ term: z.string(), df: z.number().int() });

export const TotalsRow = z.object({ clauses: z.number(), terms: z.number() });

/** A word of the word list near a word typed. */
export const NearRow = z.object({ typed: z.string(), word: z.string() });

/** A variant group's seed. */
export const SeedRow = z.object({ seed: z.string() });

/** A row that is there. */
export const FoundRow = z.object({ found: z.literal(true) });
