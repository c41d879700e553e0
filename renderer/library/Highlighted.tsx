import type { Span } from '../../shared/model';
import { markedRuns } from './highlight';

/** Clause text with the matched ranges in <mark>; text stays text, never markup. */
export function Highlighted({ text, spans }: { text: string; spans: readonly Span[] }) {
  return (
    <>
      {markedRuns(text, spans).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : <span key={i}>{run.text}</span>))}
    </>
  );
}
