/**
 * Turns a read declaration into library clauses at two grains: each prose paragraph, and each
 * sentence of a paragraph that has more than one. Titles, meta lines, headings, footnotes,
 * party lists and signatures are not agreed language and are left out.
 */
import type { Block, BlockKind, Clause, ClauseSource, Declaration } from '../model';
import { hashText, sameTextForm } from './fingerprint';
import { sentenceSpans } from './sentences';
import { hasWords } from './terms';

const PROSE: ReadonlySet<BlockKind> = new Set<BlockKind>(['preamble', 'paragraph', 'subitem']);

/** Below this many words a piece is a fragment ("Jointly propose to:"), not a reusable clause. */
export const MIN_CLAUSE_WORDS = 3;

/** The id a clause text gets: equal texts (by `sameTextForm`) share it across declarations. */
export function clauseId(grain: Clause['grain'], text: string): string {
  return `${grain === 'paragraph' ? 'p' : 's'}-${hashText(sameTextForm(text))}`;
}

/** A sentence clause of a paragraph: its id, text and where it stands in the paragraph's clause text. */
export interface SentenceClause {
  id: string;
  text: string;
  start: number;
  end: number;
}

/** A prose paragraph as the library files it: its clause text and id, block, heading and sentence clauses. */
export interface ParagraphClause {
  id: string;
  text: string;
  block: Block;
  heading: string | undefined;
  /** Empty for a paragraph of one sentence. */
  sentences: SentenceClause[];
}

/** The paragraphs of a declaration that are clauses, in document order, each with its sentence clauses. */
export function paragraphClausesOf(decl: Declaration): ParagraphClause[] {
  const paragraphs: ParagraphClause[] = [];
  let heading: string | undefined;
  for (const block of decl.blocks) {
    if (block.kind === 'heading') heading = collapse(block.text) || undefined;
    if (!PROSE.has(block.kind)) continue;
    const text = collapse(withoutMarkers(block.text, block.cites));
    if (!hasWords(text, MIN_CLAUSE_WORDS)) continue;
    const sentences: SentenceClause[] = [];
    const spans = sentenceSpans(text);
    for (const { start, end } of spans.length < 2 ? [] : spans) {
      const sentence = text.slice(start, end);
      if (hasWords(sentence, MIN_CLAUSE_WORDS)) sentences.push({ id: clauseId('sentence', sentence), text: sentence, start, end });
    }
    paragraphs.push({ id: clauseId('paragraph', text), text, block, heading, sentences });
  }
  return paragraphs;
}

/** The paragraph and sentence clauses of a declaration, in document order, one source each. */
export function clausesOf(decl: Declaration): Clause[] {
  const clauses: Clause[] = [];
  for (const { id, text, block, heading, sentences } of paragraphClausesOf(decl)) {
    const source = sourceOf(decl, block, heading);
    clauses.push({ id, grain: 'paragraph', text, sources: [source] });
    for (const sentence of sentences) clauses.push({ id: sentence.id, grain: 'sentence', text: sentence.text, sources: [source] });
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
