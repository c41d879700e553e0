import { useState } from 'react';
import type { TemplateSummary } from '../../shared/api';
import type { CallState } from './useCall';

export type SidebarSection = 'templates' | 'drafts' | 'library';

interface SidebarProps {
  templates: CallState<TemplateSummary[]>;
  selectedTemplate: string | null;
  onOpenTemplate(id: string): void;
}

const SECTIONS: { id: SidebarSection; label: string }[] = [
  { id: 'templates', label: 'Templates' },
  { id: 'drafts', label: 'Drafts' },
  { id: 'library', label: 'Library' },
];

/** The left column: the built-in templates, the user's drafts and the clause library. */
export function Sidebar({ templates, selectedTemplate, onOpenTemplate }: SidebarProps) {
  const [section, setSection] = useState<SidebarSection>('templates');
  return (
    <nav className="sidebar" aria-label="Documents">
      <div className="sidebar-tabs" role="tablist">
        {SECTIONS.map((s) => (
          <button
            key={s.id}
            role="tab"
            aria-selected={section === s.id}
            className={section === s.id ? 'active' : ''}
            onClick={() => setSection(s.id)}
          >
            {s.label}
          </button>
        ))}
      </div>
      {section === 'templates' && <TemplateList templates={templates} selected={selectedTemplate} onOpen={onOpenTemplate} />}
      {section === 'drafts' && <p className="sidebar-empty">No drafts yet. Start one from a template.</p>}
      {section === 'library' && <p className="sidebar-empty">The clause library is built from the templates and your imports.</p>}
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
              {t.words.toLocaleString('en')} words{t.date ? ` · ${t.date}` : ''}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
