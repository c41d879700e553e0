// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ChangeEntry } from '../../../shared/diff/schemas';
import { ChangeBar } from '../../../renderer/compare/ChangeBar';
import { reactTestRoot } from '../react-root';

const change = (row: number): ChangeEntry => ({ row, kind: 'changed', where: `OP ${row}`, excerpt: '', wordsInserted: 1, wordsDeleted: 1 });
const CHANGES = [change(1), change(4), change(9)];

const ticks = (host: HTMLElement) => [...host.querySelectorAll<HTMLButtonElement>('.cmp-tick')];

describe('the change bar from the keyboard', () => {
  const root = reactTestRoot();

  it('is one tab stop, on the current change', () => {
    root.render(<ChangeBar changes={CHANGES} rows={10} current={1} onPick={() => undefined} />);
    expect(ticks(root.host).map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
    root.render(<ChangeBar changes={CHANGES} rows={10} current={undefined} onPick={() => undefined} />);
    expect(ticks(root.host).map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  });

  it.each([
    ['ArrowDown', 1, 2],
    ['ArrowUp', 1, 0],
    ['ArrowDown', 2, 2],
    ['Home', 2, 0],
    ['End', 0, 2],
  ])('%s from change %i goes to change %i and takes the focus', (key, from, to) => {
    const onPick = vi.fn();
    root.render(<ChangeBar changes={CHANGES} rows={10} current={from} onPick={onPick} />);
    const tick = ticks(root.host)[from];
    act(() => {
      tick?.focus();
      tick?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    });
    expect(onPick).toHaveBeenCalledWith(to);
    expect(document.activeElement).toBe(ticks(root.host)[to]);
  });
});
