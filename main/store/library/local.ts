/**
 * The clause library kept in step with its sources: files and folders imported (recursively, by
 * extension) and the built-in templates, each read into a declaration once and again only when
 * its bytes change. The clauses themselves live in a backend (backend.ts): the workspace's files
 * by default, or a team's PostgreSQL database. Imports report progress, stop when cancelled, and
 * skip a bad file with the reason instead of failing the rest.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Clause, Declaration } from '../../../shared/model';
import { isReadable, MAX_INPUT_BYTES, READABLE_EXTENSIONS } from '../../../shared/text/schemas';
import { readAnyFile } from '../../services/read-file';
import { writeFileAtomic } from '../atomic';
import { withFsErrors } from '../fs-errors';
import type { JobProgress } from '../../../shared/api';
import type { SearchOptions } from '../../../shared/library/library';
import type { LibraryImportResult, LibrarySearchHit, LibrarySource, LibraryStatsResponse, LibrarySuggestion, LibraryVariantGroup } from '../../../shared/library/schemas';
import type { VariantOptions } from '../../../shared/library/variants';
import type { LibraryBackend } from './backend';
import { BuildCancelled } from './build-in-worker';
import { LocalBackend, RECOVERED_PREFIX, UPLOADS_DIR, uploadFolder } from './workspace-backend';

export { UPLOADS_DIR, uploadFolder };
/** Reads a declaration from a file's bytes: any format Concord reads (main/services/read-file.ts) by default. */
export type DeclarationReader = (bytes: Uint8Array, source: { name: string; id?: string }) => { declaration: Declaration } | Promise<{ declaration: Declaration }>;

const readByFormat: DeclarationReader = (bytes, source) => readAnyFile(source.name, bytes, source.id);

/** A built-in template offered to the library. */
export interface BuiltinSource {
  id: string;
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface LibraryStoreOptions {
  workspace: string;
  /** Where the clauses live: the workspace's files when absent. */
  backend?: LibraryBackend;
  /** The reading pipeline by default; tests pass a simpler one. */
  read?: DeclarationReader;
  builtins?: BuiltinSource[];
  /** Files larger than this are skipped (default: the reader's own limit, 50 MB). */
  maxFileBytes?: number;
}

export interface ImportOptions {
  onProgress?: (progress: JobProgress) => void;
  signal?: AbortSignal;
}

const TEMPLATE_PREFIX = 'template:';

const safeName = (name: string) => path.basename(name).replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^\.+/, '_').slice(0, 120) || 'file';

/** The clause library of one workspace, kept in step with its sources; see the module comment. */
export class LibraryStore {
  // Operations run one after another: two imports at once must not interleave their saves.
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly opts: LibraryStoreOptions,
    readonly backend: LibraryBackend,
  ) {}

  /**
   * Opens the library, then brings it in step with its sources: built-in templates added or
   * re-read when changed, sources missing from the index re-read. Never throws on a damaged
   * file; see `warnings`.
   */
  static async open(opts: LibraryStoreOptions, progress: ImportOptions = {}): Promise<LibraryStore> {
    const store = new LibraryStore(opts, opts.backend ?? (await LocalBackend.open(opts.workspace)));
    try {
      await store.refresh(progress);
    } catch (error) {
      // A read-only role on a shared library searches what the writers put there; a read-only
      // workspace (or a disk gone full) still has a library to search.
      store.warnings.push(
        opts.backend ? (error as Error).message : `The library could not be saved (${(error as Error).message}); it is shown as read, and changes are not saved.`,
      );
    }
    return store;
  }

  /** Where the library lives: a folder, or a database address without its password. */
  get folder(): string {
    return this.backend.location;
  }

  /** Problems met while loading (a damaged file that was rebuilt...), for the status line. */
  get warnings(): string[] {
    return this.backend.warnings;
  }

  /** Every source of the library. */
  sources(): Promise<LibrarySource[]> {
    return this.backend.sources();
  }

  /** Counts for the status line. */
  async stats(): Promise<LibraryStatsResponse> {
    const [stats, sources] = await Promise.all([this.backend.stats(), this.backend.sources()]);
    return { ...stats, folder: this.backend.location, files: sources.length, warnings: [...this.backend.warnings] };
  }

  search(query: string, opts: SearchOptions = {}): Promise<LibrarySearchHit[]> {
    return this.backend.search(query, opts);
  }

  variants(opts: VariantOptions): Promise<LibraryVariantGroup[]> {
    return this.backend.variants(opts);
  }

  suggest(paragraph: string, limit: number): Promise<LibrarySuggestion[]> {
    return this.backend.suggest(paragraph, limit);
  }

  clause(id: string): Promise<Clause | undefined> {
    return this.backend.clause(id);
  }

  /**
   * Keeps files sent from the browser in the workspace's library folder (files/<content hash>/<name>),
   * so the library can re-read them when rebuilding; returns where each was written, to import
   * from there. Stored by content, a second, different file of the same name is a new source,
   * never a replacement.
   */
  async keepFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<string[]> {
    const paths: string[] = [];
    for (const file of files) {
      const folder = uploadFolder(createHash('sha256').update(file.bytes).digest('hex'));
      const target = path.join(this.opts.workspace, 'library', UPLOADS_DIR, folder, safeName(file.name));
      await withFsErrors(file.name, () => writeFileAtomic(target, file.bytes, { keepBackup: false }));
      paths.push(target);
    }
    return paths;
  }

  /** Imports files and folders (recursively, by extension) into the library, then saves it. */
  importPaths(paths: string[], opts: ImportOptions = {}): Promise<LibraryImportResult> {
    return this.serial(async () => {
      const result = emptyResult();
      const files = await this.expand(paths, result);
      await this.readAll(files.map((file) => ({ path: file, kind: 'file' as const, name: path.basename(file) })), result, opts);
      await this.save(result, opts);
      return result;
    });
  }

  /**
   * Re-reads every source whose bytes changed and every built-in template that is new or
   * changed, drops index entries no source explains, then saves when anything changed.
   */
  refresh(opts: ImportOptions = {}): Promise<LibraryImportResult> {
    return this.serial(async () => {
      const result = emptyResult();
      const wanted: Wanted[] = [
        ...(this.opts.builtins ?? []).map((b) => ({ path: `${TEMPLATE_PREFIX}${b.id}`, kind: 'builtin' as const, name: b.name, builtin: b })),
        ...(this.backend.rereadsFiles ? await this.backend.sources() : []).filter((s) => s.kind === 'file' && !s.path.startsWith(RECOVERED_PREFIX)).map((s) => ({ path: s.path, kind: 'file' as const, name: s.name })),
      ];
      await this.readAll(wanted, result, opts);
      await this.backend.prune();
      await this.save(result, opts);
      return result;
    });
  }

  /** Removes one source (by path or template id) and the clauses only it provided. */
  removeSource(sourcePath: string): Promise<boolean> {
    return this.serial(async () => {
      const removed = (await this.backend.dropSource(sourcePath)) || (await this.backend.dropSource(`${TEMPLATE_PREFIX}${sourcePath}`));
      await this.backend.flush();
      return removed;
    });
  }

  /** Saves and releases the backend. */
  close(): Promise<void> {
    return this.serial(() => this.backend.close());
  }

  /** Saves through the backend; a big first build reports its progress as "indexing" and may be cancelled. */
  private async save(result: LibraryImportResult, opts: ImportOptions): Promise<void> {
    try {
      await this.backend.flush({
        onProgress: (done, total, clauses) => opts.onProgress?.({ done, total, current: `indexing: ${clauses.toLocaleString('en')} clauses` }),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
    } catch (error) {
      if (!(error instanceof BuildCancelled)) throw error;
      Object.assign(result, { added: 0, updated: 0, cancelled: true });
    }
  }

  private async readAll(wanted: Wanted[], result: LibraryImportResult, opts: ImportOptions): Promise<void> {
    for (const [done, item] of wanted.entries()) {
      if (opts.signal?.aborted) {
        result.cancelled = true;
        break;
      }
      const outcome = await this.readOne(item);
      if (typeof outcome === 'object') result.skipped.push({ path: item.path, reason: outcome.reason });
      else result[outcome]++;
      opts.onProgress?.({ done: done + 1, total: wanted.length, current: item.path });
      // Let IPC and timers run between files so the window stays responsive.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async readOne(item: Wanted): Promise<'added' | 'updated' | 'unchanged' | { reason: string }> {
    let bytes: Uint8Array;
    try {
      bytes = item.builtin ? await item.builtin.bytes() : await this.readFile(item.path);
    } catch (error) {
      return { reason: (error as Error).message };
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const known = await this.backend.sourceAt(item.path);
    if (known && known.hash === hash && (await this.backend.holds(known.declarationId))) return 'unchanged';
    // The same bytes under another path (a template also imported as a file) are one
    // declaration with two sources, not two declarations repeating every clause.
    const twin = await this.backend.twinOf(hash, item.path);
    let declaration: Declaration | undefined;
    if (!twin) {
      try {
        declaration = (await (this.opts.read ?? readByFormat)(bytes, { name: item.name, ...(item.builtin ? { id: item.builtin.id } : {}) })).declaration;
      } catch (error) {
        return { reason: `${item.name} could not be read as a declaration: ${(error as Error).message}` };
      }
    }
    const entry: LibrarySource = {
      path: item.path,
      kind: item.kind,
      name: item.name,
      declarationId: twin?.declarationId ?? declaration?.id ?? '',
      hash,
      size: bytes.length,
      addedAt: known?.addedAt ?? new Date().toISOString(),
    };
    await this.backend.putSource(entry, declaration);
    return known ? 'updated' : 'added';
  }

  private async readFile(file: string): Promise<Uint8Array> {
    const name = path.basename(file);
    let size: number;
    try {
      size = (await fs.stat(file)).size;
    } catch (error) {
      throw new Error(`${name} cannot be opened (${describeReadError(error)}).`);
    }
    const max = this.opts.maxFileBytes ?? MAX_INPUT_BYTES;
    if (size === 0) throw new Error(`${name} is empty; there is nothing to add.`);
    if (size > max) {
      throw new Error(`${name} is ${megabytes(size)} MB, over the ${megabytes(max)} MB a library source may have. Split it or import the declaration alone.`);
    }
    try {
      return new Uint8Array(await fs.readFile(file));
    } catch (error) {
      throw new Error(`${name} cannot be read (${describeReadError(error)}).`);
    }
  }

  /** Files to import from the given paths; unreadable paths and unsupported files go to `skipped`. */
  private async expand(paths: string[], result: LibraryImportResult): Promise<string[]> {
    const files: string[] = [];
    for (const given of paths) {
      const full = path.resolve(given);
      let stat;
      try {
        stat = await fs.stat(full);
      } catch (error) {
        result.skipped.push({ path: full, reason: `${given} cannot be opened (${describeReadError(error)}).` });
        continue;
      }
      if (stat.isDirectory()) {
        const entries = await fs.readdir(full, { recursive: true, withFileTypes: true });
        const found = entries
          .filter((e) => e.isFile() && isReadable(e.name))
          .map((e) => path.join(e.parentPath, e.name))
          .sort();
        files.push(...found);
      } else if (isReadable(full)) {
        files.push(full);
      } else {
        result.skipped.push({
          path: full,
          reason: `${path.basename(full)} is not a type the library reads. It reads ${READABLE_EXTENSIONS.join(', ')} files.`,
        });
      }
    }
    return [...new Set(files)];
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

interface Wanted {
  path: string;
  kind: LibrarySource['kind'];
  name: string;
  builtin?: BuiltinSource;
}

function emptyResult(): LibraryImportResult {
  return { added: 0, updated: 0, unchanged: 0, skipped: [], cancelled: false };
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return (error as Error).message;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
