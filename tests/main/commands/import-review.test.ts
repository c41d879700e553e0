import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli';

const file = fileURLToPath(new URL('../../fixtures/review/review-two-authors.docx', import.meta.url));

describe('npm run cli -- import FILE.docx --json', () => {
  it("lists a Word file's suggestions and comments with authors, dates, words and replies", async () => {
    const { output, code } = await runCli(['import', file, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(String(output)) as { blocks: unknown[]; review: { suggestions: { kind: string; author: string; date: string; text: string }[]; comments: { author: string; anchor: string; replies: unknown[] }[] } };
    expect(json.blocks.length).toBeGreaterThan(0);
    expect(json.review.suggestions).toContainEqual(expect.objectContaining({ kind: 'insert', author: 'Ana Ortiz', date: '2026-03-02T09:00:00Z', text: 'deepen' }));
    expect(json.review.comments).toContainEqual(expect.objectContaining({ author: 'Ben Ngata', anchor: 'review progress', replies: [] }));
  });
});
