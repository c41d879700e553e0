import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDeclarationBrackets } from '../../../shared/negotiation/draft-lines';
import { readDeclarationText } from '../../../shared/text/read';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const read = (name: string, text = readFileSync(new URL(name, corpus), 'utf8')) => readDeclarationText(text, { name }).declaration;

describe('brackets of a UN resolution', () => {
  it.each(readdirSync(corpus).filter((f) => /^un-ga-res-80-\d+\.md$/u.test(f)))('%s has no open bracket: its header\'s committee line is the record, not a proposal', (name) => {
    const decl = read(name);
    expect(decl.blocks.some((b) => b.kind === 'meta' && /^\[.*Committee.*\]$/u.test(b.text))).toBe(true);
    expect(readDeclarationBrackets(decl).parse.brackets).toEqual([]);
  });

  it('still counts a bracket in a draft\'s details line and in its text', () => {
    const decl = read('draft.txt', 'Joint Statement\n\n[Paris], [date]\n\n1. We [agree][decide] to act.\n');
    const brackets = readDeclarationBrackets(decl).parse.brackets;
    expect(brackets.length).toBeGreaterThanOrEqual(3);
  });
});
