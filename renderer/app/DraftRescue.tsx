/**
 * What the drafting pane shows after an unexpected error: the draft, read-only, as its newest
 * copy holds it (the recovery copy, written first, when it is newer than the file), a notice
 * saying what happened, and the way back into the editor with the recovery copy offered.
 */
import { useEffect, useState } from 'react';
import type { ApiResponse } from '../../shared/api';
import { call } from '../api';
import { DeclarationView } from './DeclarationView';
import { docAsDeclaration } from './drafts';

export interface DraftRescueProps {
  path: string;
  error: Error;
  /** Writes the recovery copy of the work in memory; resolves when it is written (or failed). */
  keepRecovery(): Promise<void>;
  /** Opens the draft again in the editor (which offers the recovery copy first). */
  onReopen(): void;
}

type Opened = ApiResponse<'drafts.open'>;

/** The read-only draft and its notice, in place of the drafting pane that failed. */
export function DraftRescue({ path, error, keepRecovery, onReopen }: DraftRescueProps) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void keepRecovery()
      .then(() => call('drafts.open', { path }))
      .then(
        (data) => live && setOpened(data),
        (e: unknown) => live && setProblem((e as Error).message),
      );
    return () => {
      live = false;
    };
  }, [path, keepRecovery]);

  const shown = opened?.recovery?.draft ?? opened?.draft ?? null;
  return (
    <div className="draft-rescue">
      <div className="notice error" role="alert" aria-label="The drafting pane stopped">
        <span>
          The drafting pane stopped on an unexpected error ({error.message}). The draft is shown read-only
          {opened?.recovery ? '; your latest work is kept in its recovery copy.' : '.'}
        </span>
        <button onClick={onReopen}>{opened?.recovery ? 'Reopen with the recovery copy' : 'Reopen the draft'}</button>
      </div>
      {problem && <p className="doc-message error">{problem}</p>}
      {shown && (
        <div className="version-view">
          <DeclarationView declaration={docAsDeclaration(shown.doc, shown.title, shown.id)} kicker="Draft · read-only after an error" />
        </div>
      )}
    </div>
  );
}
