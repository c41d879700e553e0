/**
 * Runs `compare.run` for two sources and the ignore switches, again whenever they change or
 * the user asks to retry. While a new run is under way the last result stays on screen, so
 * flipping a switch does not blank the view.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CompareSource } from '../../shared/api';
import type { Comparison, IgnoreOptions } from '../../shared/diff/schemas';
import { call } from '../api';

/** Where the comparison stands. */
export type ComparisonState =
  | { status: 'running'; last?: Comparison }
  | { status: 'done'; comparison: Comparison }
  | { status: 'failed'; message: string; last?: Comparison };

/** The comparison of `a` with `b`; they are compared again when their identity changes. */
export function useComparison(a: CompareSource, b: CompareSource, ignore: IgnoreOptions): { state: ComparisonState; retry: () => void } {
  const [state, setState] = useState<ComparisonState>({ status: 'running' });
  const [attempt, setAttempt] = useState(0);
  const ignoreKey = JSON.stringify(ignore);
  const sources = useRef<[CompareSource, CompareSource] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // Another pair of texts: the last result would describe the wrong documents.
    const samePair = sources.current?.[0] === a && sources.current[1] === b;
    sources.current = [a, b];
    setState((old) => ({ status: 'running', ...(samePair ? lastOf(old) : {}) }));
    call('compare.run', { a, b, options: { ignore } }).then(
      (comparison) => live && setState({ status: 'done', comparison }),
      (error: unknown) => live && setState((old) => ({ status: 'failed', message: messageOf(error), ...lastOf(old) })),
    );
    return () => {
      live = false;
    };
    // `ignoreKey` stands for `ignore`: a new object with the same switches must not re-run.
  }, [a, b, ignoreKey, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}

function lastOf(state: ComparisonState): { last?: Comparison } {
  if (state.status === 'done') return { last: state.comparison };
  return state.last ? { last: state.last } : {};
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'The comparison failed for a reason Concord could not name. Try again.';
}
