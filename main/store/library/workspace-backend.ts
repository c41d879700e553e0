/**
 * The library in the workspace, `<workspace>/library/`: the clause index (shared/library, kept
 * in memory) saved as `index.bin` (shared/library/saved-index.ts: made for loading), beside
 * `sources.json` (what it was read from, with content hashes). Every write is atomic; a damaged
 * or outdated file is reported and rebuilt from the sources, never fatal. An `index.json` of
 * Concord before 0.2 is left unread: its sources are re-read into `index.bin`, then it goes.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Clause, Declaration } from '../../../shared/model';
import { ClauseLibrary, LibraryFormatError } from '../../../shared/library/library';
import type { SearchOptions } from '../../../shared/library/library';
import type { LibrarySearchHit, LibraryStats, LibrarySuggestion, LibraryVariantGroup } from '../../../shared/library/schemas';
import type { LibrarySource } from '../../../shared/library/schemas';
import { SOURCES_SCHEMA_VERSION, SourcesFile } from '../../../shared/library/format';
import { suggestFor } from '../../../shared/library/suggest';
import { libraryVariants } from '../../../shared/library/variants';
import type { VariantOptions } from '../../../shared/library/variants';
import { ApiError } from '../../../shared/api';
import { issuesText } from '../../../shared/issues';
import { writeFileAtomic } from '../atomic';
import { describeFsError } from '../fs-errors';
import type { LibraryBackend } from './backend';
import { BuildCancelled, runIndexJob } from './build-in-worker';
import type { IndexChange, WorkerBuildOptions } from './build-in-worker';

const INDEX_FILE = 'index.bin';
/** Path of a source known only from the index (its file is not known): kept, never re-read. */
export const RECOVERED_PREFIX = 'recovered:';
/** Files sent from the browser are kept under `library/files/<content hash>/<name>`. */
export const UPLOADS_DIR = 'files';

/** The folder an upload with this content lives in: same name, other text, other folder. */
export function uploadFolder(sha256: string): string {
  return sha256.slice(0, 16);
}
// A batch of at least this many declarations is indexed in a worker (build-in-worker.ts).
const WORKER_BUILD_MIN = 50;
// One long file (a 70,000-paragraph Word file took 11 s to index) goes to the worker too.
const WORKER_BUILD_MIN_BLOCKS = 1_000;

export interface LocalBackendOptions {
  /**
   * From this many clauses on, index.bin is written by a worker that starts from the file last
   * written and replays the changes since (default 2,000: saving 20,000 clauses here held the
   * host's thread 140–220 ms, so one small file added to such a library froze it that long).
   */
  saveInWorkerFrom?: number;
}

/** The workspace library; see the module comment. */
export class LocalBackend implements LibraryBackend {
  readonly warnings: string[] = [];
  readonly rereadsFiles = true;
  private sourceList: LibrarySource[] = [];
  private dirty = false;
  // Declarations read since the last flush, which adds them (a big batch in a worker).
  private pending: Map<string, Declaration> | undefined;
  // The changes since index.bin was last written, which a worker replays on it to write the
  // next one; undefined while the file is no base for that (missing, unreadable).
  private log: IndexChange[] | undefined;

  private constructor(
    readonly location: string,
    /** The clauses in memory; tests and benches read it directly. */
    public library: ClauseLibrary,
    private readonly opts: LocalBackendOptions,
  ) {}

  /** Loads the library of a workspace; never throws on a damaged file (see `warnings`). */
  static async open(workspace: string, opts: LocalBackendOptions = {}): Promise<LocalBackend> {
    const backend = new LocalBackend(path.join(workspace, 'library'), new ClauseLibrary(), opts);
    backend.sourceList = await backend.loadSources();
    backend.library = await backend.loadIndex();
    backend.adoptOrphans();
    return backend;
  }

  /**
   * Declarations the index holds that no source explains: the sources list lost them (it was
   * damaged and its `.bak` is one save behind, or a crash fell between the two saves). They are
   * kept, found again by their uploaded file when there is one, rather than purged.
   */
  private adoptOrphans(): void {
    const known = new Set(this.sourceList.map((s) => s.declarationId));
    const orphans = this.library.declarations().filter((d) => !known.has(d.id));
    if (orphans.length === 0) return;
    for (const d of orphans) {
      const upload = path.join(this.location, UPLOADS_DIR, uploadFolder(d.hash), d.name);
      const found = existsSync(upload);
      this.sourceList.push({ path: found ? upload : `${RECOVERED_PREFIX}${d.id}`, kind: 'file', name: d.name, declarationId: d.id, hash: d.hash, size: 0, addedAt: new Date().toISOString() });
    }
    this.warnings.push(
      `${orphans.length} ${orphans.length === 1 ? 'source was' : 'sources were'} recovered from the library's index (${orphans.map((d) => d.name).join(', ')}); import ${orphans.length === 1 ? 'it' : 'them'} again to follow later changes of the file.`,
    );
  }

  async sources(): Promise<LibrarySource[]> {
    return [...this.sourceList];
  }

  async sourceAt(sourcePath: string): Promise<LibrarySource | undefined> {
    return this.sourceList.find((s) => s.path === sourcePath);
  }

  async twinOf(hash: string, sourcePath: string): Promise<LibrarySource | undefined> {
    return this.sourceList.find((s) => s.path !== sourcePath && s.hash === hash && (this.library.declaration(s.declarationId) || this.pending?.has(s.declarationId)));
  }

  async holds(declarationId: string): Promise<boolean> {
    return this.library.declaration(declarationId) !== undefined || this.pending?.has(declarationId) === true;
  }

  async putSource(entry: LibrarySource, declaration?: Declaration): Promise<void> {
    const known = this.sourceList.find((s) => s.path === entry.path);
    this.sourceList = known ? this.sourceList.map((s) => (s === known ? entry : s)) : [...this.sourceList, entry];
    if (known && known.declarationId !== entry.declarationId) this.dropIfUnused(known.declarationId);
    if (declaration) (this.pending ??= new Map()).set(declaration.id, declaration);
    this.dirty = true;
  }

  async dropSource(sourcePath: string): Promise<boolean> {
    const gone = this.sourceList.find((s) => s.path === sourcePath);
    if (!gone) return false;
    this.sourceList = this.sourceList.filter((s) => s !== gone);
    this.dropIfUnused(gone.declarationId);
    this.dirty = true;
    return true;
  }

  async prune(): Promise<boolean> {
    const explained = new Set(this.sourceList.map((s) => s.declarationId));
    const orphans = [...this.library.declarations().map((d) => d.id), ...(this.pending?.keys() ?? [])].filter((id) => !explained.has(id));
    for (const orphan of orphans) this.forget(orphan);
    this.dirty ||= orphans.length > 0;
    return orphans.length > 0;
  }

  /**
   * Adds what is pending (a big batch in a worker, which writes the index and sends it back),
   * then writes the index and the sources list, each atomically, when anything changed.
   */
  async flush(opts: WorkerBuildOptions = {}): Promise<void> {
    const pending = this.pending;
    this.pending = undefined;
    const adds: IndexChange[] = [...(pending?.values() ?? [])].map((add) => ({ add }));
    let written = false;
    const blocks = adds.reduce((n, change) => n + ('add' in change ? change.add.blocks.length : 0), 0);
    if ((adds.length >= WORKER_BUILD_MIN || blocks >= WORKER_BUILD_MIN_BLOCKS) && (this.log || this.library.size === 0)) {
      try {
        const from = this.log && this.library.size > 0 ? { from: this.indexFile } : {};
        const bytes = await runIndexJob({ ...from, changes: [...(from.from ? (this.log ?? []) : []), ...adds], write: this.indexFile, send: true }, opts);
        this.library = ClauseLibrary.load(bytes ?? new Uint8Array(0));
        this.log = [];
        written = true;
      } catch (error) {
        if (!(error instanceof BuildCancelled)) throw error;
        // Nothing of the build is kept, so neither are the sources read for it.
        this.sourceList = this.sourceList.filter((s) => this.library.declaration(s.declarationId));
        await this.write(false);
        throw error;
      }
    } else {
      for (const change of adds) if ('add' in change) this.library.add(change.add);
      this.log?.push(...adds);
    }
    if (this.dirty) await this.write(written);
  }

  private get indexFile(): string {
    return path.join(this.location, INDEX_FILE);
  }

  /**
   * Writes index.bin: in a worker replaying the changes on the file last written when the
   * library is big (saving a million clauses takes seconds), else here.
   */
  private async writeIndex(): Promise<void> {
    const inWorker = this.log !== undefined && this.library.size >= (this.opts.saveInWorkerFrom ?? 2_000);
    if (inWorker && this.log && this.log.length > 0) {
      try {
        await runIndexJob({ from: this.indexFile, changes: this.log, write: this.indexFile, send: false });
      } catch {
        // The file last written cannot be read back (moved, damaged): written from memory instead.
        await writeFileAtomic(this.indexFile, this.library.save());
      }
    } else if (!inWorker) {
      await writeFileAtomic(this.indexFile, this.library.save());
    }
    this.log = [];
  }

  private async write(indexWritten: boolean): Promise<void> {
    try {
      if (!indexWritten) await this.writeIndex();
      await fs.rm(path.join(this.location, 'index.json'), { force: true });
      const sources: SourcesFile = { format: 'concord-library-sources', schemaVersion: SOURCES_SCHEMA_VERSION, sources: this.sourceList };
      await writeFileAtomic(path.join(this.location, 'sources.json'), JSON.stringify(sources, null, 1));
    } catch (error) {
      const clear = describeFsError(error, 'the library');
      throw clear instanceof ApiError ? clear : new Error(`The library cannot be saved in ${this.location} (${(error as Error).message}); its files on disk were not changed.`);
    }
    this.dirty = false;
  }

  async stats(): Promise<LibraryStats> {
    return this.library.stats();
  }

  async search(query: string, opts: SearchOptions = {}): Promise<LibrarySearchHit[]> {
    return this.library.search(query, opts);
  }

  async variants(opts: VariantOptions): Promise<LibraryVariantGroup[]> {
    return libraryVariants(this.library, opts);
  }

  async suggest(paragraph: string, limit: number): Promise<LibrarySuggestion[]> {
    return suggestFor(paragraph, this.library, limit);
  }

  async clause(id: string): Promise<Clause | undefined> {
    return this.library.get(id);
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private dropIfUnused(declarationId: string): void {
    if (!this.sourceList.some((s) => s.declarationId === declarationId)) this.forget(declarationId);
  }

  private forget(declarationId: string): void {
    this.pending?.delete(declarationId);
    if (this.library.remove(declarationId)) this.log?.push({ remove: declarationId });
  }

  private async loadSources(): Promise<LibrarySource[]> {
    const file = path.join(this.location, 'sources.json');
    for (const candidate of [file, `${file}.bak`]) {
      const raw = await readJson(candidate);
      if (raw === undefined) continue;
      const parsed = SourcesFile.safeParse(raw);
      if (parsed.success) return parsed.data.sources;
      this.warnings.push(`The library's list of sources (${candidate}) is damaged (${issuesText(parsed.error, 1, 'file')}).`);
    }
    if (this.warnings.length > 0) this.warnings.push('Imported files must be added again; the built-in templates are re-read.');
    return [];
  }

  private async loadIndex(): Promise<ClauseLibrary> {
    let bytes: Uint8Array;
    try {
      bytes = await fs.readFile(path.join(this.location, INDEX_FILE));
    } catch {
      return new ClauseLibrary();
    }
    try {
      const library = ClauseLibrary.load(bytes);
      this.log = [];
      return library;
    } catch (error) {
      if (!(error instanceof LibraryFormatError)) throw error;
      this.warnings.push(error.message);
      // Forget the hashes so that the store's refresh re-reads every source into the new index.
      this.sourceList = this.sourceList.map((s) => ({ ...s, hash: '' }));
      return new ClauseLibrary();
    }
  }
}

/** Parsed JSON of a file; undefined when it does not exist; a non-JSON file parses to null. */
async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
