import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pauseTimer } from '../../../renderer/editor/pause-timer';

describe('pauseTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, a full delay after the last poke', () => {
    const run = vi.fn();
    const timer = pauseTimer(150, run);
    for (let i = 0; i < 5; i++) {
      timer.poke();
      vi.advanceTimersByTime(100);
    }
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(49);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again after the next pause, and not at all once cancelled', () => {
    const run = vi.fn();
    const timer = pauseTimer(150, run);
    timer.poke();
    vi.advanceTimersByTime(150);
    timer.poke();
    vi.advanceTimersByTime(150);
    expect(run).toHaveBeenCalledTimes(2);
    timer.poke();
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
