/**
 * The one contract between the UI and the main side. Every channel is declared here once, with
 * a request and a response schema; both shells (Electron IPC and the browser host's HTTP) and
 * the CLI validate requests against these schemas before any handler runs.
 */
import { z } from 'zod';
import { Comparison, CompareOptions as CompareOptionsSchema } from './diff/schemas';
import { libraryChannels } from './library/schemas';
import { ExportedFile, ExportFormat } from './formats/schemas';
import { MAX_INPUT_BYTES } from './text/schemas';
import { negotiationChannels } from './negotiation/schemas';
import { Declaration, Draft, ImportReport } from './model';
import { ReviewedDocx } from './review/model';
import { Author, LibraryUrl, UserSettings } from './settings/schemas';
import { CollabServer } from './collab/schemas';
import { CompileResult, DelegationName, ReturnInfo } from './compile/schemas';
import { fileBytes } from './bytes/schemas';

/** The IPC / HTTP name of a channel: "decl:templates.list". */
export const CHANNEL_PREFIX = 'decl:';

/** Largest request body the browser host accepts (a 50 MB text as base64 plus room). */
export const MAX_REQUEST_BYTES = 60 * 1024 * 1024;

/**
 * Largest draft the browser host accepts in one save: a draft holds its document and, written
 * at each save, the same text as a Declaration, so the draft of a 50 MB text is some 150 MB of
 * JSON. Below V8's longest string (about 512 MB), which JSON.stringify cannot pass anyway.
 */
export const MAX_DRAFT_REQUEST_BYTES = 400 * 1024 * 1024;

/** The channels whose requests carry a whole draft. */
const DRAFT_CHANNELS: ReadonlySet<string> = new Set(['drafts.save', 'drafts.autosave']);

/** The largest body a request on `channel` may have, and what to say past it. */
export function requestLimit(channel: string): { bytes: number; message: string } {
  if (DRAFT_CHANNELS.has(channel)) {
    return { bytes: MAX_DRAFT_REQUEST_BYTES, message: `The draft is larger than ${MAX_DRAFT_REQUEST_BYTES / MB} MB as saved; Concord saves drafts up to ${MAX_DRAFT_REQUEST_BYTES / MB} MB. Move part of it to a new draft.` };
  }
  return {
    bytes: MAX_REQUEST_BYTES,
    message: `The request is larger than ${MAX_REQUEST_BYTES / MB} MB. Files travel encoded, so the browser host takes files up to about 45 MB; the desktop app and the command line read files up to 50 MB.`,
  };
}

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  shell: z.enum(['electron', 'web', 'cli']),
  platform: z.string(),
  templatesCount: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const TemplateSummary = z.object({
  id: z.string(),
  /** File name inside templates/. */
  file: z.string(),
  title: z.string(),
  words: z.number().int(),
  date: z.string().optional(),
  place: z.string().optional(),
  parties: z.array(z.string()).default([]),
  paragraphs: z.number().int().default(0),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateId = z.object({ id: z.string().min(1).max(200) });

export const TemplateText = TemplateSummary.extend({ text: z.string() });
export type TemplateText = z.infer<typeof TemplateText>;

/** A draft's path relative to the workspace folder ("Statement 2026.concord"). */
export const DraftPath = z.string().min(1).max(500);

export const DraftSummary = z.object({
  path: z.string(),
  title: z.string(),
  updatedAt: z.string(),
  versions: z.number().int(),
  basedOn: z.string().optional(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const RecoveryInfo = z.object({ path: z.string(), title: z.string(), savedAt: z.string() });
export type RecoveryInfo = z.infer<typeof RecoveryInfo>;

/** The recovery copies to offer, and the files of the recovery folder that were skipped, in words. */
export const RecoveryList = z.object({ recoveries: z.array(RecoveryInfo), warnings: z.array(z.string()) });
export type RecoveryList = z.infer<typeof RecoveryList>;

/** A recovery copy with the draft it holds. */
export const Recovery = RecoveryInfo.extend({ draft: Draft });
export type Recovery = z.infer<typeof Recovery>;

const MB = 1024 * 1024;
const TOO_LARGE = `The file is larger than ${MAX_INPUT_BYTES / MB} MB; Concord reads files up to ${MAX_INPUT_BYTES / MB} MB.`;

/** A file the user picked: its name decides how it is read (shared/text/schemas.ts). */
export const FilePayload = z.object({ name: z.string().min(1).max(300), data: fileBytes(MAX_INPUT_BYTES, TOO_LARGE) });
/** A file payload as a caller builds it (its contents bytes or base64). */
export type FilePayload = z.input<typeof FilePayload>;

/** One piece of a file sent in pieces (decl.openChunk). */
export const OPEN_CHUNK_BYTES = 2 * MB;

/** A file about to be sent in pieces: its name decides how it is read, its size how many pieces come. */
export const OpenStart = z.object({
  name: z.string().min(1).max(300),
  size: z.number().int().min(0).max(MAX_INPUT_BYTES, TOO_LARGE),
});

/** One piece of the file, in order: `offset` is where it starts (the bytes received so far). */
export const OpenChunk = z.object({ uploadId: z.string().min(1).max(100), offset: z.number().int().min(0), data: fileBytes(OPEN_CHUNK_BYTES, `A piece of a file is at most ${OPEN_CHUNK_BYTES / MB} MB.`) });

/** A declaration read into structure, with the report of what the reader did. */
export const ReadResponse = z.object({
  declaration: Declaration,
  report: ImportReport,
  /** A Word file's tracked changes and comments, when it has any. */
  review: ReviewedDocx.optional(),
});
export type ReadResponse = z.infer<typeof ReadResponse>;

/** One side of a comparison, named by where its text lives. */
export const CompareSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('template'), id: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('file'), file: FilePayload }),
  /** A declaration the renderer already holds (the open draft, one of its versions). */
  z.object({ kind: z.literal('declaration'), declaration: Declaration }),
  /** The source declaration of a library clause (a template or an imported file). */
  z.object({ kind: z.literal('library-source'), declarationId: z.string().min(1).max(200) }),
]);
/** A comparison side as a caller builds it (a file's contents bytes or base64). */
export type CompareSource = z.input<typeof CompareSource>;

export const CompareRequest = z.object({ a: CompareSource, b: CompareSource, options: CompareOptionsSchema.optional() });
export type CompareRequest = z.infer<typeof CompareRequest>;

/** Where a long task stands, after each file. */
export const JobProgress = z.object({
  done: z.number().int(),
  total: z.number().int(),
  /** The file just handled. */
  current: z.string(),
});
export type JobProgress = z.infer<typeof JobProgress>;

/** A long task (library import) running on the main side: poll it, cancel it. */
export const JobStatus = JobProgress.extend({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  message: z.string().optional(),
  result: z.unknown().optional(),
});
export type JobStatus = z.infer<typeof JobStatus>;

/** A returned file to compile and, where it names no author, the delegation it comes from. */
export const CompileReturn = z.object({ file: FilePayload, as: DelegationName.optional() });
export type CompileReturn = z.input<typeof CompileReturn>;

export const channels = {
  'app.info': { request: z.object({}), response: AppInfo },
  'templates.list': { request: z.object({}), response: z.array(TemplateSummary) },
  'templates.get': { request: TemplateId, response: TemplateText },
  'drafts.list': { request: z.object({}), response: z.array(DraftSummary) },
  'drafts.open': {
    /** `backup`: open the `.bak` copy kept by the last save (offered when the file is damaged). */
    request: z.object({ path: DraftPath, backup: z.boolean().optional() }),
    response: z.object({ draft: Draft, recovery: Recovery.nullable() }),
  },
  'drafts.save': {
    request: z.object({ path: DraftPath, draft: Draft, mode: z.enum(['overwrite', 'create']) }),
    response: z.object({ path: z.string(), updatedAt: z.string() }),
  },
  'drafts.rename': { request: z.object({ path: DraftPath, to: DraftPath }), response: z.object({ path: z.string() }) },
  'drafts.autosave': { request: z.object({ path: DraftPath, draft: Draft }), response: z.object({ savedAt: z.string() }) },
  'drafts.recoveries': { request: z.object({}), response: RecoveryList },
  'drafts.discardRecovery': { request: z.object({ path: DraftPath }), response: z.object({}) },
  'drafts.export': {
    request: z.object({
      declaration: Declaration,
      format: ExportFormat,
      paper: z.enum(['a4', 'letter']).default('a4'),
      /** The draft's suggestions and comments: a Word export writes them as tracked changes and comments. */
      review: ReviewedDocx.optional(),
    }),
    response: ExportedFile,
  },
  'templates.declaration': { request: TemplateId, response: ReadResponse },
  'decl.import': { request: FilePayload, response: ReadResponse },
  /**
   * Opening a file of any size: a job that receives the file in pieces (decl.openChunk), then
   * reads it in a contained worker; follow it with jobs.get (its result is a ReadResponse),
   * stop it with jobs.cancel.
   */
  'decl.openStart': { request: OpenStart, response: z.object({ jobId: z.string(), uploadId: z.string() }) },
  'decl.openChunk': { request: OpenChunk, response: z.object({ received: z.number().int() }) },
  'compare.run': { request: CompareRequest, response: Comparison },
  'compare.export': {
    request: CompareRequest.extend({ format: z.enum(['html', 'pdf', 'docx', 'json', 'text']), author: z.string().max(200).optional() }),
    response: ExportedFile,
  },
  /** Who a returned file says it comes from (its tracked changes' authors), before compiling it. */
  'compile.inspect': { request: z.object({ file: FilePayload }), response: ReturnInfo },
  /** The base text and its returns compiled into one bracketed, attributed negotiation text. */
  'compile.run': {
    request: z.object({ base: CompareSource, returns: z.array(CompileReturn).min(1, 'Add at least one returned draft.').max(200, 'Compile at most 200 returns at a time.') }),
    response: CompileResult,
  },
  ...libraryChannels,
  ...negotiationChannels,
  'library.addFiles': {
    request: z.object({ files: z.array(FilePayload).min(1, 'Choose at least one file.').max(1000) }),
    response: z.object({ jobId: z.string() }),
  },
  'jobs.get': { request: z.object({ id: z.string().min(1).max(100) }), response: JobStatus },
  'jobs.cancel': { request: z.object({ id: z.string().min(1).max(100) }), response: z.object({}) },
  'settings.get': { request: z.object({}), response: UserSettings },
  'settings.set': { request: z.object({ author: Author }), response: UserSettings },
  /** Remembers a collaboration server and its team token (one entry per server and team). */
  'settings.rememberServer': { request: z.object({ server: CollabServer }), response: UserSettings },
  /** Uses and remembers a shared library on PostgreSQL, or the workspace's own for null; refused when its server cannot be reached. */
  'settings.setLibrary': { request: z.object({ library: LibraryUrl.nullable() }), response: UserSettings },
} as const;

export type Channel = keyof typeof channels;
export type ApiRequest<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ApiResponse<C extends Channel> = z.infer<(typeof channels)[C]['response']>;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

export const ApiErrorCode = z.enum(['bad-request', 'unknown-channel', 'not-found', 'too-large', 'unauthorized', 'forbidden', 'conflict', 'insufficient-storage', 'internal']);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

/** What every shell sends back when a request fails: a code and a sentence a person can act on. */
export const ApiErrorBody = z.object({ error: z.object({ code: ApiErrorCode, message: z.string() }) });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** A failure with a message meant for the user; shells turn it into an ApiErrorBody. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
