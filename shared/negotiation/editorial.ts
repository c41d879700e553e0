/**
 * Square brackets that belong to the editor, not to the negotiation: footnote references "[1]",
 * "[sic]", an ellipsis "[...]", "[emphasis added]". They stay in the text and are never counted
 * as open brackets.
 */
import type { EditorialKind } from './model';

const EDITORIAL: [RegExp, EditorialKind][] = [
  [/^(?:\d{1,3}|\*{1,3}|[†‡]{1,2})$/u, 'footnote-ref'],
  [/^sic!?$/iu, 'sic'],
  [/^(?:\.\s?){3}$|^…$/u, 'ellipsis'],
  [/^(?:emphasis|italics|underlining)\s+(?:added|in\s+(?:the\s+)?original|mine|ours)$/iu, 'emphasis'],
];

/** The editorial kind of a bracket's inner text, or undefined if it is negotiation text. */
export function editorialKind(inner: string): EditorialKind | undefined {
  const trimmed = inner.trim();
  for (const [pattern, kind] of EDITORIAL) if (pattern.test(trimmed)) return kind;
  return undefined;
}
