/** The title bar: the open document's name and the app-wide actions. */
import type { RefObject } from 'react';
import type { AuthorState } from './useAuthor';
import { READABLE_ACCEPT } from '../../shared/text/schemas';

interface TitleBarProps {
  title: string;
  /** The open draft's file: two drafts of one title are told apart by it. */
  file?: string | null;
  /** "New draft from this template/file", when a read-only declaration is open. */
  newDraft: { from: 'template' | 'file'; ready: boolean; onClick(): void } | null;
  fileInput: RefObject<HTMLInputElement | null>;
  onOpenFile(file: File): void;
  onCompareFiles(): void;
  /** Compile the drafts delegations returned into one negotiating text. */
  onCompile(): void;
  /** Open a draft a team member shared. */
  onJoin(): void;
  /** "Compare with…" the open template or file, in one step; absent when neither is open. */
  onCompareOpen?: (() => void) | undefined;
  author: AuthorState;
  onHelp(): void;
}

/** The title bar of the app. */
export function TitleBar({ title, file, newDraft, fileInput, onOpenFile, onCompareFiles, onCompile, onCompareOpen, onJoin, author, onHelp }: TitleBarProps) {
  return (
    <header className="title-bar">
      <span className="brand">Concord</span>
      <span className="doc-name">
        {title}
        {file && <span className="doc-file"> · {file}</span>}
      </span>
      <span className="title-actions">
        {newDraft && (
          <button onClick={newDraft.onClick} disabled={!newDraft.ready}>
            New draft from this {newDraft.from}
          </button>
        )}
        <label className="file-button">
          Open file…
          <input ref={fileInput} type="file" accept={READABLE_ACCEPT} aria-label="Open a declaration file" onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so that choosing the same file again opens it again.
            e.target.value = '';
            if (file) onOpenFile(file);
          }} />
        </label>
        {onCompareOpen && <button onClick={onCompareOpen}>Compare with…</button>}
        <button onClick={onCompareFiles}>Compare files…</button>
        <button onClick={onCompile} title="Merge the drafts delegations sent back into one bracketed text, with who proposed what">
          Compile returns…
        </button>
        <button onClick={onJoin} title="Open a draft a team member shared with you">
          Join shared draft…
        </button>
        <button className="author-chip" onClick={author.edit} title="Your name and colour on suggestions and comments">
          {author.author ? <span className="swatch" style={{ background: author.author.color }} /> : null}
          {author.author?.name ?? 'Set your name…'}
        </button>
        <button onClick={onHelp} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (F1)">
          ?
        </button>
      </span>
    </header>
  );
}
