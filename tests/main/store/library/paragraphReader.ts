/**
 * A stand-in for the reading pipeline in store tests: UTF-8, refuses NUL bytes, first line is
 * the title, blank-line separated paragraphs. Enough for the store, which only needs a
 * Declaration per file and an error for a bad one.
 */
import { createHash } from 'node:crypto';
import type { Block } from '../../../../shared/model';
import type { DeclarationReader } from '../../../../main/store/library/local';

/** Reads a test file into a Declaration. */
export const readParagraphs: DeclarationReader = (bytes, source) => {
  if (bytes.includes(0)) throw new Error('This file is not text (it contains NUL bytes).');
  const text = new TextDecoder('utf-8').decode(bytes);
  const [title = '', ...rest] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const blocks: Block[] = rest.map((p, i) => ({ id: `b${i + 1}`, kind: 'paragraph', text: p, level: 1, span: { start: 0, end: 0 }, cites: [], parties: [] }));
  const hash = createHash('sha256').update(bytes).digest('hex');
  return { declaration: { id: source.id ?? hash.slice(0, 16), title, parties: [], text, blocks, source: { name: source.name, hash } } };
};
