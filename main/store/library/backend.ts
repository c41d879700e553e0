/**
 * Where a clause library keeps its clauses and its list of sources: the workspace's files
 * (local.ts) or a team's PostgreSQL database (postgres/pg-backend.ts). LibraryStore (store.ts)
 * reads files and templates into declarations and hands them to a backend; every handler then
 * searches through the same methods, whichever backend holds the library.
 */
import type { Clause, Declaration } from '../../../shared/model';
import type { WorkerBuildOptions } from './build-in-worker';
import type { LibrarySource } from '../../../shared/library/schemas';
import type { SearchOptions } from '../../../shared/library/library';
import type { LibrarySearchHit, LibraryStats, LibrarySuggestion, LibraryVariantGroup } from '../../../shared/library/schemas';
import type { VariantOptions } from '../../../shared/library/variants';

export interface LibraryBackend {
  /** Where the library lives, as shown to the user: a folder or a database address without its password. */
  readonly location: string;
  /** Problems met while opening (a damaged file that will be rebuilt...), for the status line. */
  readonly warnings: string[];
  /**
   * Whether opening re-reads the recorded files that changed: yes for the workspace's own
   * library; no for a shared one, whose files sit on the machines that imported them.
   */
  readonly rereadsFiles: boolean;
  /** Every source, in the order added. */
  sources(): Promise<LibrarySource[]>;
  /** The source recorded for a path, if any. */
  sourceAt(path: string): Promise<LibrarySource | undefined>;
  /** Another source with the same bytes whose declaration is held: it need not be read again. */
  twinOf(hash: string, path: string): Promise<LibrarySource | undefined>;
  /** Whether the library holds a declaration's clauses. */
  holds(declarationId: string): Promise<boolean>;
  /**
   * Records a source, replacing what the same path had, with the declaration read from it
   * (absent when it shares a twin's). A declaration no source points at any more is dropped.
   */
  putSource(entry: LibrarySource, declaration?: Declaration): Promise<void>;
  /** Drops a source (by path) and the clauses only it provided; false when there was none. */
  dropSource(path: string): Promise<boolean>;
  /** Drops declarations that no source explains; true when any went. */
  prune(): Promise<boolean>;
  /**
   * Makes the changes so far durable (the local files are written here, after a big first build
   * in a worker; PostgreSQL commits each change). Rejects with BuildCancelled when the signal
   * stops a build, keeping the library as it was.
   */
  flush(opts?: WorkerBuildOptions): Promise<void>;
  stats(): Promise<LibraryStats>;
  search(query: string, opts?: SearchOptions): Promise<LibrarySearchHit[]>;
  variants(opts: VariantOptions): Promise<LibraryVariantGroup[]>;
  suggest(paragraph: string, limit: number): Promise<LibrarySuggestion[]>;
  clause(id: string): Promise<Clause | undefined>;
  /** Releases files, workers or connections. */
  close(): Promise<void>;
}
