/**
 * The find and replace bar (Mod-F): a query, its match count, next and previous, replace and
 * replace all. The search itself lives in the find plugin, so matches follow edits.
 */
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import { currentMatches, findKey } from './plugins/find';
import { findNext, findPrevious, replaceAll, replaceMatch, setFindQuery } from './commands';

/** Props of the find bar. */
export interface FindBarProps {
  state: EditorState;
  run: (command: Command) => void;
  /** Closes the bar and gives the focus back to the page. */
  onClose: () => void;
}

/** "3 of 12", "No matches" or nothing before a query is typed. */
export function matchCountLabel(current: number, count: number, query: string): string {
  if (!query) return '';
  if (count === 0) return 'No matches';
  return `${current + 1} of ${count}`;
}

/** The find and replace bar. */
export function FindBar({ state, run, onClose }: FindBarProps) {
  const find = findKey.getState(state);
  const [replacement, setReplacement] = useState('');
  const query = find?.query ?? { text: '', caseSensitive: false };
  const count = currentMatches(state).length;
  // Closing clears the highlights: the query goes, so do its matches.
  const close = () => {
    run(setFindQuery({ ...query, text: '' }));
    onClose();
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      run(event.shiftKey ? findPrevious : findNext);
    }
  };
  return (
    <div
      className="cn-findbar"
      role="search"
      // Escape from any control of the bar closes it.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        close();
      }}
    >
      <input
        type="search"
        aria-label="Find"
        placeholder="Find"
        autoFocus
        value={query.text}
        onChange={(event) => run(setFindQuery({ ...query, text: event.target.value }))}
        onKeyDown={onKey}
      />
      <span className="cn-find-count" aria-live="polite">
        {matchCountLabel(find?.current ?? -1, count, query.text)}
      </span>
      <label className="cn-tool-check">
        <input type="checkbox" checked={query.caseSensitive} onChange={(event) => run(setFindQuery({ ...query, caseSensitive: event.target.checked }))} />
        Match case
      </label>
      <button type="button" disabled={count === 0} onClick={() => run(findPrevious)} title="Previous (Shift-Enter)">
        Previous
      </button>
      <button type="button" disabled={count === 0} onClick={() => run(findNext)} title="Next (Enter)">
        Next
      </button>
      <input type="text" aria-label="Replace with" placeholder="Replace with" value={replacement} onChange={(event) => setReplacement(event.target.value)} />
      <button type="button" disabled={count === 0} onClick={() => run(replaceMatch(replacement))}>
        Replace
      </button>
      <button type="button" disabled={count === 0} onClick={() => run(replaceAll(replacement))}>
        Replace all
      </button>
      <button type="button" className="cn-findbar-close" aria-label="Close find" onClick={close}>
        ×
      </button>
    </div>
  );
}
