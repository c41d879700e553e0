import { useEffect, useState } from 'react';
import type { DraftSummary, RecoveryList, TemplateSummary } from '../../shared/api';
import type { Clause, Provenance } from '../../shared/model';
import { LibraryPanel } from '../library/LibraryPanel';
import type { CallState } from '../useCall';

export type SidebarSection = 'templates' | 'drafts' | 'library';

interface SidebarProps {
  templates: CallState<TemplateSummary[]>;
  drafts: CallState<DraftSummary[]>;
  /** Unsaved work found after a crash, and the recovery files that could not be read. */
  recoveries: RecoveryList;
  selected: string | null;
  onOpenTemplate(id: string): void;
  onOpenDraft(path: string): void;
  onNewBlank(): void;
  /** Rename in the Drafts list. */
  onRenameDraft(path: string, title: string): void;
  canInsert: boolean;
  onInsertClause(clause: Clause, provenance: Provenance): void;
}

const SECTIONS: { id: SidebarSection; label: string }[] = [
  { id: 'templates', label: 'Templates' },
  { id: 'drafts', label: 'Drafts' },
  { id: 'library', label: 'Library' },
];

/** The left column: the built-in templates, the user's drafts and the clause library. */
export function Sidebar(props: SidebarProps) {
  const [section, setSection] = useState<SidebarSection>('templates');
  // Unsaved work found after a crash is the first thing to show.
  const hasRecoveries = props.recoveries.recoveries.length > 0;
  useEffect(() => {
    if (hasRecoveries) setSection('drafts');
  }, [hasRecoveries]);
  return (
    <nav className="sidebar" aria-label="Documents">
      <div className="sidebar-tabs" role="tablist">
        {SECTIONS.map((s) => (
          <button key={s.id} role="tab" aria-selected={section === s.id} className={section === s.id ? 'active' : ''} onClick={() => setSection(s.id)}>
            {s.label}
          </button>
        ))}
      </div>
      <div className="sidebar-body">
        {section === 'templates' && <TemplateList templates={props.templates} selected={props.selected} onOpen={props.onOpenTemplate} />}
        {section === 'drafts' && <DraftList {...props} />}
        {/* Kept mounted: a running import, the query and the filters survive a tab switch. */}
        <div className="sidebar-pane" hidden={section !== 'library'}>
          <LibraryPanel canInsert={props.canInsert} onInsert={props.onInsertClause} />
        </div>
      </div>
    </nav>
  );
}

function TemplateList({ templates, selected, onOpen }: { templates: CallState<TemplateSummary[]>; selected: string | null; onOpen(id: string): void }) {
  if (templates.status === 'loading') return <p className="sidebar-empty">Loading templates…</p>;
  if (templates.status === 'failed') return <p className="sidebar-error">{templates.message}</p>;
  return (
    <ul className="template-list" aria-label="Templates">
      {templates.data.map((t) => (
        <li key={t.id}>
          <button className={t.id === selected ? 'template-item selected' : 'template-item'} onClick={() => onOpen(t.id)} title={t.title}>
            <span className="template-title">{t.title}</span>
            <span className="template-meta">
              {t.words.toLocaleString('en')} words · {t.paragraphs} paragraphs{t.date ? ` · ${t.date}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function DraftList({ drafts, recoveries, selected, onOpenDraft, onNewBlank, onRenameDraft }: SidebarProps) {
  return (
    <div>
      <div className="sidebar-actions">
        <button className="button small" onClick={onNewBlank}>
          New blank draft
        </button>
      </div>
      {recoveries.recoveries.map((r) => (
        <div key={r.path} className="recovery-note" role="alert">
          Unsaved work found in “{r.title}”.{' '}
          <button className="link" onClick={() => onOpenDraft(r.path)}>
            Open to restore
          </button>
        </div>
      ))}
      {recoveries.warnings.map((warning) => (
        <p key={warning} className="sidebar-warning" role="status">
          {warning}
        </p>
      ))}
      {drafts.status === 'loading' && <p className="sidebar-empty">Loading drafts…</p>}
      {drafts.status === 'failed' && <p className="sidebar-error">{drafts.message}</p>}
      {drafts.status === 'done' && drafts.data.length === 0 && <p className="sidebar-empty">No drafts yet. Open a template and choose “New draft from this template”.</p>}
      {drafts.status === 'done' && (
        <ul className="template-list" aria-label="Drafts">
          {drafts.data.map((d) => (
            <li key={d.path} className="draft-item">
              <button className={d.path === selected ? 'template-item selected' : 'template-item'} onClick={() => onOpenDraft(d.path)} title={d.path}>
                <span className="template-title">{d.title}</span>
                <span className="template-meta">
                  {d.path} · {d.versions} version{d.versions === 1 ? '' : 's'}
                  {d.updatedAt ? ` · ${new Date(d.updatedAt).toLocaleDateString('en-GB')}` : ''}
                </span>
              </button>
              {/* After the draft's own button, so that it stays the first one of its item (keyboard order, tests). */}
              <button className="link draft-rename" aria-label={`Rename ${d.title}`} title="Rename" onClick={() => onRenameDraft(d.path, d.title)}>
                Rename
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
