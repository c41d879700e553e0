/**
 * Word and paragraph counts for the status bar. Counting a 60,000-word draft on every keystroke
 * is wasteful, so each block version is counted once. Counts are those of the text with every
 * suggestion accepted.
 */
import type { Node } from 'prosemirror-model';
import { acceptedWords } from './review/accepted-text';

/** What the status bar shows. */
export interface DraftStats {
  words: number;
  /** Blocks that hold text, the way a reader counts paragraphs (empty lines do not count). */
  paragraphs: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The number of words in a text: letters and digits, with inner apostrophes, dots and hyphens. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

const cache = new WeakMap<Node, DraftStats>();

function blockStats(block: Node): DraftStats {
  let stats = cache.get(block);
  if (!stats) {
    const texts: string[] = [];
    if (block.isTextblock) texts.push(acceptedWords(block));
    else block.forEach((child) => texts.push(child.isTextblock ? acceptedWords(child) : ''));
    const paragraphs = texts.filter((t) => t.length > 0).length;
    stats = { words: countWords(texts.join(' ')), paragraphs };
    cache.set(block, stats);
  }
  return stats;
}

/** Words and paragraphs of a whole draft. */
export function draftStats(doc: Node): DraftStats {
  const total: DraftStats = { words: 0, paragraphs: 0 };
  doc.forEach((block) => {
    const stats = blockStats(block);
    total.words += stats.words;
    total.paragraphs += stats.paragraphs;
  });
  return total;
}
