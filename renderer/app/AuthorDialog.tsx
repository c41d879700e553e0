import { useState } from 'react';
import { Author, AUTHOR_COLORS } from '../../shared/settings/schemas';
import { Dialog } from './Dialog';

/** Asks who is writing: the name and colour put on suggestions and comments, kept in settings. */
export function AuthorDialog({ initial, reason, onDone }: { initial: Author | null; reason?: string; onDone(author: Author | null): void }) {
  const [name, setName] = useState(initial?.name ?? '');
  const [color, setColor] = useState<string>(initial?.color ?? AUTHOR_COLORS[0]);
  const parsed = Author.safeParse({ name, color });
  const submit = () => {
    if (parsed.success) onDone(parsed.data);
  };
  return (
    <Dialog title="Your name and colour" onCancel={() => onDone(null)} actions={[{ label: 'Cancel', onClick: () => onDone(null) }, { label: 'Save', onClick: submit, kind: 'primary', disabled: !parsed.success }]}>
      {reason && <p>{reason}</p>}
      <label className="field">
        <span>Your name, as others see it on your suggestions and comments</span>
        <input value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && submit()} aria-label="Your name" />
      </label>
      <fieldset className="author-colors">
        <legend>Your colour</legend>
        {AUTHOR_COLORS.map((c) => (
          <label key={c} className="author-color" style={{ background: c }} title={c}>
            <input type="radio" name="author-color" value={c} checked={color === c} onChange={() => setColor(c)} aria-label={`Colour ${c}`} />
          </label>
        ))}
      </fieldset>
      {!parsed.success && name.trim() !== '' && <p className="field-error">{parsed.error.issues[0]?.message}</p>}
    </Dialog>
  );
}
