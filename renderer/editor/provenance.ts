/**
 * The negotiator's question, per paragraph: is this agreed language? A block that came from an
 * earlier declaration is verbatim while its text equals the source text, edited once it differs
 * (with the word diff to show how), and a block with no source is new language.
 */
import type { Node } from 'prosemirror-model';
import type { Provenance } from '../../shared/model';
import { wordDiff } from '../../shared/diff/words';
import type { WordDiff } from '../../shared/diff/schemas';
import { blockText, provenanceOf } from './schema';
import { acceptedText } from './review/accepted-text';

/** One piece of the word diff from the source text to the current text. */
export type DiffOp = WordDiff['ops'][number];

/** How long one paragraph's diff may take before it is shown as a whole replacement. */
const DIFF_BUDGET_MS = 25;

/** Where a block's language stands against its source. */
export type ProvenanceStatus =
  | { kind: 'verbatim'; provenance: Provenance }
  | { kind: 'edited'; provenance: Provenance; wordsChanged: number; ops: DiffOp[] }
  | { kind: 'new' };

const NEW: ProvenanceStatus = { kind: 'new' };

// Nodes are immutable and unchanged blocks keep their identity across transactions, so a
// keystroke only diffs the block it touched.
const cache = new WeakMap<Node, ProvenanceStatus>();

/** The status of one top-level block; computed once per block version. */
export function provenanceStatus(block: Node): ProvenanceStatus {
  const cached = cache.get(block);
  if (cached) return cached;
  const status = computeStatus(block);
  cache.set(block, status);
  return status;
}

function computeStatus(block: Node): ProvenanceStatus {
  const provenance = provenanceOf(block);
  if (!provenance) return NEW;
  // The language as it reads with every suggestion accepted.
  const text = blockText(block, acceptedText);
  if (text === provenance.text) return { kind: 'verbatim', provenance };
  const diff = wordDiff(provenance.text, text, { deadline: performance.now() + DIFF_BUDGET_MS });
  // Only spacing differs: the words and punctuation a negotiator agreed are all there.
  if (diff.ops.every((op) => op.kind === 'equal')) return { kind: 'verbatim', provenance };
  // A replaced word counts once, not as one deletion plus one insertion; a change of
  // punctuation alone still makes the language edited, with 0 words changed.
  const wordsChanged = Math.max(diff.inserted, diff.deleted);
  return { kind: 'edited', provenance, wordsChanged, ops: diff.ops };
}

/** The short gutter label of a status: "verbatim", "edited · 3 words", "new". */
export function statusLabel(status: ProvenanceStatus): string {
  if (status.kind === 'edited' && status.wordsChanged === 0) return 'edited · punctuation';
  if (status.kind === 'edited') return `edited · ${status.wordsChanged} ${status.wordsChanged === 1 ? 'word' : 'words'}`;
  return status.kind;
}

/**
 * The blocks that hold negotiated language. Title, meta lines, headings, parties and signature
 * keep their provenance for the record, but asking "is this agreed language?" of them is noise.
 */
const LANGUAGE_KINDS = new Set(['preamble', 'numbered', 'paragraph', 'subitem', 'footnote']);

/** Whether a block takes part in the provenance question (an empty new block has no language yet). */
export function hasLanguage(block: Node): boolean {
  return LANGUAGE_KINDS.has(block.type.name) && (block.content.size > 0 || provenanceOf(block) !== null);
}
