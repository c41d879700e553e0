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
  const scans = new ScanWriter();
  const paragraphs = paragraphClausesOf(decl).map(({ id, text, block, heading, sentences }) => ({
    id,
    text,
    blockId: block.id,
    ...(heading === undefined ? {} : { heading }),
    sentences: sentences.map(({ id: sentence, start, end }) => ({ id: sentence, start, end })),
    words: scans.words(text),
    tokens: scans.tokens(text),
  }));
  return { entry, paragraphs, scans: scans.data.slice(0, scans.length) };
}

/** Scans written one after another into a growing array (see Scan). */
class ScanWriter {
  data = new Int32Array(4096);
  length = 0;

  /** Writes the words of a text; returns where they start. */
  words(text: string): number {
    const at = this.count();
    scanWords(text, (start, end) => {
      this.put(start, end, hashRange(text, start, end));
      this.data[at] = (this.data[at] as number) + 1;
    });
    return at;
  }

  /** Writes the tokens of a text; returns where they start. */
  tokens(text: string): number {
    const at = this.count();
    for (let start = 0; start < text.length; ) {
      const end = tokenEnd(text, start);
      this.put(end, hashRange(text, start, end));
      this.data[at] = (this.data[at] as number) + 1;
      start = end;
    }
    return at;
  }

  private count(): number {
    this.put(0);
    return this.length - 1;
  }

  private put(a: number, b?: number, c?: number): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = a;
    if (b !== undefined) this.data[this.length++] = b;
    if (c !== undefined) this.data[this.length++] = c;
  }
}
