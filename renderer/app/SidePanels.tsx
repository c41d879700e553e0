/**
 * The tabs beside an open draft: the drafting checks, agreed language from the library, the
 * named versions and the negotiation panel. Each panel hears from the editor through its last
 * snapshot and acts through the editor's handle.
 */
import type { RefObject } from 'react';
import type { Version } from '../../shared/model';
import { ChecksPanel } from '../editor/ChecksPanel';
import type { EditorHandle } from '../editor/Editor';
import type { EditorSnapshot } from '../editor/plugins/bridge';
import { SuggestionsPanel } from '../library/SuggestionsPanel';
import { NegotiationPanel } from '../negotiation/NegotiationPanel';
import { VersionsPanel } from './VersionsPanel';

export type Side = 'checks' | 'language' | 'versions' | 'negotiation';

interface SidePanelsProps {
  side: Side;
  onSide(side: Side): void;
  snapshot: EditorSnapshot | null;
  editor: RefObject<EditorHandle | null>;
  versions: Version[];
  onNameVersion(): void;
  onOpenVersion(version: Version): void;
  onRestoreVersion(version: Version): void;
  onCompareVersion(version: Version): void;
}

/** The side panels of a draft, one tab shown at a time. */
export function SidePanels({ side, onSide, snapshot, editor, versions, onNameVersion, onOpenVersion, onRestoreVersion, onCompareVersion }: SidePanelsProps) {
  const warnings = snapshot?.warnings ?? [];
  const tabs: [Side, string][] = [
    ['checks', `Checks (${warnings.length})`],
    ['language', 'Agreed language'],
    ['versions', `Versions (${versions.length})`],
    ['negotiation', 'Negotiation'],
  ];
  return (
    <aside className="draft-side">
      <div className="side-tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} role="tab" aria-selected={side === id} className={side === id ? 'active' : ''} onClick={() => onSide(id)}>
            {label}
          </button>
        ))}
      </div>
      {side === 'checks' && <ChecksPanel warnings={warnings} onPick={(w) => editor.current?.select(w.from, w.to)} />}
      {side === 'language' && (
        <SuggestionsPanel
          paragraph={snapshot?.paragraph ?? null}
          onReplace={(s) => editor.current?.replaceParagraph(s.clause.text, s.provenance)}
          onInsert={(s) => editor.current?.insertClause(s.clause.text, s.provenance)}
        />
      )}
      {side === 'negotiation' && (
        <NegotiationPanel state={snapshot?.state ?? null} run={(command) => editor.current?.run(command) ?? false} versions={versions} onJump={(from, to) => editor.current?.select(from, to)} />
      )}
      {side === 'versions' && <VersionsPanel versions={versions} onName={onNameVersion} onOpen={onOpenVersion} onRestore={onRestoreVersion} onCompare={onCompareVersion} />}
    </aside>
  );
}
