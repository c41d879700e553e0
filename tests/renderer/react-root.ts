/**
 * A fresh React root per test for jsdom component tests, with fake timers (debounces, polling)
 * and `tick` to advance them inside act().
 */
import type { ReactNode } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, vi } from 'vitest';

export interface ReactTestRoot {
  /** The element the component is rendered into. */
  readonly host: HTMLDivElement;
  render(node: ReactNode): void;
  /** Advances the fake timers by `ms`, letting React settle. */
  tick(ms: number): Promise<void>;
}

/** Registers the per-test setup and returns the root to render into. */
export function reactTestRoot(): ReactTestRoot {
  let host: HTMLDivElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    vi.useFakeTimers();
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
    vi.useRealTimers();
  });
  return {
    get host() {
      if (!host) throw new Error('reactTestRoot: used outside a test');
      return host;
    },
    render: (node) => act(() => root?.render(node)),
    tick: (ms) =>
      act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
      }),
  };
}
