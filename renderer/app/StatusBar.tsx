import type { ReactNode } from 'react';

/** The bottom bar: what is open on the left, counts and the shell on the right. */
export function StatusBar({ left, right }: { left: ReactNode; right: ReactNode }) {
  return (
    <footer className="status-bar" role="status">
      <span className="status-left">{left}</span>
      {/* The open draft puts its review view switch here. */}
      <span className="status-extra" id="status-extra" />
      <span className="status-right">{right}</span>
    </footer>
  );
}
