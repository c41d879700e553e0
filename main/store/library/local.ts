/**
 * The clause library on disk, in `<workspace>/library/`: `index.json` (the clauses, see
 * shared/library/format.ts) and `sources.json` (what they were read from, with content hashes).
 * Every write is atomic. A damaged or outdated file is reported and rebuilt from the sources,
 * never fatal. Imports walk files and folders, report progress, stop when cancelled, and skip
 * a bad file with the reason instead of failing the rest.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Declaration } from '../../../shared/model';
import { ClauseLibrary, LibraryFormatError } from '../../../shared/library/library';
import { isReadable, MAX_INPUT_BYTES, READABLE_EXTENSIONS } from '../../../shared/text/schemas';
import { readAnyFile } from '../../services/read-file';
import { ApiError } from '../../../shared/api';
import { writeFileAtomic } from '../atomic';
import { describeFsError, withFsErrors } from '../fs-errors';
import type { JobProgress } from '../../../shared/api';
import type { LibraryImportResult, LibrarySource, LibraryStatsResponse } from '../../../shared/library/schemas';
import { SOURCES_SCHEMA_VERSION, SourcesFile } from '../../../shared/library/format';
import { issuesText } from '../../../shared/issues';

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
/** Path of a source known only from the index (its file is not known): kept, never re-read. */
const RECOVERED_PREFIX = 'recovered:';
/** Files sent from the browser are kept under `library/files/<content hash>/<name>`. */
export const UPLOADS_DIR = 'files';

/** The folder an upload with this content lives in: same name, other text, other folder. */
export function uploadFolder(sha256: string): string {
  return sha256.slice(0, 16);
}

const safeName = (name: string) => path.basename(name).replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^\.+/, '_').slice(0, 120) || 'file';

/** The clause library of one workspace, loaded, kept in step with its sources, and saved. */
export class LibraryStore {
  /** Problems met while loading (a damaged file that was rebuilt...), for the status line. */
  readonly warnings: string[] = [];
  private sourceList: LibrarySource[] = [];
  // Operations run one after another: two imports at once must not interleave their saves.
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly folder: string,
    private readonly opts: LibraryStoreOptions,
    public library: ClauseLibrary,
  ) {}

  /**
   * Loads the workspace library, then brings it in step with its sources: built-in templates
   * added or re-read when changed, sources missing from the index re-read. Never throws on a
   * damaged file; see `warnings`.
   */
  static async open(opts: LibraryStoreOptions, progress: ImportOptions = {}): Promise<LibraryStore> {
    const folder = path.join(opts.workspace, 'library');
    const store = new LibraryStore(folder, opts, new ClauseLibrary());
    store.sourceList = await store.loadSources();
    store.library = await store.loadIndex();
    store.adoptOrphans();
    try {
      await store.refresh(progress);
    } catch (error) {
      // A read-only workspace (or a disk gone full) still has a library to search.
      store.warnings.push(`The library could not be saved (${(error as Error).message}); it is shown as read, and changes are not saved.`);
    }
    return store;
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
      const upload = path.join(this.folder, UPLOADS_DIR, uploadFolder(d.hash), d.name);
      const found = existsSync(upload);
      this.sourceList.push({ path: found ? upload : `${RECOVERED_PREFIX}${d.id}`, kind: 'file', name: d.name, declarationId: d.id, hash: d.hash, size: 0, addedAt: new Date().toISOString() });
    }
    this.warnings.push(
      `${orphans.length} ${orphans.length === 1 ? 'source was' : 'sources were'} recovered from the library's index (${orphans.map((d) => d.name).join(', ')}); import ${orphans.length === 1 ? 'it' : 'them'} again to follow later changes of the file.`,
    );
  }

  /** Every source of the library. */
  sources(): LibrarySource[] {
    return [...this.sourceList];
  }

  /** Counts for the status line, and what went wrong while loading. */
  stats(): LibraryStatsResponse {
    return { ...this.library.stats(), folder: this.folder, files: this.sourceList.length, warnings: [...this.warnings] };
  }

  /**
   * Keeps files sent from the browser in the library folder (files/<content hash>/<name>), so the
   * library can re-read them when rebuilding; returns where each was written, to import from there.
   * Stored by content, a second, different file of the same name is a new source, never a replacement.
   */
  async keepFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<string[]> {
    const paths: string[] = [];
    for (const file of files) {
      const target = path.join(this.folder, UPLOADS_DIR, uploadFolder(createHash('sha256').update(file.bytes).digest('hex')), safeName(file.name));
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
      await this.save();
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
        ...this.sourceList.filter((s) => s.kind === 'file' && !s.path.startsWith(RECOVERED_PREFIX)).map((s) => ({ path: s.path, kind: 'file' as const, name: s.name })),
      ];
      const changed = await this.readAll(wanted, result, opts);
      const orphans = this.library.declarations().filter((d) => !this.sourceList.some((s) => s.declarationId === d.id));
      for (const orphan of orphans) this.library.remove(orphan.id);
      if (changed || orphans.length > 0) await this.save();
      return result;
    });
  }

  /** Removes one source (by path or template id) and the clauses only it provided. */
  removeSource(sourcePath: string): Promise<boolean> {
    return this.serial(async () => {
      const gone = this.sourceList.find((s) => s.path === sourcePath || s.path === `${TEMPLATE_PREFIX}${sourcePath}`);
      if (!gone) return false;
      this.sourceList = this.sourceList.filter((s) => s !== gone);
      this.dropIfUnused(gone.declarationId);
      await this.save();
      return true;
    });
  }

  private async readAll(wanted: Wanted[], result: LibraryImportResult, opts: ImportOptions): Promise<boolean> {
    let changed = false;
    for (const [done, item] of wanted.entries()) {
      if (opts.signal?.aborted) {
        result.cancelled = true;
        break;
      }
      const outcome = await this.readOne(item);
      if (typeof outcome === 'object') result.skipped.push({ path: item.path, reason: outcome.reason });
      else result[outcome]++;
      changed ||= outcome === 'added' || outcome === 'updated';
      opts.onProgress?.({ done: done + 1, total: wanted.length, current: item.path });
      // Let IPC and timers run between files so the window stays responsive.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return changed;
  }

  private async readOne(item: Wanted): Promise<'added' | 'updated' | 'unchanged' | { reason: string }> {
    let bytes: Uint8Array;
    try {
      bytes = item.builtin ? await item.builtin.bytes() : await this.readFile(item.path);
    } catch (error) {
      return { reason: (error as Error).message };
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const known = this.sourceList.find((s) => s.path === item.path);
    if (known && known.hash === hash && this.library.declaration(known.declarationId)) return 'unchanged';
    // The same bytes under another path (a template also imported as a file) are one
    // declaration with two sources, not two declarations repeating every clause.
    const twin = this.sourceList.find((s) => s.path !== item.path && s.hash === hash && this.library.declaration(s.declarationId));
    let declaration: Declaration | undefined;
    if (!twin) {
      try {
        declaration = (await (this.opts.read ?? readByFormat)(bytes, { name: item.name, ...(item.builtin ? { id: item.builtin.id } : {}) })).declaration;
      } catch (error) {
        return { reason: `${item.name} could not be read as a declaration: ${(error as Error).message}` };
      }
    }
    const declarationId = twin?.declarationId ?? declaration?.id ?? '';
    const entry: LibrarySource = {
      path: item.path,
      kind: item.kind,
      name: item.name,
      declarationId,
      hash,
      size: bytes.length,
      addedAt: known?.addedAt ?? new Date().toISOString(),
    };
    this.sourceList = known ? this.sourceList.map((s) => (s === known ? entry : s)) : [...this.sourceList, entry];
    if (known && known.declarationId !== declarationId) this.dropIfUnused(known.declarationId);
    if (declaration) this.library.add(declaration);
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

  private dropIfUnused(declarationId: string): void {
    if (!this.sourceList.some((s) => s.declarationId === declarationId)) this.library.remove(declarationId);
  }

  private async loadSources(): Promise<LibrarySource[]> {
    const file = path.join(this.folder, 'sources.json');
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
    const file = path.join(this.folder, 'index.json');
    const raw = await readJson(file);
    if (raw === undefined) return new ClauseLibrary();
    try {
      return ClauseLibrary.fromJSON(raw);
    } catch (error) {
      if (!(error instanceof LibraryFormatError)) throw error;
      this.warnings.push(error.message);
      // Forget the hashes so that refresh re-reads every source into the new index.
      this.sourceList = this.sourceList.map((s) => ({ ...s, hash: '' }));
      return new ClauseLibrary();
    }
  }

  /** Writes the index, then the sources list, each atomically. */
  private async save(): Promise<void> {
    try {
      await writeFileAtomic(path.join(this.folder, 'index.json'), JSON.stringify(this.library.toJSON()));
      const sources: SourcesFile = { format: 'concord-library-sources', schemaVersion: SOURCES_SCHEMA_VERSION, sources: this.sourceList };
      await writeFileAtomic(path.join(this.folder, 'sources.json'), JSON.stringify(sources, null, 1));
    } catch (error) {
      const clear = describeFsError(error, 'the library');
      throw clear instanceof ApiError ? clear : new Error(`The library cannot be saved in ${this.folder} (${(error as Error).message}); its files on disk were not changed.`);
    }
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
