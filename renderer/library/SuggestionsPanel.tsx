/**
 * Agreed language while drafting: for the paragraph under the cursor, the closest clauses the
 * library holds, each with its similarity and the word changes "Replace" would make.
 */
import type { ApiResponse } from '../../shared/api';
import { ClauseSources } from './ClauseSources';
import { invertDiff } from './invertDiff';
import { useDebouncedCall } from './useDebouncedCall';
import { WordDiffView } from './WordDiffView';
import './library.css';

/** One suggestion: the clause, its score, the word diff and the provenance it carries into the draft. */
export type Suggestion = ApiResponse<'library.suggest'>[number];

/** How long the cursor must rest in a paragraph before suggestions are asked for. */
const SUGGEST_DELAY_MS = 300;

/** Paragraphs shorter than this many words get no suggestions: too little to match on. */
const MIN_WORDS = 3;

const SUGGESTIONS = 5;

interface SuggestionsPanelProps {
  /** Text of the paragraph at the cursor; null when the cursor is in none. */
  paragraph: string | null;
  onReplace(suggestion: Suggestion): void;
  onInsert(suggestion: Suggestion): void;
}

/** Whether a paragraph has enough words to look for agreed language. */
export function worthSuggesting(paragraph: string | null): paragraph is string {
  return paragraph !== null && (paragraph.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_WORDS;
}

/** The suggestions beside the editor. */
export function SuggestionsPanel({ paragraph, onReplace, onInsert }: SuggestionsPanelProps) {
  const wanted = worthSuggesting(paragraph) ? paragraph : null;
  const found = useDebouncedCall('library.suggest', wanted === null ? null : { paragraph: wanted, limit: SUGGESTIONS }, wanted ?? '', SUGGEST_DELAY_MS);
  const suggestions = found.status === 'done' || found.status === 'loading' ? found.data : undefined;
  return (
    <aside className="lib-suggestions" aria-label="Agreed language">
      <h3>Agreed language</h3>
      {wanted === null && <p className="lib-empty">Put the cursor in a paragraph to see the closest wording from earlier declarations.</p>}
      {found.status === 'failed' && <p className="lib-error">{found.message}</p>}
      {wanted !== null && found.status === 'done' && found.data.length === 0 && <p className="lib-empty">No earlier clause is close to this paragraph.</p>}
      {wanted !== null && suggestions && suggestions.length > 0 && (
        <ol className={found.status === 'loading' ? 'lib-suggestion-list stale' : 'lib-suggestion-list'}>
          {suggestions.map((s) => {
            const same = s.diff.inserted === 0 && s.diff.deleted === 0 && s.clause.text === wanted;
            return (
              <li key={s.clause.id} className="lib-suggestion">
                <div className="lib-variant-meta">
                  <span className="lib-similarity">{Math.round(s.score * 100)}% match</span>
                  {same && <span className="lib-badge">Verbatim</span>}
                </div>
                <WordDiffView ops={invertDiff(s.diff.ops)} label="What Replace would change in your paragraph" />
                <ClauseSources sources={s.clause.sources} />
                <div className="lib-actions">
                  <button type="button" disabled={same} onClick={() => onReplace(s)} title="Replace the paragraph at the cursor with this clause">
                    Replace
                  </button>
                  <button type="button" className="primary" onClick={() => onInsert(s)} title="Insert this clause as a new paragraph after the cursor">
                    Insert
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </aside>
  );
}
