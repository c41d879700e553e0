import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeclarationText } from '../../../shared/text/read';

describe('option lines of a negotiation text', () => {
  it('start their own paragraph even in a file wrapped at a fixed width', () => {
    const text = readFileSync(new URL('../../fixtures/negotiation-e2e/water-bracketed.txt', import.meta.url), 'utf8');
    const blocks = readDeclarationText(text, { name: 'water-bracketed.txt' }).declaration.blocks.map((b) => b.text);
    expect(blocks.some((t) => t.startsWith('Option 1: Parties shall notify'))).toBe(true);
    expect(blocks.some((t) => t.startsWith('Option 2 (G77): Parties are encouraged'))).toBe(true);
    expect(blocks.find((t) => t.includes('[by 2030/by 2035]'))).not.toContain('Option 1');
  });
});
