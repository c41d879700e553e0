/**
 * A channel called as the user types: the request goes out once input pauses, answers to
 * superseded requests are dropped, and the last answer stays on screen while the next loads.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ApiRequest, ApiResponse, Channel } from '../../shared/api';
import { call } from '../api';
import { debounceLatest } from './debounce';

/** Where a debounced call stands; `data` while loading is the previous answer, if any. */
export type DebouncedState<T> =
  | { status: 'idle' }
  | { status: 'loading'; data?: T }
  | { status: 'done'; data: T }
  | { status: 'failed'; message: string };

/** Calls `channel` with `request` `delayMs` after `key` last changed; `null` means "nothing to ask". */
export function useDebouncedCall<C extends Channel>(
  channel: C,
  request: ApiRequest<C> | null,
  key: string,
  delayMs: number,
): DebouncedState<ApiResponse<C>> {
  const [state, setState] = useState<DebouncedState<ApiResponse<C>>>({ status: 'idle' });
  const debounced = useMemo(
    () =>
      debounceLatest(
        delayMs,
        (req: ApiRequest<C>) => call(channel, req),
        (outcome) =>
          setState(
            outcome.ok
              ? { status: 'done', data: outcome.value }
              : { status: 'failed', message: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) },
          ),
      ),
    [channel, delayMs],
  );
  useEffect(() => debounced.cancel, [debounced]);
  useEffect(() => {
    if (request === null) {
      debounced.cancel();
      setState({ status: 'idle' });
      return;
    }
    setState((old) => ({ status: 'loading', data: old.status === 'done' || old.status === 'loading' ? old.data : undefined }));
    debounced.push(request);
    // The request is described by `key`; re-running on object identity would send on every render.
  }, [key, debounced]);
  return state;
}
