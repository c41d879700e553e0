/**
 * A notice above a view: one line, whatever the message's length, with a Details toggle that
 * shows the whole text below it (in the flow, so it pushes the view down and never covers it),
 * and Dismiss. Give it a `key` of its message so that a new message shows again after a dismiss.
 *
 *   <Banner key={message} kind="error" message={message} onDismiss={() => setProblem(null)} />
 */
import { useId, useState } from 'react';

export interface BannerProps {
  message: string;
  kind?: 'error' | 'info';
  /** Called after the banner hides itself; the parent may forget the message. */
  onDismiss?: () => void;
}

/** Errors always have Details; other messages when longer than this, or of several lines. */
const ONE_LINE = 90;

/** A one-line notice with Details and Dismiss. */
export function Banner({ message, kind = 'info', onDismiss }: BannerProps) {
  const [open, setOpen] = useState(false);
  const [hidden, setHidden] = useState(false);
  const details = useId();
  if (hidden) return null;
  const long = kind === 'error' || message.length > ONE_LINE || message.includes('\n');
  const firstLine = message.split('\n')[0] ?? '';
  return (
    <div className={`banner banner-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <div className="banner-bar">
        <span className="banner-line" title={long ? undefined : message}>
          {firstLine}
        </span>
        {long && (
          <button className="link" aria-expanded={open} aria-controls={details} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide details' : 'Details'}
          </button>
        )}
        <button
          className="link"
          onClick={() => {
            setHidden(true);
            onDismiss?.();
          }}
        >
          Dismiss
        </button>
      </div>
      {long && open && (
        <pre className="banner-details" id={details}>
          {message}
        </pre>
      )}
    </div>
  );
}
