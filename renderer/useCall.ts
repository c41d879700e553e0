import { useEffect, useState } from 'react';
import type { ApiRequest, ApiResponse, Channel } from '../shared/api';
import { call } from './api';

export type CallState<T> = { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; message: string };

/** Calls a channel when `key` changes and follows the answer; stale answers are dropped. */
export function useCall<C extends Channel>(channel: C, request: ApiRequest<C> | null, key: string): CallState<ApiResponse<C>> {
  const [state, setState] = useState<CallState<ApiResponse<C>>>({ status: 'loading' });
  useEffect(() => {
    if (request === null) return;
    let live = true;
    setState({ status: 'loading' });
    call(channel, request).then(
      (data) => live && setState({ status: 'done', data }),
      (error: unknown) => live && setState({ status: 'failed', message: (error as Error).message }),
    );
    return () => {
      live = false;
    };
    // The request is described by `key`; re-running on object identity would loop.
  }, [channel, key]);
  return state;
}
