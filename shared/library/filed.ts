/**
 * A declaration as the library files it: its entry and its paragraph clauses with their sentence
 * clauses, as plain data. Reading it (collapsing, sentence splitting, clause ids) is a third of
 * an index build and needs nothing of the index, so a big build does it in a worker of its own,
 * ahead of the one indexing (main/store/library/build-in-worker.ts). It also finds each
 * paragraph's words and tokens and hashes them (`Scan`): the index then only looks them up.
 */
import type { Declaration } from '../model';
import { paragraphClausesOf } from './clauses';
import type { LibraryDeclaration } from './format';
import { hashRange } from './key-table';
import { scanWords } from './terms';
import { tokenEnd } from './text-column';

/** A sentence clause as the range [start, end) of its paragraph's clause text. */
export interface FiledSentence {
  id: string;
  start: number;
  end: number;
}

/** A paragraph clause, its block and heading, and its sentence clauses (none for one sentence). */
export interface FiledParagraph {
  id: string;
  text: string;
  blockId: string;
  heading?: string;
  sentences: FiledSentence[];
  /** Where its words and its tokens are in the declaration's `scans` (see Scan). */
  words: number;
  tokens: number;
}

export interface FiledDeclaration {
  entry: LibraryDeclaration;
  paragraphs: FiledParagraph[];
  /** The words and tokens of all its paragraphs: one array, which a worker sends in one copy. */
  scans: Int32Array;
}

/**
 * A paragraph's words and tokens in `data`, as the index would find them: at `words` a count,
 * then start, end and hashRange of each word (terms.ts scanWords); at `tokens` a count, then
 * end and hashRange of each token (text-column.ts tokenEnd), from the start of the text.
 */
export interface Scan {
  data: Int32Array;
  words: number;
  tokens: number;
}

/** What the library keeps of a declaration, in the order it adds the clauses. */
export function filedDeclarationOf(decl: Declaration): FiledDeclaration {
  const entry: LibraryDeclaration = {
    id: decl.id,
    title: decl.title,
    name: decl.source.name,
    ...(decl.date === undefined ? {} : { date: decl.date }),
    parties: decl.parties,
    hash: decl.source.hash,
  };
  const scans: number[] = [];
  const paragraphs = paragraphClausesOf(decl).map(({ id, text, block, heading, sentences }) => ({
    id,
    text,
    blockId: block.id,
    ...(heading === undefined ? {} : { heading }),
    sentences: sentences.map(({ id: sentence, start, end }) => ({ id: sentence, start, end })),
    words: counted(scans, (found) => scanWords(text, (start, end) => void found(start, end, hashRange(text, start, end)))),
    tokens: counted(scans, (found) => {
      for (let at = 0; at < text.length; ) {
        const end = tokenEnd(text, at);
        found(end, hashRange(text, at, end));
        at = end;
      }
    }),
  }));
  return { entry, paragraphs, scans: Int32Array.from(scans) };
}

/** Appends a count and the values `fill` finds, in groups; returns where the count stands. */
function counted(into: number[], fill: (found: (...values: number[]) => void) => void): number {
  const at = into.push(0) - 1;
  fill((...values) => {
    into.push(...values);
    into[at] = (into[at] as number) + 1;
  });
  return at;
}
