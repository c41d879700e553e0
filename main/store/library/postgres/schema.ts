/**
 * The library's tables in PostgreSQL, created and migrated by Concord itself: each migration runs
 * once, in order, in one transaction, and `concord_schema` records the version reached. Several
 * Concords opening the same database at once wait on an advisory lock, so only one migrates.
 *
 * Search uses PostgreSQL's own machinery: a text search configuration `concord_english` (English
 * stems, accents folded with `unaccent`) behind a generated tsvector column with a GIN index,
 * and `concord_words` (every word as written) with a pg_trgm index to correct typos. The final
 * ranking is Concord's own BM25 (shared/library/bm25.ts) over the best candidates, from the
 * clause frequency of each of its terms (`concord_terms`) and the totals (`concord_totals`). Variants
 * use the MinHash band keys of each clause (shared/library/minhash.ts), a GIN-indexed array.
 * The year filter uses `years`, the years of the clause's declarations (also GIN-indexed).
 */
import type { PoolClient } from 'pg';

/** Bump with a new entry in MIGRATIONS; a database at a higher version is refused. */
export const PG_SCHEMA_VERSION = 2;

// Any constant: it names the lock that serializes migrations across clients.
const MIGRATION_LOCK = 220_001;

const MIGRATIONS: string[] = [
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE EXTENSION IF NOT EXISTS unaccent;
  DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'concord_english') THEN
      CREATE TEXT SEARCH CONFIGURATION concord_english (COPY = english);
      ALTER TEXT SEARCH CONFIGURATION concord_english ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
    END IF;
  END $$;
  CREATE TABLE concord_declarations (
    id text PRIMARY KEY,
    title text NOT NULL,
    name text NOT NULL,
    date text,
    year integer,
    parties text[] NOT NULL DEFAULT '{}',
    hash text NOT NULL,
    seq bigserial
  );
  CREATE TABLE concord_clauses (
    id text PRIMARY KEY,
    grain text NOT NULL CHECK (grain IN ('paragraph', 'sentence')),
    text text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('concord_english', text)) STORED,
    bands bigint[] NOT NULL
  );
  CREATE INDEX concord_clauses_tsv ON concord_clauses USING gin (tsv);
  CREATE INDEX concord_clauses_bands ON concord_clauses USING gin (bands);
  CREATE TABLE concord_clause_sources (
    clause_id text NOT NULL REFERENCES concord_clauses (id) ON DELETE CASCADE,
    declaration_id text NOT NULL REFERENCES concord_declarations (id) ON DELETE CASCADE,
    block_id text NOT NULL,
    heading text,
    position integer NOT NULL,
    PRIMARY KEY (clause_id, declaration_id, block_id)
  );
  CREATE INDEX concord_clause_sources_declaration ON concord_clause_sources (declaration_id);
  CREATE TABLE concord_words (word text PRIMARY KEY);
  CREATE TABLE concord_terms (term text PRIMARY KEY, df integer NOT NULL);
  CREATE TABLE concord_totals (id integer PRIMARY KEY CHECK (id = 1), clauses bigint NOT NULL, terms bigint NOT NULL);
  INSERT INTO concord_totals VALUES (1, 0, 0);
  CREATE INDEX concord_words_trgm ON concord_words USING gin (word gin_trgm_ops);
  CREATE TABLE concord_sources (
    path text PRIMARY KEY,
    kind text NOT NULL,
    name text NOT NULL,
    declaration_id text NOT NULL,
    hash text NOT NULL,
    size bigint NOT NULL,
    added_at text NOT NULL,
    seq bigserial
  );
  CREATE INDEX concord_sources_hash ON concord_sources (hash);
  `,
  // 2: the years of each clause's declarations on the clause, GIN-indexed, so that a year filter
  // is one more bitmap beside the text index; through the sources it probed every text match.
  `
  ALTER TABLE concord_clauses ADD COLUMN years integer[] NOT NULL DEFAULT '{}';
  UPDATE concord_clauses c SET years = y.years
    FROM (SELECT s.clause_id, array_agg(DISTINCT d.year ORDER BY d.year) AS years
          FROM concord_clause_sources s JOIN concord_declarations d ON d.id = s.declaration_id
          WHERE d.year IS NOT NULL GROUP BY s.clause_id) y
    WHERE y.clause_id = c.id;
  CREATE INDEX concord_clauses_years ON concord_clauses USING gin (years);
  `,
];

/** Raised when the database cannot hold a Concord library as this version expects. */
export class PgSchemaError extends Error {
  override name = 'PgSchemaError';
}

/** Brings the database to PG_SCHEMA_VERSION; a no-op when it is there already. */
export async function migrate(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS concord_schema (version integer NOT NULL)');
    const found = await client.query<{ version: number }>('SELECT version FROM concord_schema');
    const current = found.rows[0]?.version ?? 0;
    if (current > PG_SCHEMA_VERSION) {
      throw new PgSchemaError(`The library database is at schema version ${current}; this Concord knows up to ${PG_SCHEMA_VERSION}. Update Concord to use it.`);
    }
    for (let version = current + 1; version <= PG_SCHEMA_VERSION; version++) await client.query(MIGRATIONS[version - 1] as string);
    if (current === 0) await client.query('INSERT INTO concord_schema (version) VALUES ($1)', [PG_SCHEMA_VERSION]);
    else if (current < PG_SCHEMA_VERSION) await client.query('UPDATE concord_schema SET version = $1', [PG_SCHEMA_VERSION]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** The schema version of a database without changing it (0 for none): a read-only role's check. */
export async function schemaVersion(client: PoolClient): Promise<number> {
  const table = await client.query<{ present: boolean }>("SELECT to_regclass('concord_schema') IS NOT NULL AS present");
  if (!table.rows[0]?.present) return 0;
  return (await client.query<{ version: number }>('SELECT version FROM concord_schema')).rows[0]?.version ?? 0;
}
