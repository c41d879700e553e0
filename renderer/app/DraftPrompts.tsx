/** The questions an open draft asks: a name to save as, a version's name, what to compare with. */
import type { TemplateSummary } from '../../shared/api';
import type { Draft, Version } from '../../shared/model';
import { ComparePicker, type PickedSource } from './ComparePicker';
import { PromptDialog } from './Dialog';
import { provenanceSources } from './drafts';

export type Prompt = 'save-as' | 'rename' | 'version' | 'compare';

interface DraftPromptsProps {
  prompt: Prompt | null;
  path: string;
  draft: Draft;
  templates: TemplateSummary[];
  versionSource(version: Version): PickedSource;
  onClose(): void;
  onSaveAs(path: string): void;
  onRename(name: string): void;
  onNameVersion(name: string): void;
  onCompare(picked: PickedSource): void;
}

/** The prompt that is open, if any; each closes itself before acting on the answer. */
export function DraftPrompts({ prompt, path, draft, templates, versionSource, onClose, onSaveAs, onRename, onNameVersion, onCompare }: DraftPromptsProps) {
  const answered = (act: (value: string) => void) => (value: string | null) => {
    onClose();
    if (value) act(value);
  };
  switch (prompt) {
    case 'save-as':
      return (
        <PromptDialog
          title="Save as"
          label="File name in your workspace"
          initial={path.replace(/\.concord$/, ' copy.concord')}
          confirm="Save"
          validate={(v) => (/\.concord$/.test(v.trim()) ? null : 'The name must end in .concord.')}
          onDone={answered(onSaveAs)}
        />
      );
    case 'rename':
      return <PromptDialog title="Rename this draft" label="Draft name" initial={draft.title} confirm="Rename" onDone={answered(onRename)} />;
    case 'version':
      return (
        <PromptDialog
          title="Name this version"
          label="Version name"
          initial={draft.versions.length === 0 ? 'Zero draft' : `Rev. ${draft.versions.length}`}
          confirm="Name version"
          onDone={answered(onNameVersion)}
        />
      );
    case 'compare':
      return (
        <ComparePicker
          title={`Compare “${draft.title}” with…`}
          templates={templates}
          basedOn={draft.basedOn}
          clauseSources={provenanceSources(draft.doc)}
          versions={draft.versions.map((version) => ({ version, source: () => versionSource(version) }))}
          onCancel={onClose}
          onPick={(picked) => {
            onClose();
            onCompare(picked);
          }}
        />
      );
    case null:
      return null;
  }
}
