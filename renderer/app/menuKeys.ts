/**
 * The keys of a drop-down menu, as in every desktop menu: it opens with the focus on its first
 * item, arrow keys (and Home, End) move between items, Escape closes it and gives the focus back
 * to the button that opened it.
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';

/** What a menu needs: where its items are, the button that opens it, and its key handler. */
export interface MenuKeys {
  popup: RefObject<HTMLDivElement | null>;
  trigger: RefObject<HTMLButtonElement | null>;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

function items(popup: HTMLElement | null): HTMLElement[] {
  return popup ? [...popup.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)')] : [];
}

/** Keys for a menu that is `open`; `close` is called on Escape (and focus goes back to the trigger). */
export function useMenuKeys(open: boolean, close: () => void): MenuKeys {
  const popup = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (open) items(popup.current)[0]?.focus();
  }, [open]);
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!open) return;
    const list = items(popup.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => {
      event.preventDefault();
      list[(index + list.length) % list.length]?.focus();
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
      trigger.current?.focus();
    } else if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at < 0 ? -1 : at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(-1);
  };
  return { popup, trigger, onKeyDown };
}
