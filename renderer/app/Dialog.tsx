import { useEffect, useRef, useState, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  children?: ReactNode;
  /** Buttons, rightmost is the default (Enter). */
  actions: { label: string; onClick(): void; kind?: 'primary' | 'danger' | 'plain'; disabled?: boolean }[];
  onCancel(): void;
}

/** A modal dialog: Escape cancels, focus stays inside while it is open. */
export function Dialog({ title, children, actions, onCancel }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('input, textarea, select, button.primary, button');
    first?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        ref={ref}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      >
        <h2>{title}</h2>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">
          {actions.map((a) => (
            <button key={a.label} className={a.kind ?? 'plain'} onClick={a.onClick} disabled={a.disabled}>
              {a.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

/** A dialog asking for one line of text ("Name this version"). */
export function PromptDialog({ title, label, initial, confirm, validate, onDone }: { title: string; label: string; initial: string; confirm: string; validate?(value: string): string | null; onDone(value: string | null): void }) {
  const [value, setValue] = useState(initial);
  const problem = validate?.(value) ?? (value.trim() ? null : 'Please enter a name.');
  const submit = () => {
    if (!problem) onDone(value.trim());
  };
  return (
    <Dialog title={title} onCancel={() => onDone(null)} actions={[{ label: 'Cancel', onClick: () => onDone(null) }, { label: confirm, onClick: submit, kind: 'primary', disabled: !!problem }]}>
      <label className="field">
        <span>{label}</span>
        <input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          // The suggested name is selected, so typing replaces it and Enter keeps it.
          onFocus={(e) => e.target.select()}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            // The focus goes back to the button that opened the dialog: Enter must not press it again.
            e.preventDefault();
            submit();
          }}
          aria-label={label}
        />
      </label>
      {problem && value && <p className="field-error">{problem}</p>}
    </Dialog>
  );
}
