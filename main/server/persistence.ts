/**
 * Where the collaboration server keeps its documents: SQLite in the data folder for one machine
 * (@hocuspocus/extension-sqlite), or PostgreSQL for an organisation (@hocuspocus/extension-database
 * over `pg`, with the table created on start). Both store each document's whole Yjs state.
 */
import path from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { SQLite } from '@hocuspocus/extension-sqlite';
import type { Extension } from '@hocuspocus/server';
import pg from 'pg';

export type PersistenceChoice = { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface Persistence {
  extension: Extension;
  /** Settles once the store can load documents; the server listens only after it. */
  ready: Promise<void>;
  /** Names it for the log, without secrets. */
  label: string;
  close(): Promise<void>;
}

const PG_SCHEMA = `CREATE TABLE IF NOT EXISTS concord_collab_documents (
  name varchar(121) PRIMARY KEY,
  data bytea NOT NULL,
  updated timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Hocuspocus calls `onConfigure` without waiting for it, and the SQLite extension runs its
 * CREATE TABLE there without waiting either. A client connecting at once could then load before
 * the database was open (a load that never ends) or before the table existed (refused as
 * "permission-denied"). This one says when the table is there.
 */
class ReadySQLite extends SQLite {
  readonly ready: Promise<void>;
  private settle: { resolve: () => void; reject: (error: Error) => void } = { resolve: () => {}, reject: () => {} };

  constructor(database: string) {
    super({ database });
    this.ready = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
  }

  override async onConfigure(): Promise<void> {
    await super.onConfigure();
    const { db } = this;
    if (!db) return this.settle.reject(new Error('the SQLite database did not open'));
    // The table exists once this second IF NOT EXISTS has run, whichever of the two made it.
    db.run(this.configuration.schema, (error: Error | null) => (error ? this.settle.reject(error) : this.settle.resolve()));
  }
}

/** Opens the chosen store. */
export async function openPersistence(choice: PersistenceChoice): Promise<Persistence> {
  if (choice.kind === 'sqlite') {
    const file = path.join(choice.dataDir, 'documents.sqlite');
    const sqlite = new ReadySQLite(file);
    return {
      extension: sqlite,
      ready: sqlite.ready,
      label: `sqlite:${file}`,
      close: async () => {
        await new Promise<void>((resolve) => (sqlite.db ? sqlite.db.close(() => resolve()) : resolve()));
      },
    };
  }
  const pool = new pg.Pool({ connectionString: choice.url, max: 10 });
  await pool.query(PG_SCHEMA);
  const extension = new Database({
    fetch: async ({ documentName }) => {
      const result = await pool.query<{ data: Buffer }>('SELECT data FROM concord_collab_documents WHERE name = $1', [documentName]);
      const row = result.rows[0];
      return row ? new Uint8Array(row.data) : null;
    },
    store: async ({ documentName, state }) => {
      await pool.query(
        `INSERT INTO concord_collab_documents (name, data, updated) VALUES ($1, $2, now())
         ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated = now()`,
        [documentName, state],
      );
    },
  });
  const host = new URL(choice.url);
  return { extension, ready: Promise.resolve(), label: `postgres://${host.host}${host.pathname}`, close: () => pool.end() };
}
