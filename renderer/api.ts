/**
 * The renderer's one client of the API contract. In Electron it calls the preload bridge
 * (IPC); in the browser host it POSTs to /api/<channel> with the per-launch token. Either
 * way the response is validated against the channel's schema before the UI sees it.
 */
import { ApiErrorBody, channels, type ApiRequest, type ApiResponse, type Channel } from '../shared/api';
import type { ConcordBridge } from '../shared/bridge';

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

async function send(channel: Channel, request: unknown): Promise<unknown> {
  if (window.concord) {
    const result = await window.concord.invoke(channel, request);
    if (!result.ok) throw new CallError(result.error.code, result.error.message);
    return 'json' in result ? parseJson(result.json) : result.data;
  }
  token ??= browserToken();
  let response: Response;
  try {
    response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Concord-Token': token },
      body: JSON.stringify(request),
    });
  } catch {
    throw new CallError('offline', 'Concord’s host is not answering. Is it still running? Start it again with "npm start".');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = ApiErrorBody.safeParse(body);
    throw parsed.success
      ? new CallError(parsed.data.error.code, parsed.data.error.message)
      : new CallError('internal', `The host answered ${response.status} without an explanation.`);
  }
  return (body as { data?: unknown } | null)?.data;
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
export async function call<C extends Channel>(channel: C, request: ApiRequest<C>): Promise<ApiResponse<C>> {
  const data = await send(channel, request);
  const parsed = channels[channel].response.safeParse(data);
  if (!parsed.success) throw new CallError('internal', `The answer to ${channel} does not match the API contract.`);
  return parsed.data as ApiResponse<C>;
}
