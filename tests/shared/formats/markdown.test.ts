import { describe, expect, it } from 'vitest';
import { declarationToMarkdown, readMarkdown } from '../../../shared/formats/markdown';
import { declaration, num, sample, type Spec } from './sample';

describe('declarationToMarkdown', () => {
  it.each<[Spec, string]>([
    [{ kind: 'title', text: 'Water & Peace' }, '# Water & Peace'],
    [{ kind: 'heading', text: 'Aims', number: num('I.', 'roman', 1) }, '## I. Aims'],
    [{ kind: 'paragraph', text: 'We *agree* on [this].', number: num('1.', 'decimal', 1) }, '1. We \\*agree\\* on \\[this\\].'],
    [{ kind: 'preamble', text: '2020 was hard.' }, '2020 was hard.'],
    [{ kind: 'preamble', text: '2020. A year.' }, '2020\\. A year.'],
    [{ kind: 'preamble', text: '# not a heading' }, '\\# not a heading'],
    [{ kind: 'parties', text: 'Chile\nPeru', parties: ['Chile', 'Peru'] }, '- Chile\n- Peru'],
    [{ kind: 'signature', text: 'Done at Lima\n1 May 2020' }, 'Done at Lima\\\n1 May 2020'],
  ])('writes %j', (block, expected) => {
    expect(declarationToMarkdown(declaration([block]))).toBe(`${expected}\n`);
  });

  it('writes footnotes as Markdown footnotes at their markers', () => {
    const md = declarationToMarkdown(sample);
    expect(md).toContain('partner countries[^*], met');
    expect(md).toContain('Secretariat[^**].');
    expect(md).toMatch(/\[\^\*\]: Kenya, Nepal and Serbia\.\n\n\[\^\*\*\]: Document A\/79\/1\.\n$/);
  });
});

describe('readMarkdown', () => {
  const read = (markdown: string) => readMarkdown(markdown, { name: 'x.md' }).declaration;
  it.each<[string, string[]]>([
    ['# Title\n\nText', ['Title', 'Text']],
    ['Setext-free **bold** and _em_ and `code`', ['Setext-free bold and em and code']],
    ['A [link](http://x.org) and ![img](a.png)', ['A link and img']],
    ['We agree[^1].\n\n[^1]: A note.', ['We agree[1].', 'A note.']],
    ['Soft\nwrapped line', ['Soft wrapped line']],
    ['- Chile\n- Peru', ['Chile', 'Peru']],
    ['1\\. not a list \\*', ['not a list *']],
  ])('reads %j', (markdown, texts) => {
    expect(read(markdown).blocks.map((b) => b.text)).toEqual(texts);
  });

  it('keeps emphasis and links as marks', () => {
    const [block] = read('Setext-free **bold** and _em_, see [the text](http://x.org).').blocks;
    expect(block?.marks).toEqual([
      { from: 12, to: 16, type: 'bold' },
      { from: 21, to: 23, type: 'italic' },
      { from: 29, to: 37, type: 'link', href: 'http://x.org' },
    ]);
  });

  it('links a footnote to the paragraph citing it', () => {
    const blocks = read('We agree[^1].\n\n[^1]: A note.').blocks;
    expect(blocks[1]).toMatchObject({ kind: 'footnote', marker: '[1]', anchorBlockId: blocks[0]?.id });
  });

  it('reads back the text and numbers Markdown export wrote (parties as a bulleted list)', () => {
    const again = read(declarationToMarkdown(sample));
    const lines = (blocks: typeof sample.blocks) => blocks.flatMap((b) => (b.kind === 'parties' ? b.parties : [`${b.number?.style === 'bullet' ? '' : (b.number?.raw ?? '')} ${b.text}`.trim()]));
    expect(lines(again.blocks)).toEqual(lines(sample.blocks));
    expect(again.blocks.filter((b) => b.kind === 'footnote').map((b) => [b.marker, b.anchorBlockId !== undefined])).toEqual([['*', true], ['**', true]]);
  });
});
