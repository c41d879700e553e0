/**
 * The reading pipeline's promise, checked in one place: the cleaned text is tiled by blocks
 * (each character in exactly one block, each block's words in its text), and the decoded text
 * can be rebuilt from the cleaned text, the removals (moved footnotes put back) and the repairs
 * — so nothing was lost. A block's text is its span read as Markdown where the text is Markdown,
 * so its letters and digits are compared: the span's own, or the span's without HTML tags and
 * link addresses, which the block keeps as marks.
 */
import { expect } from 'vitest';
import type { ReadResult } from '../../../shared/text/read';
import { holdsSpan } from './holds-span';

/** Asserts the no-text-lost invariant of a read result against the text it was read from. */
export function expectNothingLost(decoded: string, { declaration, report }: ReadResult): void {
  const text = declaration.text;
  let at = 0;
  for (const block of declaration.blocks) {
    expect(block.span.start, `block ${block.id} starts where the one before ends`).toBe(at);
    expect(block.span.end).toBeGreaterThanOrEqual(block.span.start);
    const lead = block.number?.raw ?? block.marker ?? '';
    const span = text.slice(block.span.start, block.span.end);
    expect(holdsSpan(lead + block.text, span), `block ${block.id} holds its span's words: ${JSON.stringify(block.text.slice(0, 80))} / ${JSON.stringify(span.slice(0, 80))}`).toBe(true);
    at = block.span.end;
  }
  expect(at, 'blocks reach the end of the text').toBe(declaration.blocks.length ? text.length : 0);

  let repaired = text;
  // Moved text first goes back out of where it was put, from the last place.
  const moved = report.removals.filter((r) => r.movedTo !== undefined).sort((a, b) => (b.movedTo ?? 0) - (a.movedTo ?? 0));
  for (const r of moved) {
    expect(repaired.slice(r.movedTo, (r.movedTo ?? 0) + r.text.length), 'moved text stands where the report says').toBe(r.text);
    repaired = repaired.slice(0, r.movedTo) + repaired.slice((r.movedTo ?? 0) + r.text.length);
  }
  // In order: once earlier removals are back, each one's offset is valid again.
  for (const r of report.removals) repaired = repaired.slice(0, r.span.start) + r.text + repaired.slice(r.span.start);
  // Undo repairs from the last so earlier positions stay valid in the repaired text.
  let inRepaired = 0;
  const starts = report.repairs.map((r) => {
    const s = r.span.start + inRepaired;
    inRepaired += r.to.length - r.from.length;
    return s;
  });
  let original = repaired;
  for (let i = report.repairs.length - 1; i >= 0; i--) {
    const r = report.repairs[i];
    const s = starts[i] ?? 0;
    if (!r) continue;
    expect(original.slice(s, s + r.to.length)).toBe(r.to);
    original = original.slice(0, s) + r.from + original.slice(s + r.to.length);
  }
  expect(original, 'decoded text rebuilt from cleaned text, removals and repairs').toBe(decoded);
}
