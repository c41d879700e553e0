import { describe, expect, it } from 'vitest';
import { logResolution, newNegotiation, resolvedBrackets, undoLogged } from '../../../shared/negotiation/log';
import { parseBrackets } from '../../../shared/negotiation/parse';
import { resolveBracket, undoResolution } from '../../../shared/negotiation/resolve';
import type { Choice } from '../../../shared/negotiation/resolve';

const meta = { at: '2031-04-02T10:00:00Z', by: 'plenary' };
const first = (text: string) => {
  const bracket = parseBrackets(text).brackets[0];
  if (!bracket) throw new Error(`no bracket in ${text}`);
  return bracket;
};

describe('resolveBracket', () => {
  it.each<[string, Choice, string]>([
    ['Parties [shall][should] act.', { kind: 'chose', alternative: 1 }, 'Parties should act.'],
    ['Parties [shall/should] act.', { kind: 'chose', alternative: 0 }, 'Parties shall act.'],
    ['We [strongly] urge.', { kind: 'kept' }, 'We strongly urge.'],
    ['We [strongly] urge.', { kind: 'deleted' }, 'We urge.'],
    ['We act [now].', { kind: 'deleted' }, 'We act.'],
    ['[Strongly] we urge.', { kind: 'deleted' }, 'we urge.'],
    ['We [act [now]].', { kind: 'kept' }, 'We act [now].'],
    ['We [EU: act promptly] today.', { kind: 'kept' }, 'We act promptly today.'],
    ['We [act] [proposed by the EU] today.', { kind: 'kept' }, 'We act today.'],
    ['1. One.\n[2. Two.]\n3. Three.', { kind: 'deleted' }, '1. One.\n3. Three.'],
    ['Option 1: We agree.\nOption 2: We note.\nNext.', { kind: 'chose', alternative: 1 }, 'We note.\nNext.'],
    ['Before.\nOption 1: We agree.\nOption 2: We note.\nNext.', { kind: 'deleted' }, 'Before.\nNext.'],
    ['12. We agree.\nAlt. 12. We note.', { kind: 'chose', alternative: 1 }, '12. We note.'],
  ])('resolves %j as %j', (text, choice, expected) => {
    expect(resolveBracket(text, first(text), choice, meta).text).toBe(expected);
  });

  it('records when, which alternative and by whom', () => {
    const { record } = resolveBracket('Parties [shall][should] act.', first('Parties [shall][should] act.'), { kind: 'chose', alternative: 1 }, meta);
    expect(record.resolution).toEqual({ kind: 'chose', alternative: 1, at: meta.at, by: 'plenary' });
    expect(record.bracket.alternatives.map((a) => a.text)).toEqual(['shall', 'should']);
  });

  it.each<[string, Choice, RegExp]>([
    ['Parties [shall][should] act.', { kind: 'kept' }, /has 2 alternatives; choose one/u],
    ['Parties [shall][should] act.', { kind: 'chose', alternative: 2 }, /has no alternative 3/u],
  ])('refuses an impossible choice on %j', (text, choice, message) => {
    expect(() => resolveBracket(text, first(text), choice, meta)).toThrow(message);
  });

  it('refuses to resolve a bracket in a text that changed since it was read', () => {
    const bracket = first('We [strongly] urge.');
    expect(() => resolveBracket('We firmly urge.', bracket, { kind: 'kept' }, meta)).toThrow(/read the brackets again/u);
  });

  it.each<[string, Choice]>([
    ['We [strongly] urge.', { kind: 'deleted' }],
    ['Parties [shall][should] act.', { kind: 'chose', alternative: 0 }],
    ['Before.\nOption 1: We agree.\nOption 2: We note.', { kind: 'deleted' }],
  ])('undoes the resolution of %j exactly', (text, choice) => {
    const { text: resolved, record } = resolveBracket(text, first(text), choice, meta);
    expect(undoResolution(resolved, record)).toBe(text);
  });
});

describe('the negotiation log', () => {
  const text = 'We [strongly] urge [all][some] States [to act].';

  function resolveAll() {
    let log = newNegotiation(['EU']);
    let current = text;
    for (const choice of [{ kind: 'deleted' }, { kind: 'chose', alternative: 1 }, { kind: 'kept' }] as Choice[]) {
      const next = logResolution(log, current, first(current), choice, meta);
      log = next.log;
      current = next.text;
    }
    return { log, text: current };
  }

  it('resolves one bracket after another', () => {
    const done = resolveAll();
    expect(done.text).toBe('We urge some States to act.');
    expect(resolvedBrackets(done.log).map((b) => [b.status, b.resolution?.kind])).toEqual([
      ['resolved', 'kept'],
      ['resolved', 'chose'],
      ['resolved', 'deleted'],
    ]);
  });

  it.each([
    [2, 'We urge some States [to act].'],
    [1, 'We urge [all][some] States to act.'],
    [0, 'We [strongly] urge some States to act.'],
  ])('undoes resolution %i alone, keeping the others', (index, expected) => {
    const done = resolveAll();
    const undone = undoLogged(done.log, done.text, index);
    expect(undone.text).toBe(expected);
    expect(undone.log.records).toHaveLength(2);
  });

  it('undoes every resolution in any order back to the original text', () => {
    let { log, text: current } = resolveAll();
    for (const index of [0, 1, 0]) ({ log, text: current } = undoLogged(log, current, index));
    expect(current).toBe(text);
  });

  it('refuses to undo a resolution a later one built on', () => {
    let log = newNegotiation();
    let current = 'We [act [now]].';
    ({ log, text: current } = logResolution(log, current, first(current), { kind: 'kept' }, meta));
    ({ log, text: current } = logResolution(log, current, first(current), { kind: 'deleted' }, meta));
    expect(current).toBe('We act.');
    expect(() => undoLogged(log, current, 0)).toThrow(/undo k1 first/u);
  });

  it('says there is nothing to undo in an empty log', () => {
    expect(() => undoLogged(newNegotiation(), 'text')).toThrow(/Nothing to undo/u);
  });
});
