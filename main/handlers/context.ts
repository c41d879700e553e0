/**
 * What every handler may use, whatever shell it runs in: the shell's name, the built-in
 * templates and the user's workspace folder.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../shared/api';
import type { AppInfo } from '../../shared/api';
import { LibraryUrl } from '../../shared/settings/schemas';
import type { UserSettings } from '../../shared/settings/schemas';
import { appRoot } from '../services/app-root';
import { PgBackend } from '../store/library/postgres/pg-backend';
import { LibraryStore, type DeclarationReader } from '../store/library/local';
import { createJobs, type Jobs } from '../services/jobs';
import { createUploads, type Uploads } from '../services/uploads';
import type { PdfRenderer } from '../services/pdf-page';
import { createContainment, type ContainedLimits, type Containment } from '../services/contained';
import { cleanStaleTemps } from '../store/atomic';
import { readContained } from '../services/read-contained';
import { openDrafts, type DraftStore } from '../store/drafts';
import { openSettings, type SettingsStore } from '../store/settings';
import { openTemplates, type TemplateStore } from '../store/templates';

export interface HandlerContext {
  shell: AppInfo['shell'];
  version: string;
  templates: TemplateStore;
  /** Folder holding drafts, the library and recovery copies. */
  workspace: string;
  drafts: DraftStore;
  /** The user's settings (author name and colour), kept in the workspace. */
  settings: SettingsStore;
  /** The clause library of the workspace, opened (and brought up to date) on first use. */
  library(): Promise<LibraryStore>;
  /**
   * Makes a shared library (postgres://...) the one in use, or the workspace's own for null, and
   * remembers it in settings; a server that cannot be reached is refused with the reason and
   * nothing changes. Refused when the --library option chose the library.
   */
  chooseLibrary(url: string | null): Promise<UserSettings>;
  jobs: Jobs;
  /** Files arriving in pieces, to be opened once whole. */
  uploads: Uploads;
  /** HTML page to PDF: chromium in the browser host and CLI, printToPDF in Electron. */
  renderPdf: PdfRenderer;
  /** Workers with memory and time limits, where user content is read, parsed and exported. */
  contained: Containment;
}

/** The version package.json gives the app (it ships with every build). */
function appVersion(root: string): string {
  return z.object({ version: z.string() }).parse(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))).version;
}

export const DEFAULT_WORKSPACE = path.join(os.homedir(), 'Concord');

export interface ContextOptions {
  shell: AppInfo['shell'];
  workspace?: string;
  templatesDir?: string;
  root?: string;
  renderPdf?: PdfRenderer;
  /** A shared library on PostgreSQL (postgres://...); else the settings' one, else the workspace's own. */
  library?: string;
  /** Memory and time limits of the contained workers (tests make them small). */
  limits?: ContainedLimits;
}

/** Builds the context once per process. */
export function createContext(opts: ContextOptions): HandlerContext {
  const root = opts.root ?? appRoot();
  const workspace = path.resolve(opts.workspace ?? DEFAULT_WORKSPACE);
  const templates = openTemplates(opts.templatesDir ?? path.join(root, 'templates'));
  // Temp files of writes a crash or a kill cut short; a missing or read-only workspace has none to clean.
  void cleanStaleTemps(workspace).catch(() => undefined);
  const contained = createContainment(opts.limits);
  const settings = openSettings(workspace);
  let library: Promise<LibraryStore> | undefined;
  const openLibrary = async (url: string | undefined) => {
    const builtins = (await templates.list()).map((t) => ({ id: t.id, name: t.title, bytes: () => templates.bytes(t.id) }));
    const read: DeclarationReader = (bytes, source) => readContained(contained, source.name, bytes, source.id);
    if (url === undefined) return LibraryStore.open({ workspace, builtins, read });
    const checked = LibraryUrl.safeParse(url);
    if (!checked.success) throw new ApiError('bad-request', checked.error.issues[0]?.message ?? 'The shared library address is not valid.');
    let backend: PgBackend;
    try {
      backend = await PgBackend.open(checked.data);
    } catch (error) {
      throw new ApiError('internal', (error as Error).message);
    }
    return LibraryStore.open({ workspace, builtins, read, backend });
  };
  return {
    shell: opts.shell,
    version: appVersion(root),
    templates,
    workspace,
    drafts: openDrafts(workspace),
    settings,
    library: () => (library ??= settings.read().then((s) => openLibrary(opts.library ?? s.library)).catch((error: unknown) => {
      library = undefined; // let the next call try again
      throw error;
    })),
    async chooseLibrary(url) {
      if (opts.library !== undefined) {
        throw new ApiError('conflict', 'This Concord was started with --library, which chooses the library; start it without the option to use the setting.');
      }
      // The new library is opened before anything changes, so an unreachable server leaves all as it was.
      const next = await openLibrary(url ?? undefined);
      const saved = await settings.write({ ...(await settings.read()), library: url ?? undefined });
      const previous = library;
      library = Promise.resolve(next);
      await previous?.then((store) => store.close()).catch(() => undefined);
      return saved;
    },
    jobs: createJobs(),
    uploads: createUploads(),
    contained,
    // Loaded on first use: the desktop shell passes its own renderer and never loads playwright.
    renderPdf: opts.renderPdf ?? (async (html, paper) => (await import('../services/pdf')).chromiumPdf(html, paper)),
  };
}
