/**
 * Window-wide shortcuts of one part of the app ("Ctrl+O" opens a file). A binding is written
 * as the F1 list shows it: modifiers in the order Ctrl, Alt, Shift, then the key; Ctrl also
 * matches Cmd on macOS. Keys are read by their position for digits and letters, so Ctrl+Alt+1
 * works on every keyboard layout.
 */
import { useEffect, useRef } from 'react';

/** The binding a key event stands for, e.g. "Ctrl+Alt+1". */
export function shortcutOf(event: KeyboardEvent): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  if (event.shiftKey) parts.push('Shift');
  const code = /^(?:Key|Digit)(.)$/.exec(event.code)?.[1];
  parts.push(code ?? (event.key.length === 1 ? event.key.toUpperCase() : event.key));
  return parts.join('+');
}

/** Calls the action bound to each pressed shortcut while the component is mounted. */
export function useShortcuts(bindings: Record<string, () => void>): void {
  // Actions close over the latest render; the listener stays the same.
  const latest = useRef(bindings);
  latest.current = bindings;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = latest.current[shortcutOf(event)];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
