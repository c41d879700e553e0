/**
 * A block's text with its inline marks (shared/model.ts InlineMark): italic and bold as the
 * source had them, links as marked text that shows its address on hover. A read-only view never
 * follows a link from a file, so the address is shown, not opened.
 */
import type { ReactNode } from 'react';
import type { InlineMark } from '../../shared/model';

/** The text cut at every mark boundary, each stretch wrapped in the marks covering it. */
export function MarkedText({ text, marks }: { text: string; marks?: InlineMark[] | undefined }) {
  if (!marks?.length) return <>{text}</>;
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.from, m.to])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k] ?? 0;
    const to = cuts[k + 1] ?? 0;
    let node: ReactNode = text.slice(from, to);
    for (const m of marks.filter((mark) => mark.from <= from && mark.to >= to)) {
      if (m.type === 'italic') node = <em>{node}</em>;
      else if (m.type === 'bold') node = <strong>{node}</strong>;
      else node = <span className="decl-link" title={m.href}>{node}</span>;
    }
    pieces.push(<span key={from}>{node}</span>);
  }
  return <>{pieces}</>;
}
