import { describe, expect, it } from 'vitest';
import { debounceLatest, type Outcome, type Timers } from '../../../renderer/library/debounce';

/** A clock moved by hand: timers fire when `advance` passes them. */
function manualTimers() {
  let now = 0;
  let next = 0;
  const pending = new Map<number, { at: number; run(): void }>();
  const timers: Timers = {
    set(run, ms) {
      next += 1;
      pending.set(next, { at: now + ms, run });
      return next;
    },
    clear(handle) {
      pending.delete(handle as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...pending]) {
      if (t.at <= now) {
        pending.delete(id);
        t.run();
      }
    }
  };
  return { timers, advance };
}

/** A request whose answer the test releases when it wants. */
function controlled() {
  const sent: string[] = [];
  const answers = new Map<string, (value: string) => void>();
  const run = (input: string) =>
    new Promise<string>((resolve) => {
      sent.push(input);
      answers.set(input, resolve);
    });
  const answer = async (input: string) => {
    answers.get(input)?.(`hits for ${input}`);
    await Promise.resolve();
    await Promise.resolve();
  };
  return { sent, run, answer };
}

function setup() {
  const clock = manualTimers();
  const req = controlled();
  const settled: string[] = [];
  const debounced = debounceLatest(120, req.run, (o: Outcome<string>) => settled.push(o.ok ? o.value : 'error'), clock.timers);
  return { ...clock, ...req, settled, debounced };
}

describe('debounceLatest', () => {
  it('sends one request for a burst of typing, once typing pauses', async () => {
    const s = setup();
    for (const q of ['m', 'mu', 'mul', 'multi']) {
      s.debounced.push(q);
      s.advance(50);
    }
    expect(s.sent).toEqual([]);
    s.advance(120);
    expect(s.sent).toEqual(['multi']);
    await s.answer('multi');
    expect(s.settled).toEqual(['hits for multi']);
  });

  it('drops a slow answer that arrives after a newer request was made', async () => {
    const s = setup();
    s.debounced.push('trade');
    s.advance(120);
    s.debounced.push('trading system');
    s.advance(120);
    await s.answer('trading system');
    await s.answer('trade');
    expect(s.sent).toEqual(['trade', 'trading system']);
    expect(s.settled).toEqual(['hits for trading system']);
  });

  it('drops everything after cancel (the query was cleared)', async () => {
    const s = setup();
    s.debounced.push('trade');
    s.advance(120);
    s.debounced.push('tariffs');
    s.debounced.cancel();
    s.advance(500);
    await s.answer('trade');
    expect(s.sent).toEqual(['trade']);
    expect(s.settled).toEqual([]);
  });

  it('reports a failed request as an outcome, not a crash', async () => {
    const clock = manualTimers();
    const outcomes: Outcome<string>[] = [];
    const debounced = debounceLatest(10, () => Promise.reject(new Error('offline')), (o: Outcome<string>) => outcomes.push(o), clock.timers);
    debounced.push('x');
    clock.advance(10);
    await new Promise((r) => setTimeout(r, 0));
    expect(outcomes).toEqual([{ ok: false, error: new Error('offline') }]);
  });
});
