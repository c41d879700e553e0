import { describe, expect, it } from 'vitest';
import { CLAUSE_DRAG_TYPE, carriesClause, droppedClauseId, startClauseDrag } from '../../../renderer/library/clauseDrag';

/** The part of DataTransfer the drag code touches, backed by a map. */
function transfer(entries: Record<string, string> = {}): DataTransfer {
  const data = new Map(Object.entries(entries));
  return {
    get types() {
      return [...data.keys()];
    },
    getData: (type: string) => data.get(type) ?? '',
    setData: (type: string, value: string) => void data.set(type, value),
    effectAllowed: 'all',
  } as unknown as DataTransfer;
}

describe('clause drag data', () => {
  it('carries only the clause id, under its own type, so the editor does not paste bare text', () => {
    const dt = transfer();
    startClauseDrag(dt, 'c42');
    expect(dt.types).toEqual([CLAUSE_DRAG_TYPE]);
    expect(dt.effectAllowed).toBe('copy');
    expect(droppedClauseId(dt)).toBe('c42');
  });

  it.each([
    ['a clause drag', transfer({ [CLAUSE_DRAG_TYPE]: 'c1' }), true, 'c1'],
    ['plain text from elsewhere', transfer({ 'text/plain': 'We reaffirm' }), false, null],
    ['an empty id', transfer({ [CLAUSE_DRAG_TYPE]: '  ' }), true, null],
    ['no data at all', null, false, null],
  ])('%s', (_name, dt, carries, id) => {
    expect(carriesClause(dt)).toBe(carries);
    expect(droppedClauseId(dt)).toBe(id);
  });
});
