/**
 * A clause library shared by a team on PostgreSQL (schema.ts): Concord talks to the database
 * directly through a `pg` pool, with parameterised queries only. Search builds a tsquery from
 * the words typed (each with its near spellings from the pg_trgm word list and, for the word
 * being typed, a prefix), lets PostgreSQL find and rank candidates with its GIN index, then
 * re-ranks the best of them exactly as the local index does (shared/library/rank.ts). Each import
 * of a declaration is one transaction, so many users import and search at once.
 */
import pg from 'pg';
import { ApiError } from '../../../../shared/api';
import type { PoolClient } from 'pg';
import type { z } from 'zod';
import type { Clause, ClauseSource, Declaration } from '../../../../shared/model';
import { clausesOf } from '../../../../shared/library/clauses';
import type { LibrarySource } from '../../../../shared/library/schemas';
import { LibrarySource as LibrarySourceSchema } from '../../../../shared/library/schemas';
import type { SearchOptions } from '../../../../shared/library/library';
import type { LibrarySearchHit, LibraryStats, LibrarySuggestion, LibraryVariantGroup } from '../../../../shared/library/schemas';
import { bandKeys, jaccard, shingleSet, shinglesOf, signatureOf } from '../../../../shared/library/minhash';
import { editDistance, MIN_PREFIX, parseQuery, phrasePattern, typoBudget } from '../../../../shared/library/query';
import { scoreCounted, termCounts } from '../../../../shared/library/bm25';
import type { CorpusStats, TermCounts } from '../../../../shared/library/bm25';
import { rankPool } from '../../../../shared/library/rank';
import type { Scored, WordMatch } from '../../../../shared/library/rank';
import { candidateCount, suggestAmong } from '../../../../shared/library/suggest';
import { FUZZY_WEIGHT, PREFIX_WEIGHT } from '../../../../shared/library/termIndex';
import type { Slot } from '../../../../shared/library/termIndex';
import { completionsPastStem, foldWord, isStopWord, partialTermOf, termOf, wordList } from '../../../../shared/library/terms';
import { groupOfWordings } from '../../../../shared/library/variants';
import type { VariantOptions } from '../../../../shared/library/variants';
import type { LibraryBackend } from '../backend';
import { BandedRow, ClauseRow, FoundClauseRow, FoundRow, NearRow, SeedRow, SourceRow, StatsRow, TermRow, TotalsRow } from './rows';
import type { SourceFields } from './rows';
import { migrate, PG_SCHEMA_VERSION, PgSchemaError, schemaVersion } from './schema';

export interface PgBackendOptions {
  /** Connections kept open (default 10). */
  poolSize?: number;
}

// Candidates PostgreSQL ranks before the shared re-ranking picks the best (more when a quoted
// phrase still has to be checked word for word).
const POOL = 100;
const PHRASE_POOL = 1000;
const RANKED = 3000;
// Near spellings looked up per typed word.
const NEAR_WORDS = 12;
const NEAR_SECONDS = 10;
// Words of a drafted paragraph used to find related clauses: the longest tell clauses apart.
const RELATED_WORDS = 12;
// A variant group stops growing here: a giant group is a boilerplate phrase, not one clause.
const MAX_GROUP = 500;
const DEFAULT_THRESHOLD = 0.5;
const CONNECT_SECONDS = 10;
// The GIN indexes (schema.ts), whose pending lists an import's end merges.
const GIN_INDEXES = ['concord_clauses_tsv', 'concord_clauses_bands', 'concord_clauses_years', 'concord_words_trgm'];
// Declarations written before an import's end brings the planner's statistics up to date.
const ANALYZE_AFTER = 20;

/** The address as shown to users: no password, ever. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable address)';
  }
}

// Source files' columns named as LibrarySource has them, so the shared schema checks the rows.
// A clause source's fields as SourceFields has them, for json_build_object.
const SOURCE_FIELDS = "'declaration_id', s.declaration_id, 'title', d.title, 'block_id', s.block_id, 'heading', s.heading, 'date', d.date, 'parties', d.parties";
const SOURCE_COLUMNS = 's.path, s.kind, s.name, s.declaration_id AS "declarationId", s.hash, s.size::float8 AS size, s.added_at AS "addedAt"';

/** The library in one PostgreSQL database; see the module comment. */
export class PgBackend implements LibraryBackend {
  readonly warnings: string[] = [];
  readonly rereadsFiles = false;
  private readonly near = new Map<string, { at: number; list: { word: string; edits: number }[] }>();
  private written = 0;

  private constructor(
    readonly location: string,
    private readonly pool: pg.Pool,
  ) {}

  /**
   * Connects, and creates or migrates the schema when the role may; a read-only role on a
   * database without the current schema gets a message saying who must open it first.
   */
  static async open(url: string, opts: PgBackendOptions = {}): Promise<PgBackend> {
    // allowExitOnIdle: a CLI command ends when its work is done, without closing the pool itself.
    // A server that never answers (a firewall dropping the packets) is given up on, not waited for.
    // No JIT: every statement here is a few index lookups, and the planner's guesses for the band
    // arrays (no statistics for keys that are almost all unique) made it compile one for 270 ms.
    // Options given in the address win.
    const pool = new pg.Pool({ connectionString: url, max: opts.poolSize ?? 10, allowExitOnIdle: true, connectionTimeoutMillis: CONNECT_SECONDS * 1000, options: '-c jit=off' });
    // An idle connection dropped by the server must not crash the process.
    pool.on('error', () => undefined);
    const backend = new PgBackend(redactUrl(url), pool);
    let client: PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      await pool.end();
      throw new Error(`Cannot reach the library database ${backend.location}: ${(error as Error).message}`);
    }
    try {
      if ((await schemaVersion(client)) !== PG_SCHEMA_VERSION) await migrate(client);
    } catch (error) {
      client.release();
      await pool.end();
      if (error instanceof PgSchemaError) throw error;
      throw new Error(
        `The library database ${backend.location} has no Concord library of version ${PG_SCHEMA_VERSION} and this role cannot create it (${(error as Error).message}). Open it once with the writer role.`,
      );
    }
    client.release();
    return backend;
  }

  async sources(): Promise<LibrarySource[]> {
    return this.rows(LibrarySourceSchema, `SELECT ${SOURCE_COLUMNS} FROM concord_sources s ORDER BY s.seq`);
  }

  async sourceAt(path: string): Promise<LibrarySource | undefined> {
    return (await this.rows(LibrarySourceSchema, `SELECT ${SOURCE_COLUMNS} FROM concord_sources s WHERE s.path = $1`, [path]))[0];
  }

  async twinOf(hash: string, path: string): Promise<LibrarySource | undefined> {
    const rows = await this.rows(
      LibrarySourceSchema,
      `SELECT ${SOURCE_COLUMNS} FROM concord_sources s
       JOIN concord_declarations d ON d.id = s.declaration_id WHERE s.hash = $1 AND s.path <> $2 ORDER BY s.seq LIMIT 1`,
      [hash, path],
    );
    return rows[0];
  }

  async holds(declarationId: string): Promise<boolean> {
    return (await this.rows(FoundRow, 'SELECT true AS found FROM concord_declarations WHERE id = $1', [declarationId])).length > 0;
  }

  async putSource(entry: LibrarySource, declaration?: Declaration): Promise<void> {
    await this.transaction(async (client) => {
      const before = await client.query<{ declaration_id: string }>('SELECT declaration_id FROM concord_sources WHERE path = $1 FOR UPDATE', [entry.path]);
      await client.query(
        `INSERT INTO concord_sources (path, kind, name, declaration_id, hash, size, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (path) DO UPDATE SET kind = $2, name = $3, declaration_id = $4, hash = $5, size = $6, added_at = $7`,
        [entry.path, entry.kind, entry.name, entry.declarationId, entry.hash, entry.size, entry.addedAt],
      );
      if (declaration) {
        await writeDeclaration(client, declaration);
        this.written++;
      }
      const old = before.rows[0]?.declaration_id;
      if (old !== undefined && old !== entry.declarationId) await dropIfUnused(client, old);
    });
  }

  async dropSource(path: string): Promise<boolean> {
    return this.transaction(async (client) => {
      const gone = await client.query<{ declaration_id: string }>('DELETE FROM concord_sources WHERE path = $1 RETURNING declaration_id', [path]);
      const declarationId = gone.rows[0]?.declaration_id;
      if (declarationId === undefined) return false;
      await dropIfUnused(client, declarationId);
      return true;
    });
  }

  async prune(): Promise<boolean> {
    return this.transaction(async (client) => {
      const orphans = await client.query<{ id: string }>(
        'SELECT id FROM concord_declarations d WHERE NOT EXISTS (SELECT 1 FROM concord_sources s WHERE s.declaration_id = d.id)',
      );
      for (const { id } of orphans.rows) await removeDeclaration(client, id);
      return orphans.rows.length > 0;
    });
  }

  /**
   * Each change commits on its own; after a big import the tables are analysed and the GIN
   * indexes tidied at once. Until autovacuum gets to it (a minute or more) the planner knows
   * nothing of the new rows and scanned every clause source to list a hit's sources (EXPLAIN:
   * 20-50 ms a search at 100k).
   */
  async flush(): Promise<void> {
    if (this.written < ANALYZE_AFTER) return;
    this.written = 0;
    // Only the tables' owner may; for another writer autovacuum does it later.
    await this.pool.query('ANALYZE concord_declarations, concord_clauses, concord_clause_sources, concord_terms, concord_words').catch(() => undefined);
    // New entries of a GIN index wait in its pending list, which every search reads whole (up to
    // 4 MB: 340 pages of the text index after 100k clauses, a fifth of a search's time); a manual
    // ANALYZE leaves them there, so they are merged into the index now.
    await this.pool.query('SELECT gin_clean_pending_list(i::regclass) FROM unnest($1::text[]) AS i', [GIN_INDEXES]).catch(() => undefined);
  }

  async stats(): Promise<LibraryStats> {
    const [row] = await this.rows(
      StatsRow,
      `SELECT (SELECT count(*) FROM concord_declarations)::int AS sources, count(*)::int AS clauses, (count(*) FILTER (WHERE grain = 'paragraph'))::int AS paragraphs FROM concord_clauses`,
    );
    const { sources = 0, clauses = 0, paragraphs = 0 } = row ?? {};
    return { sources, clauses, paragraphs, sentences: clauses - paragraphs };
  }

  async search(query: string, opts: SearchOptions = {}): Promise<LibrarySearchHit[]> {
    const parsed = parseQuery(query);
    const limit = opts.limit ?? 20;
    const phrases = parsed.phrases.map(phrasePattern);
    const words = await this.wordMatches(parsed.words, parsed.typing);
    const phraseWords = parsed.phrases.flat().map(foldWord).filter((w) => w !== '' && !isStopWord(w));
    const groups = [...phraseWords.map((w) => [lexeme(w)]), ...words.map((w) => alternativesOf(w.match))].filter((g) => g.length > 0);
    if (groups.length === 0) return [];
    const filters = opts.filters ?? {};
    // Only the filters given go into the SQL (still as parameters): a generic "$n IS NULL OR
    // EXISTS" kept the EXISTS a per-row subplan, so a year filter probed every text match.
    const where: string[] = [];
    const bySource: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value) + 3}`;
    if (filters.source !== undefined) bySource.push(`s.declaration_id = ${param(filters.source)}`);
    if (filters.section !== undefined) bySource.push(`lower(s.heading) = lower(btrim(${param(filters.section)}))`);
    if (filters.year !== undefined) {
      // The clause's years find its matches by index; with a source or section the year must
      // also be that source's own.
      const year = param(filters.year);
      where.push(`c.years @> ARRAY[${year}::int]`);
      if (bySource.length > 0) bySource.push(`d.year = ${year}::int`);
    }
    if (bySource.length > 0) {
      where.push(`EXISTS (SELECT 1 FROM concord_clause_sources s JOIN concord_declarations d ON d.id = s.declaration_id
             WHERE s.clause_id = c.id AND ${bySource.join(' AND ')})`);
    }
    if (filters.grain !== undefined) where.push(`c.grain = ${param(filters.grain)}`);
    const filtered = where.map((condition) => `AND ${condition}`).join(' ');
    const find = (tsquery: string) =>
      this.rows(
        FoundClauseRow,
        // Only the first RANKED matches are ranked: ts_rank over every clause a short prefix
        // matches cost hundreds of milliseconds, and the best of a few thousand read as well.
        // The best come back with their sources, in the same round trip.
        `WITH q AS (SELECT to_tsquery('concord_english', $1) AS q),
         m AS (SELECT c.id, c.grain, c.text, c.tsv FROM concord_clauses c, q
           WHERE c.tsv @@ q.q ${filtered}
           LIMIT $3),
         r AS (SELECT m.id, m.grain, m.text, ts_rank(m.tsv, q.q, 1) AS rank FROM m, q ORDER BY rank DESC, m.id LIMIT $2)
         SELECT r.id, r.grain, r.text, r.rank, (SELECT coalesce(json_agg(json_build_object(${SOURCE_FIELDS}) ORDER BY d.seq, s.position), '[]')
             FROM concord_clause_sources s JOIN concord_declarations d ON d.id = s.declaration_id WHERE s.clause_id = r.id) AS sources
         FROM r ORDER BY r.rank DESC, r.id`,
        [tsquery, Math.max(limit, phrases.length > 0 ? PHRASE_POOL : POOL), RANKED, ...params],
      );
    // BM25's figures are looked up beside the search: the terms the words may match are known
    // before it, and those the word being typed starts are a range of the term list.
    const known = [...phraseWords.map((w) => termOf(w) ?? w), ...words.flatMap((w) => [...w.weights.keys()])];
    const figures = this.corpusStats(known, words.find((w) => w.match.prefix !== undefined)?.match.prefix);
    // Awaited below; a search failing first must not leave its rejection unhandled.
    figures.catch(() => undefined);
    const joined = (list: string[][], joiner: string) => list.map((g) => `(${g.join(' | ')})`).join(joiner);
    let all = true;
    let rows = await find(joined(groups, ' & '));
    if (rows.length === 0 && phrases.length === 0 && groups.length > 1) {
      // No clause has every word. Those with all words but the last (the one being typed, or a
      // short one that is a word of its own: "trading sy") are asked for before those with any:
      // the best hold the most words, and the union of common words is tens of thousands of clauses.
      all = false;
      if (groups.length > 2) rows = await find(joined(groups.slice(0, -1), ' & '));
      if (rows.length === 0) rows = await find(joined(groups, ' | '));
    }
    const found = rows.filter((row) => phrases.every((p) => p.test(row.text)));
    const counted = found.map((row) => termCounts(row.text));
    const slots = [...phraseWords.map((w) => new Map([[termOf(w) ?? w, 1]])), ...words.map((w) => slotOf(w, counted))];
    const stats = await figures;
    const pool: Scored[] = found.flatMap((row, i) =>
      row.sources.length === 0 ? [] : [{ clause: { id: row.id, grain: row.grain, text: row.text, sources: row.sources.map(sourceOf) }, score: scoreCounted(counted[i] as TermCounts, slots, stats, all) }],
    );
    return rankPool(pool, words.map((w) => w.match), phrases, limit);
  }

  async variants(opts: VariantOptions): Promise<LibraryVariantGroup[]> {
    const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
    if (opts.of !== undefined) {
      const group = await this.groupAround(opts.of, threshold);
      return group ? [groupOfWordings(group, opts.variantLimit)] : [];
    }
    // The fullest band buckets seed the largest groups; each seed's group is then grown as above.
    const limit = opts.limit ?? 50;
    const seeds = await this.rows(
      SeedRow,
      `SELECT min(c.id) AS seed FROM concord_clauses c, unnest(c.bands) AS k GROUP BY k HAVING count(*) > 1 ORDER BY count(*) DESC, min(c.id) LIMIT $1`,
      [limit * 4],
    );
    const groups: Clause[][] = [];
    const placed = new Set<string>();
    for (const { seed } of seeds) {
      if (placed.has(seed) || groups.length >= limit * 2) continue;
      const group = await this.groupAround(seed, threshold);
      if (!group) continue;
      for (const clause of group) placed.add(clause.id);
      groups.push(group);
    }
    return groups
      .sort((a, b) => b.length - a.length)
      .slice(0, limit)
      .map((group) => groupOfWordings(group, opts.variantLimit));
  }

  async suggest(paragraph: string, limit: number): Promise<LibrarySuggestion[]> {
    const words = [...new Set(wordList(paragraph).map(foldWord))].filter((w) => w.length > 2 && !isStopWord(w));
    const telling = words.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, RELATED_WORDS);
    if (telling.length === 0) return [];
    const rows = await this.rows(
      ClauseRow,
      `SELECT c.id, c.grain, c.text FROM concord_clauses c, to_tsquery('concord_english', $1) q
       WHERE c.tsv @@ q ORDER BY ts_rank(c.tsv, q, 1) DESC, c.id LIMIT $2`,
      [telling.map(lexeme).join(' | '), candidateCount(limit)],
    );
    return suggestAmong(paragraph, await this.withSources(rows), limit);
  }

  async clause(id: string): Promise<Clause | undefined> {
    const rows = await this.rows(ClauseRow, 'SELECT id, grain, text FROM concord_clauses WHERE id = $1', [id]);
    return (await this.withSources(rows))[0];
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /**
   * Each free word as what it may match: itself, its near spellings from the word list (within
   * the typo budget), and for the word being typed its prefix.
   */
  private async wordMatches(words: string[], typing: boolean): Promise<QueryWord[]> {
    const folded = words.map(foldWord);
    const last = typing ? partialTermOf(words.at(-1) ?? '') : null;
    const guesses = last !== null && last.length >= MIN_PREFIX ? completionsPastStem(last) : [];
    const [near, written] = await Promise.all([
      this.nearSpellings(folded.filter((w, i) => termOf(words[i] ?? '') !== null && typoBudget(w) > 0)),
      this.writtenOf(guesses.map((g) => g.word)),
    ]);
    const matches: QueryWord[] = [];
    words.forEach((word, i) => {
      const term = termOf(word);
      const partial = typing && i === words.length - 1 ? partialTermOf(word) : null;
      if (term === null && partial === null) return;
      const weights = new Map<string, number>();
      if (term !== null) weights.set(term, 1);
      for (const { word: close, edits } of near.get(folded[i] ?? '') ?? []) {
        const closeTerm = termOf(close);
        if (closeTerm !== null) weights.set(closeTerm, Math.max(weights.get(closeTerm) ?? 0, FUZZY_WEIGHT / edits));
      }
      const surfaces = term === null ? new Set<string>() : new Set([folded[i] ?? '', ...(near.get(folded[i] ?? '') ?? []).map((n) => n.word)]);
      const prefix = partial !== null && partial.length >= MIN_PREFIX ? partial : undefined;
      // The stems it has typed past ("adaptati": "adapt") are matched through the library's words
      // they stand for, which PostgreSQL stems its own way.
      for (const guess of prefix === undefined ? [] : guesses.filter((g) => written.has(g.word))) {
        weights.set(guess.term, Math.max(weights.get(guess.term) ?? 0, PREFIX_WEIGHT));
        surfaces.add(guess.word);
      }
      matches.push({ weights, match: { terms: new Set(weights.keys()), surfaces, ...(prefix === undefined ? {} : { prefix }) } });
    });
    return matches;
  }

  /** Those of the words some clause of the library has (the word list holds them all). */
  private async writtenOf(words: string[]): Promise<Set<string>> {
    if (words.length === 0) return new Set();
    return new Set((await this.rows(NearRow.pick({ word: true }), 'SELECT word FROM concord_words WHERE word = ANY($1)', [words])).map((r) => r.word));
  }

  /**
   * The near spellings of words from the pg_trgm word list, remembered for NEAR_SECONDS: while
   * a query is typed its finished words come back at every keystroke, and a word another user
   * imports meanwhile is seen a few seconds later.
   */
  private async nearSpellings(wanted: string[]): Promise<Map<string, { word: string; edits: number }[]>> {
    const now = Date.now();
    for (const [word, known] of this.near) if (now - known.at > NEAR_SECONDS * 1000) this.near.delete(word);
    const missing = [...new Set(wanted.filter((w) => !this.near.has(w)))];
    if (missing.length > 0) {
      const rows = await this.rows(
        NearRow,
        `SELECT q.typed, w.word FROM unnest($1::text[]) AS q(typed)
         CROSS JOIN LATERAL (SELECT word FROM concord_words WHERE word % q.typed ORDER BY word <-> q.typed LIMIT $2) w`,
        [missing, NEAR_WORDS],
      );
      const found = new Map<string, { word: string; edits: number }[]>(missing.map((w) => [w, []]));
      for (const { typed, word } of rows) {
        const edits = editDistance(word, typed, typoBudget(typed));
        if (word !== typed && edits <= typoBudget(typed)) found.get(typed)?.push({ word, edits });
      }
      for (const [word, list] of found) this.near.set(word, { at: now, list });
    }
    return new Map(wanted.map((w) => [w, this.near.get(w)?.list ?? []]));
  }

  /** What BM25 needs to score the query's terms: the frequencies of those given, and of every term the word being typed starts. */
  private async corpusStats(terms: string[], prefix: string | undefined): Promise<CorpusStats> {
    const [frequencies, totals] = await Promise.all([
      this.rows(
        TermRow,
        // The prefix as a LIKE pattern (its own characters escaped): a range of the term index.
        'SELECT term, df FROM concord_terms WHERE term = ANY($1) OR term LIKE $2',
        [[...new Set(terms)], prefix === undefined ? null : `${prefix.replace(/[\\%_]/g, '\\$&')}%`],
      ),
      this.rows(TotalsRow, 'SELECT clauses::float8 AS clauses, terms::float8 AS terms FROM concord_totals'),
    ]);
    const df = new Map(frequencies.map((f) => [f.term, f.df]));
    const documents = Math.max(1, totals[0]?.clauses ?? 1);
    return { documents, averageLength: (totals[0]?.terms ?? 1) / documents, frequency: (term) => df.get(term) ?? 1 };
  }

  /**
   * The wordings joined to one clause through shared bands and confirmed similar, or undefined
   * when it has none. Each round asks only for clauses not seen before: those judged not alike
   * stay in memory, and are compared again with the next round's members they share a band with,
   * so the group is the one the whole bands' neighbourhood gives. The bands are looked up one key
   * at a time: for a whole array of keys the planner expects thousands of rows and, under the
   * LIMIT, scanned the whole table (EXPLAIN: 2-3 s a round at 100k, a minute at 1M).
   */
  private async groupAround(id: string, threshold: number): Promise<Clause[] | undefined> {
    const seed = await this.rows(BandedRow, 'SELECT id, grain, text, bands FROM concord_clauses WHERE id = $1', [id]);
    if (!seed[0]) return undefined;
    const members = new Map<string, ClauseRow>([[id, seed[0]]]);
    const seen = new Map<string, { row: BandedRow; set: Uint32Array }>([[id, { row: seed[0], set: shingleSet(shinglesOf(seed[0].text)) }]]);
    const setOf = (rowId: string) => seen.get(rowId)?.set ?? new Uint32Array(0);
    const rejected = new Set<string>();
    let frontier = [seed[0]];
    while (frontier.length > 0 && members.size < MAX_GROUP) {
      const keys = new Set(frontier.flatMap((row) => row.bands));
      const fetched = await this.rows(
        BandedRow,
        // OFFSET 0 keeps each key's lookup a subquery of its own, which only the index answers.
        `SELECT DISTINCT ON (c.id) c.id, c.grain, c.text, c.bands FROM unnest($1::bigint[]) AS k(key)
         CROSS JOIN LATERAL (SELECT id, grain, text, bands FROM concord_clauses WHERE bands && ARRAY[k.key] OFFSET 0) c
         WHERE NOT (c.id = ANY($2)) ORDER BY c.id LIMIT $3`,
        [[...keys], [...seen.keys()], MAX_GROUP * 4],
      );
      for (const row of fetched) seen.set(row.id, { row, set: shingleSet(shinglesOf(row.text)) });
      // Earlier rejects come back as candidates when they share a band with this frontier.
      const again = [...rejected].flatMap((other) => {
        const known = seen.get(other);
        return known && known.row.bands.some((key) => keys.has(key)) ? [known.row] : [];
      });
      const next: BandedRow[] = [];
      for (const row of [...again, ...fetched]) {
        const set = setOf(row.id);
        const close = frontier.some((member) => jaccard(setOf(member.id), set) >= threshold);
        if (!close || members.size >= MAX_GROUP) {
          rejected.add(row.id);
          continue;
        }
        rejected.delete(row.id);
        members.set(row.id, row);
        next.push(row);
      }
      frontier = next;
    }
    const clauses = await this.withSources([...members.values()]);
    // A paragraph and its own sentence overlap by construction; they are one text, not variants.
    const seedClause = clauses.find((c) => c.id === id);
    const kept = clauses.filter((c) => c.id === id || !seedClause || !sameBlock(c, seedClause));
    return kept.length > 1 ? kept : undefined;
  }

  /** Clauses for rows, in the same order, each with its sources (declarations in the order added). */
  private async withSources(rows: ClauseRow[]): Promise<Clause[]> {
    if (rows.length === 0) return [];
    const sources = await this.rows(
      SourceRow,
      `SELECT s.clause_id, s.declaration_id, d.title, s.block_id, s.heading, d.date, d.parties
       FROM concord_clause_sources s JOIN concord_declarations d ON d.id = s.declaration_id
       WHERE s.clause_id = ANY($1) ORDER BY d.seq, s.position`,
      [rows.map((r) => r.id)],
    );
    const byClause = new Map<string, ClauseSource[]>();
    for (const s of sources) byClause.set(s.clause_id, [...(byClause.get(s.clause_id) ?? []), sourceOf(s)]);
    return rows.flatMap((r) => {
      const list = byClause.get(r.id);
      return list ? [{ id: r.id, grain: r.grain, text: r.text, sources: list }] : [];
    });
  }

  /** A query's rows, each checked against the shape the library expects of it. */
  private async rows<S extends z.ZodType>(schema: S, sql: string, params: unknown[] = []): Promise<z.infer<S>[]> {
    const { rows } = await this.pool.query(sql, params);
    return rows.map((row) => {
      const checked = schema.safeParse(row);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new Error(`The library database ${this.location} returned a row Concord cannot read (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unexpected shape'}).`);
      }
      return checked.data as z.infer<S>;
    });
  }

  /** Runs work in one transaction, once more if PostgreSQL chose it as a deadlock's victim. */
  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        const code = (error as { code?: string }).code;
        if (attempt < 3 && (code === '40P01' || code === '40001' || code === '23505')) continue;
        if (code === '42501') {
          throw new ApiError('forbidden', `This role may only search the shared library ${this.location}; importing and removing need the writer role.`);
        }
        throw error;
      } finally {
        client.release();
      }
    }
  }
}

/** A folded word as a quoted tsquery lexeme; folding leaves only letters and digits. */
function lexeme(word: string): string {
  return `'${word.replace(/['\\]/g, '')}'`;
}

/** A typed word: the term weights it scores with, and what it matches for the final ranking. */
interface QueryWord {
  weights: Map<string, number>;
  match: WordMatch;
}

/** A word's BM25 slot; the word being typed also gets every candidate term it starts. */
function slotOf(word: QueryWord, counted: TermCounts[]): Slot {
  const { prefix } = word.match;
  if (prefix === undefined) return word.weights;
  const slot = new Map(word.weights);
  for (const { counts } of counted) {
    for (const term of counts.keys()) {
      if (term.startsWith(prefix) && !slot.has(term)) slot.set(term, term === prefix ? 1 : PREFIX_WEIGHT);
    }
  }
  return slot;
}

/** A clause source as the library gives it, from its row. */
function sourceOf(s: z.infer<typeof SourceFields>): ClauseSource {
  return {
    declarationId: s.declaration_id,
    title: s.title,
    blockId: s.block_id,
    ...(s.heading === null ? {} : { heading: s.heading }),
    ...(s.date === null ? {} : { date: s.date }),
    parties: s.parties,
  };
}

function alternativesOf(word: WordMatch): string[] {
  const alternatives = [...word.surfaces].map(lexeme);
  if (word.prefix !== undefined) alternatives.push(`${lexeme(word.prefix)}:*`);
  return alternatives;
}

function sameBlock(a: Clause, b: Clause): boolean {
  return a.sources.some((s) => b.sources.some((t) => t.declarationId === s.declarationId && t.blockId === s.blockId));
}

/** Replaces a declaration's clauses: the old ones go (clauses nobody else has with them), the new ones come in. */
async function writeDeclaration(client: PoolClient, decl: Declaration): Promise<void> {
  await removeDeclaration(client, decl.id);
  const year = decl.date && /^\d{4}/.test(decl.date) ? Number(decl.date.slice(0, 4)) : null;
  await client.query('INSERT INTO concord_declarations (id, title, name, date, year, parties, hash) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    decl.id,
    decl.title,
    decl.source.name,
    decl.date ?? null,
    year,
    decl.parties,
    decl.source.hash,
  ]);
  const clauses = new Map<string, { grain: string; text: string; bands: string }>();
  const sources = new Map<string, { clause: string; block: string; heading: string | null; position: number }>();
  const words = new Set<string>();
  for (const clause of clausesOf(decl)) {
    const source = clause.sources[0];
    if (!source) continue;
    if (!clauses.has(clause.id)) {
      const keys = bandKeys(signatureOf(shingleSet(shinglesOf(clause.text))));
      clauses.set(clause.id, { grain: clause.grain, text: clause.text, bands: `{${keys.join(',')}}` });
      for (const word of wordList(clause.text)) {
        const folded = foldWord(word);
        if (folded.length > 2 && !isStopWord(folded)) words.add(folded);
      }
    }
    const key = `${clause.id}\u0000${source.blockId}`;
    if (!sources.has(key)) sources.set(key, { clause: clause.id, block: source.blockId, heading: source.heading ?? null, position: sources.size });
  }
  // In id order, so that two importers of the same clauses wait on each other instead of deadlocking.
  const rows = [...clauses.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = rows.map(([id]) => id);
  const added = await client.query<{ text: string }>(
    // Band keys travel as array literals ("{1,2}"): unnest would flatten an array of arrays.
    `INSERT INTO concord_clauses (id, grain, text, bands, years)
     SELECT i, g, t, b::bigint[], $5::int[] FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(i, g, t, b)
     ON CONFLICT (id) DO NOTHING RETURNING text`,
    [ids, rows.map(([, c]) => c.grain), rows.map(([, c]) => c.text), rows.map(([, c]) => c.bands), year === null ? [] : [year]],
  );
  if (year !== null && added.rows.length < ids.length) {
    // Clauses other declarations have too get this one's year. Locked first: a remover
    // recomputing a clause's years after its lock then sees this declaration's sources.
    await client.query('SELECT 1 FROM concord_clauses WHERE id = ANY($1) ORDER BY id FOR UPDATE', [ids]);
    await client.query('UPDATE concord_clauses SET years = years || $2::int WHERE id = ANY($1) AND NOT ($2::int = ANY(years))', [ids, year]);
  }
  await countTerms(client, added.rows.map((r) => r.text), 1);
  const links = [...sources.values()];
  await client.query(
    `INSERT INTO concord_clause_sources (clause_id, declaration_id, block_id, heading, position)
     SELECT c, $2, b, h, p FROM unnest($1::text[], $3::text[], $4::text[], $5::int[]) AS t(c, b, h, p)`,
    [links.map((l) => l.clause), decl.id, links.map((l) => l.block), links.map((l) => l.heading), links.map((l) => l.position)],
  );
  await client.query('INSERT INTO concord_words (word) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [[...words].sort()]);
}

async function dropIfUnused(client: PoolClient, declarationId: string): Promise<void> {
  const used = await client.query('SELECT 1 FROM concord_sources WHERE declaration_id = $1 LIMIT 1', [declarationId]);
  if (used.rows.length === 0) await removeDeclaration(client, declarationId);
}

/** Removes a declaration and the clauses that only it had. */
async function removeDeclaration(client: PoolClient, declarationId: string): Promise<void> {
  const gone = await client.query<{ clause_id: string }>('DELETE FROM concord_clause_sources WHERE declaration_id = $1 RETURNING clause_id', [declarationId]);
  if (gone.rows.length > 0) {
    const deleted = await client.query<{ text: string }>(
      'DELETE FROM concord_clauses c WHERE c.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM concord_clause_sources s WHERE s.clause_id = c.id) RETURNING text',
      [[...new Set(gone.rows.map((r) => r.clause_id))]],
    );
    await countTerms(client, deleted.rows.map((r) => r.text), -1);
    await recountYears(client, [...new Set(gone.rows.map((r) => r.clause_id))].sort());
  }
  await client.query('DELETE FROM concord_declarations WHERE id = $1', [declarationId]);
}

/**
 * The years of clauses that lost a source, from the sources they still have. The rows are locked
 * before the years are read (each statement sees what was committed when it began), so an
 * importer adding a year to one of them meanwhile is either seen or waits, never lost.
 */
async function recountYears(client: PoolClient, ids: string[]): Promise<void> {
  await client.query('SELECT 1 FROM concord_clauses WHERE id = ANY($1) ORDER BY id FOR UPDATE', [ids]);
  await client.query(
    `UPDATE concord_clauses c SET years = n.years FROM (
       SELECT c2.id, coalesce(array_agg(DISTINCT d.year ORDER BY d.year) FILTER (WHERE d.year IS NOT NULL), '{}') AS years
       FROM concord_clauses c2
       LEFT JOIN concord_clause_sources s ON s.clause_id = c2.id
       LEFT JOIN concord_declarations d ON d.id = s.declaration_id
       WHERE c2.id = ANY($1) GROUP BY c2.id) n
     WHERE c.id = n.id AND c.years <> n.years`,
    [ids],
  );
}

/**
 * Adds (sign 1) or takes away (-1) clauses from the term frequencies and totals. Terms are
 * updated in sorted order so that two importers lock rows in the same order and never deadlock.
 */
async function countTerms(client: PoolClient, texts: string[], sign: 1 | -1): Promise<void> {
  if (texts.length === 0) return;
  const df = new Map<string, number>();
  let total = 0;
  for (const text of texts) {
    const { counts, length } = termCounts(text);
    total += length;
    for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  }
  const terms = [...df.keys()].sort();
  await client.query(
    `INSERT INTO concord_terms (term, df) SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (term) DO UPDATE SET df = concord_terms.df + excluded.df`,
    [terms, terms.map((t) => sign * (df.get(t) ?? 0))],
  );
  await client.query('UPDATE concord_totals SET clauses = clauses + $1, terms = terms + $2', [sign * texts.length, sign * total]);
}
