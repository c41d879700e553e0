/**
 * Word and paragraph counts for the status bar. Counting a 60,000-word draft on every keystroke
 * is wasteful, so each block version is counted once.
 */
import type { Node } from 'prosemirror-model';

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
    let paragraphs = 0;
    if (block.isTextblock) paragraphs = block.content.size > 0 ? 1 : 0;
    else block.forEach((child) => (paragraphs += child.content.size > 0 ? 1 : 0));
    stats = { words: countWords(block.textBetween(0, block.content.size, ' ', ' ')), paragraphs };
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
