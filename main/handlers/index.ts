/**
 * Every channel's handler, and the one entry both shells and the CLI call: validate the
 * request against the contract, run the handler, check the response against the contract.
 */
import { ApiError, channels, isChannel, type ApiErrorBody, type ApiErrorCode, type ApiRequest, type ApiResponse, type Channel } from '../../shared/api';
import { issuesText } from '../../shared/issues';
import { parseRequest } from '../../shared/request';
import { EncodedJson } from '../services/encoded';
import { appInfo } from './app';
import type { HandlerContext } from './context';
import { autosaveDraft, discardRecovery, listDrafts, listRecoveries, openDraft, renameDraft, saveDraft } from './drafts';
import { exportCompare, runCompare } from './compare';
import { inspectReturn, runCompile } from './compile';
import { exportDraft } from './export';
import { cancelJob, getJob } from './jobs';
import { libraryAddFiles, libraryClause, libraryImportStart, libraryRemove, librarySearch, librarySources, libraryStats, librarySuggest, libraryVariants } from './library';
import { negotiationHandlers } from './negotiation';
import { importDeclaration, openChunk, openStart, templateDeclaration } from './read';
import { getSettings, rememberServer, setLibrary, setSettings } from './settings';
import { getTemplate, listTemplates } from './templates';
import type { HandlerTable } from './types';

export const handlers: HandlerTable = {
  'app.info': appInfo,
  'templates.list': listTemplates,
  'templates.get': getTemplate,
  'drafts.list': listDrafts,
  'drafts.open': openDraft,
  'drafts.save': saveDraft,
  'drafts.rename': renameDraft,
  'drafts.autosave': autosaveDraft,
  'drafts.recoveries': listRecoveries,
  'drafts.discardRecovery': discardRecovery,
  'drafts.export': exportDraft,
  'templates.declaration': templateDeclaration,
  'decl.import': importDeclaration,
  'decl.openStart': openStart,
  'decl.openChunk': openChunk,
  'compare.run': runCompare,
  'compare.export': exportCompare,
  'compile.inspect': inspectReturn,
  'compile.run': runCompile,
  'library.stats': libraryStats,
  'library.sources': librarySources,
  'library.search': librarySearch,
  'library.variants': libraryVariants,
  'library.suggest': librarySuggest,
  'library.clause': libraryClause,
  'library.remove': libraryRemove,
  'library.addFiles': libraryAddFiles,
  'library.importStart': libraryImportStart,
  'jobs.get': getJob,
  'jobs.cancel': cancelJob,
  'settings.get': getSettings,
  'settings.set': setSettings,
  'settings.rememberServer': rememberServer,
  'settings.setLibrary': setLibrary,
  ...negotiationHandlers,
};

/**
 * Runs a channel on an unvalidated request; throws ApiError for anything a user can fix. An
 * EncodedJson answer was validated where it was made: the shell sends its bytes as they are.
 */
export async function dispatch(channel: string, raw: unknown, ctx: HandlerContext): Promise<unknown> {
  if (!isChannel(channel)) throw new ApiError('unknown-channel', `There is no API channel "${channel}".`);
  return run(channel, raw, ctx);
}

/** Typed entry for callers inside main (the CLI): the same validation as the shells, and the value decoded. */
export async function callChannel<C extends Channel>(channel: C, request: ApiRequest<C>, ctx: HandlerContext): Promise<ApiResponse<C>> {
  const response = await run(channel, request, ctx);
  return (response instanceof EncodedJson ? response.decode() : response) as ApiResponse<C>;
}

async function run<C extends Channel>(channel: C, raw: unknown, ctx: HandlerContext): Promise<unknown> {
  const request = parseRequest(channel, raw);
  const handler = handlers[channel] as unknown as (req: unknown, ctx: HandlerContext) => Promise<unknown>;
  const response = await handler(request, ctx);
  if (response instanceof EncodedJson) return response;
  const checked = channels[channel].response.safeParse(response);
  if (!checked.success) {
    throw new ApiError('internal', `The ${channel} handler returned data that breaks the API contract: ${issuesText(checked.error)}.`);
  }
  return checked.data;
}

/** Turns any thrown value into the error body every shell sends back. */
export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiError) return { error: { code: error.code, message: error.message } };
  return { error: { code: 'internal', message: 'Something went wrong inside Concord; your files were not changed. The details are in the log.' } };
}

/** HTTP status for each error code (the browser host uses it; IPC carries the body only). */
export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  'bad-request': 400,
  'unknown-channel': 404,
  'not-found': 404,
  'too-large': 413,
  unauthorized: 401,
  forbidden: 403,
  conflict: 409,
  'insufficient-storage': 507,
  internal: 500,
};
