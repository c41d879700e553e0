import { useState } from 'react';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';
import { TemplateView } from './TemplateView';
import { useCall } from './useCall';

/** The application frame: sidebar, document area, status bar. */
export function App() {
  const info = useCall('app.info', {}, 'info');
  const templates = useCall('templates.list', {}, 'templates');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const template = useCall('templates.get', templateId ? { id: templateId } : null, templateId ?? '');
  const open = templateId && template.status === 'done' ? template.data : null;

  return (
    <div className="app">
      <header className="title-bar">
        <span className="brand">Concord</span>
        <span className="doc-name">{open ? open.title : 'No document open'}</span>
      </header>
      <div className="workbench">
        <Sidebar templates={templates} selectedTemplate={templateId} onOpenTemplate={setTemplateId} />
        <main className="desk">
          {templateId ? (
            <TemplateView template={template} />
          ) : (
            <div className="welcome">
              <h1>Concord</h1>
              <p>Draft joint statements from earlier declarations, reuse agreed language, and compare versions the way a reviewer reads them.</p>
              <p className="hint">Open a template on the left to begin.</p>
            </div>
          )}
        </main>
      </div>
      <StatusBar
        left={open ? `${open.title}` : 'Ready'}
        right={
          <>
            {open ? `${open.words.toLocaleString('en')} words · ` : ''}
            {info.status === 'done' ? `${info.data.shell === 'web' ? 'Browser host' : 'Desktop'} · v${info.data.version}` : ''}
          </>
        }
      />
    </div>
  );
}
