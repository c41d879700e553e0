/**
 * A compilation written as negotiation text: each choice as the base wording in brackets followed
 * by one bracket per distinct proposal ("[shall][should]"; "[]" proposes to delete, a lone bracket
 * inserts), whole paragraphs in brackets where they are proposed, deleted or moved, notes as
 * "[Note: EU: ...]". Who proposed each bracket is returned beside the text as attribution ranges,
 * never written into it; exports write it (attribution-text.ts).
 */
import type { AttributionRange } from '../model';
import type { CompiledParagraph, Segment } from './schemas';

/** One paragraph of the compiled text and who proposed each of its alternatives. */
export interface CompiledLine {
  text: string;
  attributions: AttributionRange[];
}

class LineWriter {
  text = '';
  readonly attributions: AttributionRange[] = [];

  write(text: string): this {
    this.text += text;
    return this;
  }

  /** "[text]", attributed to `parties` when there are any. */
  bracket(text: string, parties: readonly string[] = []): this {
    const from = this.text.length;
    this.text += `[${text}]`;
    if (parties.length > 0) this.attributions.push({ from, to: this.text.length, parties: [...parties] });
    return this;
  }

  /** Another line's text and attributions, shifted to where it lands. */
  embed(line: CompiledLine): this {
    const shift = this.text.length;
    this.text += line.text;
    for (const a of line.attributions) this.attributions.push({ ...a, from: a.from + shift, to: a.to + shift });
    return this;
  }

  line(): CompiledLine {
    return { text: this.text, attributions: this.attributions };
  }
}

function writeSegment(out: LineWriter, segment: Segment): void {
  if (segment.kind === 'text') {
    out.write(segment.text);
    return;
  }
  if (segment.base !== '') out.bracket(segment.base);
  for (const p of segment.proposals) out.bracket(p.text, p.delegations);
}

/** The paragraph's text without its paragraph-level brackets. */
function bodyLine(p: CompiledParagraph): CompiledLine {
  const out = new LineWriter();
  for (const s of p.segments) writeSegment(out, s);
  return out.line();
}

/** `where` describes the base paragraph a moved copy came from ("the paragraph beginning “We recall”"). */
export function compiledLine(p: CompiledParagraph, where: (baseIndex: number) => string = () => 'elsewhere in the text'): CompiledLine {
  const out = new LineWriter();
  const body = bodyLine(p);
  if (p.origin.kind !== 'base') {
    out.write('[').embed(body).write(']');
    out.attributions.unshift({ from: 0, to: out.text.length, parties: [...p.proposedBy] });
    if (p.origin.kind === 'moved') out.write(' ').bracket(`Note: ${p.proposedBy.join(', ')}: moved here from ${where(p.origin.from)}`);
  } else if (p.deletedBy.length > 0 || p.movedBy.length > 0) {
    out.write('[').embed(body).write(']');
    if (p.deletedBy.length > 0) out.bracket('', p.deletedBy);
    if (p.movedBy.length > 0) out.bracket('', p.movedBy).write(' ').bracket(`Note: ${p.movedBy.join(', ')}: proposed to move this paragraph`);
  } else out.embed(body);
  for (const n of p.notes) out.write(' ').bracket(`Note: ${n.delegation}: ${n.text.replace(/\s+/gu, ' ').trim()}`);
  return out.line();
}

/**
 * The text a compilation gives when every choice goes one way: `delegation` null keeps the base
 * wording everywhere (the base text, whole), a delegation's name takes its proposals (its return).
 */
export function textAsProposedBy(paragraphs: readonly CompiledParagraph[], delegation: string | null): string[] {
  const out: string[] = [];
  for (const p of paragraphs) {
    if (p.origin.kind !== 'base') {
      if (delegation !== null && p.proposedBy.includes(delegation)) out.push(p.segments.map((s) => (s.kind === 'text' ? s.text : s.base)).join(''));
      continue;
    }
    if (delegation !== null && (p.deletedBy.includes(delegation) || p.movedBy.includes(delegation))) continue;
    out.push(
      p.segments
        .map((s) => (s.kind === 'text' ? s.text : (s.proposals.find((q) => delegation !== null && q.delegations.includes(delegation))?.text ?? s.base)))
        .join(''),
    );
  }
  return out;
}
