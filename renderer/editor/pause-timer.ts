/**
 * A callback run once `delayMs` have passed without a poke: the pause after typing. One timer is
 * set per pause and set again for the time left when it fires early, instead of a timer cleared
 * and set on every keystroke (the two calls cost more than the rest of a plugin view's work on a key).
 */
export interface PauseTimer {
  /** Something happened: the pause starts again from now. */
  poke(): void;
  /** Nothing is to run (any more). */
  cancel(): void;
}

/** A pause timer running `run` after `delayMs` without a poke. Date.now, not performance.now: tests fake it with the timers. */
export function pauseTimer(delayMs: number, run: () => void): PauseTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const fire = () => {
    const left = last + delayMs - Date.now();
    if (left > 0) {
      timer = setTimeout(fire, left);
      return;
    }
    timer = undefined;
    run();
  };
  return {
    poke() {
      last = Date.now();
      timer ??= setTimeout(fire, delayMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
