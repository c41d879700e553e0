import type { Draft } from '../../../shared/model';

/** A small valid draft whose paragraphs repeat `word` so versions are easy to tell apart. */
export function makeDraft(word: string, paragraphs = 3, updatedAt = new Date().toISOString()): Draft {
  return {
    format: 'concord',
    schemaVersion: 1,
    id: 'd1',
    title: `Draft ${word}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt,
    versions: [],
    doc: {
      type: 'doc',
      content: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `${word} ${i} `.repeat(20) }] })),
    },
  };
}
