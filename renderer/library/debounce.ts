/**
 * Debounced requests whose answers can go stale: typing "multi", "multilat", "multilateral"
 * sends one request once typing pauses, and an answer that arrives after a newer request was
 * made is dropped, so a slow early search can never overwrite a later one.
 */

/** How a request ended. */
export type Outcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

/** The timer functions used, replaceable in tests. */
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A debounced request source. */
export interface Debounced<I> {
  /** Asks for `input`; replaces any request not yet answered. */
  push(input: I): void;
  /** Forgets the pending request; an answer still on its way is dropped. */
  cancel(): void;
}

/** Runs `run` once `delayMs` pass without a newer push, and settles only the newest answer. */
export function debounceLatest<I, O>(
  delayMs: number,
  run: (input: I) => Promise<O>,
  settle: (outcome: Outcome<O>, input: I) => void,
  timers: Timers = realTimers,
): Debounced<I> {
  let generation = 0;
  let pending: unknown = null;
  const cancel = () => {
    generation += 1;
    if (pending !== null) timers.clear(pending);
    pending = null;
  };
  return {
    cancel,
    push(input) {
      cancel();
      const mine = generation;
      pending = timers.set(() => {
        pending = null;
        run(input).then(
          (value) => mine === generation && settle({ ok: true, value }, input),
          (error: unknown) => mine === generation && settle({ ok: false, error }, input),
        );
      }, delayMs);
    },
  };
}
