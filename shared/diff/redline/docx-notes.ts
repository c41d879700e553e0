/**
 * Footnotes for the Word redline: a footnote paragraph of the comparison becomes a real Word
 * footnote (in footnotes.xml, its words tracked there), and the mark that cites it in the text
 * ("partners*", "2024[2]") becomes its w:footnoteReference with that mark, as the DOCX export
 * writes them. The reference is tracked with the words around it: a note that came comes with
 * its mark, so Accept All and Reject All each keep exactly their side's notes. A note whose
 * citing mark cannot be found where its fate matches (a note kept whose mark went, a moved or
 * renumbered note) stays a paragraph in the text, as before.
 */
import { NOTE_MARK_NAMESPACES } from '../../formats/docx-write';
import type { CompareSide, Comparison } from '../schemas';
import type { RedlineParagraph, Run } from './layout';

/** A run of the redline that may stand for a footnote's reference (then `text` is its mark). */
export interface NoteRun extends Run {
  note?: number;
}

/** word/footnotes.xml: Word's two separators, then each note with its mark and its tracked words. */
export function footnotesXml(w: string, notes: NotePlan['notes'], paragraphXml: (note: NotePlan['notes'][number]) => string): string {
  const separators = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;
  const body = notes.map((n) => `<w:footnote w:id="${n.id}">${paragraphXml(n)}</w:footnote>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${w}" ${NOTE_MARK_NAMESPACES}>${separators}${body.join('')}</w:footnotes>`;
}

/** The paragraphs with footnote references put in, and the notes to write (by footnote id). */
export interface NotePlan {
  /** Body paragraphs (the notes taken out), with the redline index each came from. */
  body: { paragraph: RedlineParagraph & { runs: NoteRun[] }; index: number }[];
  notes: { id: number; marker: string; paragraph: RedlineParagraph }[];
  /**
   * Word numbers the notes itself (1, 2, 3), as the DOCX export does when a side's notes are
   * [1], [2], [3] in order; otherwise each reference shows the note's own mark ("*", "†").
   */
  automatic: boolean;
}

/** What may stand right before a citing mark: a letter, digit or closing punctuation. */
const BEFORE_MARK = /[\p{L}\p{N}.,;:)\]’”"]/u;

/** Plans which footnote paragraphs become Word footnotes and where their references go. */
export function planNotes(c: Comparison, paragraphs: readonly RedlineParagraph[], sides: { a: CompareSide; b: CompareSide }): NotePlan {
  const body = paragraphs.map((paragraph, index) => ({ paragraph: { ...paragraph, runs: paragraph.runs as NoteRun[] }, index }));
  const notes: NotePlan['notes'] = [];
  const taken = new Set<number>();
  paragraphs.forEach((p, k) => {
    const row = c.rows[p.row];
    const marker = noteMarker(p, row, sides);
    if (!row || marker === undefined || p.brackets?.length) return;
    // The fate of the note's mark must be the note's own: kept, come or gone.
    const fate: Run['kind'] = row.a.length === 0 ? 'insert' : row.b.length === 0 ? 'delete' : 'equal';
    for (const entry of body) {
      if (taken.has(entry.index) || entry.paragraph.move || isNote(entry.paragraph, sides)) continue;
      const runs = withReference(entry.paragraph.runs, marker, fate, notes.length + 1);
      if (!runs) continue;
      entry.paragraph = { ...entry.paragraph, runs };
      notes.push({ id: notes.length + 1, marker, paragraph: p });
      taken.add(k);
      return;
    }
  });
  return { body: body.filter((b) => !taken.has(b.index)), notes, automatic: automatic(c, paragraphs, taken, sides) };
}

/** Whether on each side every note became a Word footnote and they read [1], [2], ... in order. */
function automatic(c: Comparison, paragraphs: readonly RedlineParagraph[], taken: ReadonlySet<number>, sides: { a: CompareSide; b: CompareSide }): boolean {
  for (const side of ['a', 'b'] as const) {
    const all = sides[side].paragraphs.filter((p) => p.kind === 'footnote').length;
    const markers = paragraphs.flatMap((p, k) => {
      const row = c.rows[p.row];
      const i = side === 'a' ? row?.a[0] : row?.b[0];
      return taken.has(k) && i !== undefined ? [sides[side].paragraphs[i]?.marker] : [];
    });
    if (markers.length !== all || markers.some((m, n) => m !== `[${n + 1}]`)) return false;
  }
  return true;
}

function isNote(p: RedlineParagraph, sides: { a: CompareSide; b: CompareSide }): boolean {
  return sides[p.side].paragraphs[p.p]?.kind === 'footnote';
}

/** The mark of a footnote row printed as one paragraph, the same on both sides; else undefined. */
function noteMarker(p: RedlineParagraph, row: Comparison['rows'][number] | undefined, sides: { a: CompareSide; b: CompareSide }): string | undefined {
  if (!row || p.move || row.a.length > 1 || row.b.length > 1 || !isNote(p, sides)) return undefined;
  const markers = [...row.a.map((i) => sides.a.paragraphs[i]?.marker), ...row.b.map((j) => sides.b.paragraphs[j]?.marker)];
  const marker = markers[0];
  return marker && markers.every((m) => m === marker) ? marker : undefined;
}

/** The runs with the first citing `marker` in a run of kind `fate` turned into a reference; undefined when there is none. */
function withReference(runs: readonly NoteRun[], marker: string, fate: Run['kind'], id: number): NoteRun[] | undefined {
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (!run || run.note !== undefined || run.kind !== fate) continue;
    for (let at = run.text.indexOf(marker); at >= 0; at = run.text.indexOf(marker, at + 1)) {
      const before = at > 0 ? run.text[at - 1] : runs[r - 1]?.text.slice(-1);
      const after = run.text[at + marker.length];
      // "*" must not be the first of "**", nor "[1]" a piece of "[12]".
      if (!before || !BEFORE_MARK.test(before) || (after === marker[0] && /^(.)\1*$/u.test(marker))) continue;
      const pieces: NoteRun[] = [];
      if (at > 0) pieces.push({ kind: run.kind, text: run.text.slice(0, at) });
      pieces.push({ kind: run.kind, text: marker, note: id });
      if (at + marker.length < run.text.length) pieces.push({ kind: run.kind, text: run.text.slice(at + marker.length) });
      return [...runs.slice(0, r), ...pieces, ...runs.slice(r + 1)];
    }
  }
  return undefined;
}
