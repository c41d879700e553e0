/**
 * The Markdown export as others read it: rendered by pandoc (Debian's package) as pandoc
 * Markdown and as GitHub Markdown, numbers compared with the source's; and read again by Concord,
 * for every template and every file of tests/fixtures/corpus.
 */
import { describe, expect, it } from 'vitest';
import { declarationToMarkdown, readMarkdown } from '../../../shared/formats/markdown';
import { bodyShape, noteShape, realDeclarations } from '../../tools/declarations';
import { pandoc } from '../../tools/real-tools';
import { declaration, num } from './sample';

const numbered = declaration([
  { kind: 'title', text: 'Numbers as written' },
  { kind: 'paragraph', text: 'One.', number: num('1.', 'decimal', 1) },
  { kind: 'paragraph', text: 'Two.', number: num('2.', 'decimal', 2) },
  { kind: 'paragraph', text: 'Four, after a gap.', number: num('4.', 'decimal', 4) },
  { kind: 'subitem', text: 'first;', number: num('(a)', 'alpha-paren', 1) },
  { kind: 'subitem', text: 'second:', number: num('(b)', 'alpha-paren', 2) },
  { kind: 'subitem', text: 'nested one;', number: num('(i)', 'roman', 1), level: 2 },
  { kind: 'subitem', text: 'nested two;', number: num('(ii)', 'roman', 2), level: 2 },
  { kind: 'subitem', text: 'third.', number: num('(c)', 'alpha-paren', 3) },
  { kind: 'heading', text: 'Annex', number: num('II.', 'roman', 2) },
  { kind: 'paragraph', text: 'Restarted at one.', number: num('1.', 'decimal', 1) },
  { kind: 'paragraph', text: 'Then iv.', number: num('iv.', 'roman', 4) },
  { kind: 'paragraph', text: 'The ministers* met.', cites: ['*'] },
  { kind: 'footnote', text: 'Chile and Peru.', marker: '*', anchorBlockId: 'b14' },
]);

/** The paragraphs of pandoc's plain-text rendering. */
const paragraphs = (plain: string) => plain.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean);

describe('Markdown export rendered by pandoc', () => {
  it.each(['markdown', 'gfm'])('shows every number exactly as written (%s)', async (flavour) => {
    const plain = await pandoc(declarationToMarkdown(numbered).replace(/^---\n[\s\S]*?\n---\n/, ''), flavour, 'plain');
    expect(paragraphs(plain)).toEqual([
      'Numbers as written', '1. One.', '2. Two.', '4. Four, after a gap.', '(a) first;', '(b) second:', '(i) nested one;', '(ii) nested two;', '(c) third.',
      'II. Annex', '1. Restarted at one.', 'iv. Then iv.', 'The ministers* met.', '* Chile and Peru.',
    ]);
  });

  it.each(['markdown', 'gfm'])('renders a "*" note call as a superscript "*" (%s)', async (flavour) => {
    const html = await pandoc(declarationToMarkdown(numbered), flavour, 'html');
    expect(html).toContain('ministers<sup>*</sup> met');
    expect(html).not.toContain('footnote-ref');
  });

  it('renders notes numbered 1, 2 in citation order as real footnotes', async () => {
    const decl = declaration([
      { kind: 'paragraph', text: 'We agree[1] and act[2].', cites: ['[1]', '[2]'] },
      { kind: 'footnote', text: 'One.', marker: '[1]' },
      { kind: 'footnote', text: 'Two.', marker: '[2]' },
    ]);
    const html = await pandoc(declarationToMarkdown(decl), 'markdown', 'html');
    expect([...html.matchAll(/class="footnote-ref"[^>]*><sup>(\d+)<\/sup>/g)].map((m) => m[1])).toEqual(['1', '2']);
    expect(html).toMatch(/<li id="fn1"[^>]*>\s*<p>One\./);
  });
});

describe('Concord reads its own Markdown back', () => {
  it.each(realDeclarations().map((d) => [d.name, d.declaration] as const))('%s: same blocks, numbers and notes', (name, decl) => {
    const back = readMarkdown(declarationToMarkdown(decl), { name }).declaration;
    expect(bodyShape(back)).toEqual(bodyShape(decl));
    expect(noteShape(back)).toEqual(noteShape(decl));
    expect(back.title).toBe(decl.title);
  });
});
