/**
 * The compilation engine: N returns of one base text become one text in which every paragraph no
 * return changed stays as it was, and every proposal stands beside the base wording with the
 * delegations that made it. Each return is aligned with the base by the comparison's paragraph
 * alignment (shared/diff/align: edits, moves, insertions, deletions); the edited paragraphs are
 * then compiled word by word (paragraph-choices.ts). Pure and bounded by a time budget.
 */
import { alignParagraphs } from '../diff/align';
import { NO_IGNORE, paragraphKey } from '../diff/normalize';
import { paragraphSegments, type ParagraphEdit } from './paragraph-choices';
import { Compilation, CompileInput, type CompiledNote, type CompiledParagraph, type ReturnedText } from './schemas';

/** How long a compilation may take when the caller does not say. */
export const DEFAULT_COMPILE_BUDGET_MS = 20_000;

export interface CompileOptions {
  budgetMs?: number;
}

/** A paragraph some returns put between base paragraphs (`after`: -1 before the first). */
interface Insertion {
  after: number;
  text: string;
  /** The base paragraph this is the moved copy of. */
  movedFrom?: number;
  delegations: string[];
  notes: CompiledNote[];
}

/** What the returns did to one base paragraph. */
interface BaseFate {
  edits: ParagraphEdit[];
  deletedBy: string[];
  movedBy: string[];
  notes: CompiledNote[];
}

/** Compiles the returns of `base` into one bracketed, attributed text. */
export function compile(input: CompileInput, opts: CompileOptions = {}): Compilation {
  const started = performance.now();
  const { base, returns } = CompileInput.parse(input);
  const deadline = started + (opts.budgetMs ?? DEFAULT_COMPILE_BUDGET_MS);
  const fates: BaseFate[] = base.map(() => ({ edits: [], deletedBy: [], movedBy: [], notes: [] }));
  const insertions: Insertion[] = [];
  const baseKeys = base.map((t) => paragraphKey(t, NO_IGNORE));
  let complete = true;
  for (const ret of returns) {
    if (!readReturn(ret, base, baseKeys, fates, insertions, deadline)) complete = false;
  }
  const paragraphs: CompiledParagraph[] = [];
  const placeInsertions = (after: number) => {
    for (const ins of insertions) {
      if (ins.after !== after) continue;
      paragraphs.push({
        origin: ins.movedFrom === undefined ? { kind: 'inserted' } : { kind: 'moved', from: ins.movedFrom },
        segments: [{ kind: 'text', text: ins.text }],
        proposedBy: ins.delegations,
        deletedBy: [],
        movedBy: [],
        notes: ins.notes,
      });
    }
  };
  placeInsertions(-1);
  base.forEach((text, index) => {
    const fate = fates[index] ?? { edits: [], deletedBy: [], movedBy: [], notes: [] };
    paragraphs.push({
      origin: { kind: 'base', index },
      segments: fate.edits.length > 0 ? paragraphSegments(text, fate.edits, deadline) : text ? [{ kind: 'text', text }] : [],
      proposedBy: [],
      deletedBy: fate.deletedBy,
      movedBy: fate.movedBy,
      notes: fate.notes,
    });
    placeInsertions(index);
  });
  const delegations = [...new Set(returns.map((r) => r.delegation))];
  const notice = complete ? undefined : 'Some returns took longer than the time budget to align: their edited or moved paragraphs were compiled as deleted and inserted ones.';
  return Compilation.parse({ delegations, paragraphs, ...(notice ? { notice } : {}) });
}

/** Records what one return did to each base paragraph; false when the deadline cut the alignment short. */
function readReturn(ret: ReturnedText, base: readonly string[], baseKeys: string[], fates: BaseFate[], insertions: Insertion[], deadline: number): boolean {
  const who = ret.delegation;
  const texts = ret.paragraphs;
  const alignment = alignParagraphs(baseKeys, texts.map((t) => paragraphKey(t, NO_IGNORE)), [...base], texts, deadline);
  // Where each returned paragraph went, so that its comments follow it.
  const target = new Map<number, BaseFate | Insertion>();
  let lastBase = -1;
  for (const row of alignment.rows) {
    const movedTo = row.move?.end === 'to';
    if (row.a.length === 0 || movedTo) {
      const from = movedTo ? row.a[0] : undefined;
      for (const j of row.b) {
        const ins = insertionAt(insertions, lastBase, texts[j] ?? '', from, who);
        target.set(j, ins);
      }
      continue;
    }
    const first = row.a[0] ?? 0;
    lastBase = row.a[row.a.length - 1] ?? lastBase;
    const fate = fates[first];
    if (!fate) continue;
    if (row.move?.end === 'from') {
      fate.movedBy.push(who);
      continue;
    }
    if (row.b.length === 0) {
      for (const i of row.a) fates[i]?.deletedBy.push(who);
      continue;
    }
    // A paragraph split in two is one proposal for it; paragraphs merged into one: the first takes the text, the rest are deleted.
    const text = row.b.map((j) => texts[j] ?? '').join(' ');
    if (text !== base[first]) fate.edits.push({ delegation: who, text });
    for (const i of row.a.slice(1)) fates[i]?.deletedBy.push(who);
    for (const j of row.b) target.set(j, fate);
  }
  for (const c of ret.comments) target.get(c.paragraph)?.notes.push({ delegation: who, text: c.text });
  return alignment.complete;
}

/** The insertion of `text` after base paragraph `after`, shared with every delegation that put the same there. */
function insertionAt(insertions: Insertion[], after: number, text: string, movedFrom: number | undefined, who: string): Insertion {
  const same = insertions.find((i) => i.after === after && i.text === text && i.movedFrom === movedFrom);
  if (same) {
    if (!same.delegations.includes(who)) same.delegations.push(who);
    return same;
  }
  const ins: Insertion = { after, text, delegations: [who], notes: [], ...(movedFrom === undefined ? {} : { movedFrom }) };
  insertions.push(ins);
  return ins;
}
