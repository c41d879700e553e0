import type { TemplateText } from '../../shared/api';
import type { CallState } from './useCall';

/** A built-in template shown read-only, as its text. */
export function TemplateView({ template }: { template: CallState<TemplateText> }) {
  if (template.status === 'loading') return <div className="doc-message">Opening…</div>;
  if (template.status === 'failed') return <div className="doc-message error">{template.message}</div>;
  const t = template.data;
  return (
    <article className="page" aria-label={t.title}>
      <header className="page-header">
        <p className="page-kicker">Template · read-only</p>
        <h1>{t.title}</h1>
      </header>
      <pre className="page-text">{t.text}</pre>
    </article>
  );
}
