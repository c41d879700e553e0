/**
 * Turns a read declaration into library clauses at two grains: each prose paragraph, and each
 * sentence of a paragraph that has more than one. Titles, meta lines, headings, footnotes,
 * party lists and signatures are not agreed language and are left out.
 */
import type { Block, BlockKind, Clause, ClauseSource, Declaration } from '../model';
import { hashText, sameTextForm } from './fingerprint';
import { sentencesOf } from './sentences';
import { wordCount } from './terms';

const PROSE: ReadonlySet<BlockKind> = new Set<BlockKind>(['preamble', 'paragraph', 'subitem']);

/** Below this many words a piece is a fragment ("Jointly propose to:"), not a reusable clause. */
export const MIN_CLAUSE_WORDS = 3;

/** The id a clause text gets: equal texts (by `sameTextForm`) share it across declarations. */
export function clauseId(grain: Clause['grain'], text: string): string {
  return `${grain === 'paragraph' ? 'p' : 's'}-${hashText(sameTextForm(text))}`;
}

/** The paragraph and sentence clauses of a declaration, in document order, one source each. */
export function clausesOf(decl: Declaration): Clause[] {
  const clauses: Clause[] = [];
  let heading: string | undefined;
  for (const block of decl.blocks) {
    if (block.kind === 'heading') heading = collapse(block.text) || undefined;
    if (!PROSE.has(block.kind)) continue;
    const text = collapse(withoutMarkers(block.text, block.cites));
    if (wordCount(text) < MIN_CLAUSE_WORDS) continue;
    const source = sourceOf(decl, block, heading);
    clauses.push({ id: clauseId('paragraph', text), grain: 'paragraph', text, sources: [source] });
    const sentences = sentencesOf(text);
    if (sentences.length < 2) continue;
    for (const sentence of sentences) {
      if (wordCount(sentence) < MIN_CLAUSE_WORDS) continue;
      clauses.push({ id: clauseId('sentence', sentence), grain: 'sentence', text: sentence, sources: [source] });
    }
  }
  return clauses;
}

function sourceOf(decl: Declaration, block: Block, heading: string | undefined): ClauseSource {
  return {
    declarationId: decl.id,
    title: decl.title,
    blockId: block.id,
    ...(heading === undefined ? {} : { heading }),
    ...(decl.date === undefined ? {} : { date: decl.date }),
    parties: decl.parties,
  };
}

/**
 * The text without the footnote markers it cites ("We* recognize", "partners*,"): a marker is
 * the source's apparatus, not part of the language another declaration would reuse.
 */
function withoutMarkers(text: string, cites: string[]): string {
  let clean = text;
  for (const marker of cites) {
    const escaped = marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    clean = clean.replace(new RegExp(`(?<=[\\p{L}\\p{N})”’"'])${escaped}(?![\\p{L}\\p{N}*])`, 'gu'), '');
  }
  return clean;
}

function collapse(text: string): string {
  // Most texts have no run of spaces and no other white space: only their ends to trim.
  if (!/[^\S ]| {2}/.test(text)) return text.trim();
  return text.replace(/\s+/g, ' ').trim();
}
