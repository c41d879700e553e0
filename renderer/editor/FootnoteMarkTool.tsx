/**
 * "Mark…" on the toolbar: gives the footnote mark at the cursor (or of the note holding it) a
 * custom symbol, *, †, ‡, § or one typed, as Word's "Custom mark"; "Number" numbers it again.
 */
import { useState } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import { CUSTOM_MARKS, markAtCursor, setFootnoteMark } from './footnote-commands';

export interface FootnoteMarkToolProps {
  state: EditorState;
  run: (command: Command) => void;
}

export function FootnoteMarkTool({ state, run }: FootnoteMarkToolProps) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const mark = markAtCursor(state);
  const apply = (symbol: string | null) => {
    run(setFootnoteMark(symbol));
    setOpen(false);
    setTyped('');
  };
  const keepSelection = (event: React.MouseEvent) => event.preventDefault();
  return (
    <span className="cn-tool-group" role="group" aria-label="Footnote mark">
      <button
        type="button"
        className="cn-tool"
        title="Give the footnote mark at the cursor a symbol of its own"
        aria-expanded={open}
        disabled={!mark}
        onMouseDown={keepSelection}
        onClick={() => setOpen(!open)}
      >
        Mark…
      </button>
      {open && mark && (
        <span className="cn-mark-picker" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
          {CUSTOM_MARKS.map((symbol) => (
            <button type="button" key={symbol} className="cn-tool" title={`Mark this footnote ${symbol}`} onMouseDown={keepSelection} onClick={() => apply(symbol)}>
              {symbol}
            </button>
          ))}
          <input
            className="cn-mark-input"
            aria-label="Custom mark"
            placeholder="or type"
            size={6}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => event.key === 'Enter' && typed.trim() !== '' && apply(typed)}
          />
          <button type="button" className="cn-tool" title="Number this mark automatically again" onMouseDown={keepSelection} onClick={() => apply(null)}>
            Number
          </button>
        </span>
      )}
    </span>
  );
}
