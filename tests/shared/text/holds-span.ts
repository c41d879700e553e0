/**
 * Whether a block's text holds its span: the same letters and digits, either the span's own or
 * the span's without HTML tags and link addresses (Markdown markup the block keeps as marks or
 * drops). Shared by the reader's invariant test and the reading-quality bench.
 */
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');
const withoutMarkup = (s: string) => s.replace(/<!--[\s\S]*?-->|<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?\/?>/g, '').replace(/\]\([^)\s]*\)/g, ']');
const withoutLabels = (s: string) => s.replace(/\]\[[^\]\n]*\]/g, ']');

/** True when a block's text holds exactly the letters and digits of its span. */
export function holdsSpan(blockText: string, span: string): boolean {
  const own = letters(blockText);
  return own === letters(span) || own === letters(withoutMarkup(span)) || own === letters(withoutLabels(withoutMarkup(span)));
}
