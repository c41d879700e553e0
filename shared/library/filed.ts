/**
 * A declaration as the library files it: its entry and its paragraph clauses with their sentence
 * clauses, as plain data. Reading it (collapsing, sentence splitting, clause ids) is a third of
 * an index build and needs nothing of the index, so a big build does it in a worker of its own,
 * ahead of the one indexing (main/store/library/build-in-worker.ts).
 */
import type { Declaration } from '../model';
import { paragraphClausesOf } from './clauses';
import type { LibraryDeclaration } from './format';

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
}

export interface FiledDeclaration {
  entry: LibraryDeclaration;
  paragraphs: FiledParagraph[];
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
  const paragraphs = paragraphClausesOf(decl).map(({ id, text, block, heading, sentences }) => ({
    id,
    text,
    blockId: block.id,
    ...(heading === undefined ? {} : { heading }),
    sentences: sentences.map(({ id: sentence, start, end }) => ({ id: sentence, start, end })),
  }));
  return { entry, paragraphs };
}
