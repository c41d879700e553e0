/**
 * The renderer's one client of the API contract. In Electron it calls the preload bridge
 * (IPC); in the browser host it POSTs to /api/<channel> with the per-launch token. Either
 * way the response is validated against the channel's schema before the UI sees it.
 */
import { ApiErrorBody, channels, type ApiRequest, type ApiResponse, type Channel } from '../shared/api';
import type { ConcordBridge } from '../shared/bridge';
import { postOffThread } from './post-off-thread';

declare global {
  interface Window {
    concord?: ConcordBridge;
  }
}

/** A failed call, with the message the main side wrote for the user. */
export class CallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

const TOKEN_KEY = 'concord.token';

/** Takes the token from the URL fragment once, keeps it for reloads, and cleans the address bar. */
function browserToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | undefined;

/**
 * A request already written as UTF-8 JSON (a long draft's, written in slices: see
 * app/draft-bytes.ts). The browser host posts it from a worker, which takes the bytes over.
 */
export class EncodedRequest {
  constructor(readonly bytes: Uint8Array<ArrayBuffer>) {}
}

async function send(channel: Channel, request: unknown): Promise<unknown> {
  const encoded = request instanceof EncodedRequest ? request.bytes : null;
  if (window.concord) {
    // IPC copies bytes as they are; the main side parses them, then validates them as any request.
    const result = await window.concord.invoke(channel, encoded ?? request);
    if (!result.ok) throw new CallError(result.error.code, result.error.message);
    return 'json' in result ? parseJson(result.json) : result.data;
  }
  token ??= browserToken();
  const { status, text } = encoded ? await postOffThread(`/api/${channel}`, token, encoded) : await post(`/api/${channel}`, token, JSON.stringify(request));
  if (status === 0) throw new CallError('offline', 'Concord’s host is not answering. Is it still running? Start it again with "npm start".');
  const body = parseText(text);
  if (status < 200 || status > 299) {
    const parsed = ApiErrorBody.safeParse(body);
    throw parsed.success ? new CallError(parsed.data.error.code, parsed.data.error.message) : new CallError('internal', `The host answered ${status} without an explanation.`);
  }
  return (body as { data?: unknown } | null)?.data;
}

/** POSTs from the page; status 0 when the host does not answer. */
async function post(url: string, key: string, body: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Concord-Token': key }, body });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** An answer the main side passed on as the UTF-8 JSON its worker wrote. */
function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new CallError('internal', 'Concord’s main process answered with data that is not JSON.');
  }
}

/** Calls a channel and returns its validated response. */
export async function call<C extends Channel>(channel: C, request: ApiRequest<C> | EncodedRequest): Promise<ApiResponse<C>> {
  const data = await send(channel, request);
  const parsed = channels[channel].response.safeParse(data);
  if (!parsed.success) throw new CallError('internal', `The answer to ${channel} does not match the API contract.`);
  return parsed.data as ApiResponse<C>;
}
