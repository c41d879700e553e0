import { describe, expect, it } from 'vitest';
import { declarationToMarkdown, markdownToText } from '../../../shared/formats/markdown';
import { declarationToText } from '../../../shared/formats/plain';
import { declaration, num, sample, type Spec } from './sample';

describe('declarationToMarkdown', () => {
  it.each<[Spec, string]>([
    [{ kind: 'title', text: 'Water & Peace' }, '# Water & Peace'],
    [{ kind: 'heading', text: 'Aims', number: num('I.', 'roman', 1) }, '## I. Aims'],
    [{ kind: 'paragraph', text: 'We *agree* on [this].', number: num('1.', 'decimal', 1) }, '1\\. We \\*agree\\* on \\[this\\].'],
    [{ kind: 'subitem', text: 'share data;', number: num('(a)', 'alpha-paren', 1) }, '(a\\) share data;'],
    [{ kind: 'subitem', text: 'on water;', number: num('iv.', 'roman', 4) }, 'iv\\. on water;'],
    [{ kind: 'preamble', text: '2020 was hard.' }, '2020 was hard.'],
    [{ kind: 'preamble', text: '2020. A year.' }, '2020\\. A year.'],
    [{ kind: 'preamble', text: '# not a heading' }, '\\# not a heading'],
    [{ kind: 'parties', text: 'Chile\nPeru', parties: ['Chile', 'Peru'] }, '- Chile\n- Peru'],
    [{ kind: 'signature', text: 'Done at Lima\n1 May 2020' }, 'Done at Lima\\\n1 May 2020'],
  ])('writes %j', (block, expected) => {
    expect(declarationToMarkdown(declaration([block]))).toBe(`${expected}\n`);
  });

  it('writes "*" notes with their own marks: a superscript call, the note after the text', () => {
    const md = declarationToMarkdown(sample);
    expect(md).toContain('partner countries<sup>\\*</sup>, met');
    expect(md).toContain('Secretariat<sup>\\*\\*</sup>.');
    expect(md).toMatch(/\\\* Kenya, Nepal and Serbia\.\n\n\\\*\\\* Document A\/79\/1\.\n$/);
  });

  it('writes notes numbered 1, 2... in citation order as Markdown footnotes', () => {
    const md = declarationToMarkdown(declaration([
      { kind: 'paragraph', text: 'We agree[1] and act[2].', cites: ['[1]', '[2]'] },
      { kind: 'footnote', text: 'One.', marker: '[1]' },
      { kind: 'footnote', text: 'Two.', marker: '[2]' },
    ]));
    expect(md).toBe('We agree[^1] and act[^2].\n\n[^1]: One.\n\n[^2]: Two.\n');
  });
});

describe('markdownToText', () => {
  it.each([
    ['# Title\n\nText', 'Title\n\nText\n'],
    ['Setext-free **bold** and _em_ and `code`', 'Setext-free bold and em and code\n'],
    ['A [link](http://x.org) and ![img](a.png)', 'A link and\n'],
    ['We agree[^1].\n\n[^1]: A note.', 'We agree[1].\n\n[1] A note.\n'],
    ['Soft\nwrapped line', 'Soft wrapped line\n'],
    ['Hard\\\nbreak', 'Hard\nbreak\n'],
    ['- Chile\n- Peru', '- Chile\n- Peru\n'],
    ['> quoted\n\n---\n\nafter', 'quoted\n\nafter\n'],
    ['1\\. not a list \\*', '1. not a list *\n'],
  ])('reads %j', (markdown, text) => {
    expect(markdownToText(markdown)).toBe(text);
  });

  it('gives back the plain text of what Markdown export wrote, parties as a list', () => {
    const plain = declarationToText(sample).replace('Kenya\nNepal\nSerbia', '- Kenya\n- Nepal\n- Serbia');
    expect(markdownToText(declarationToMarkdown(sample))).toBe(plain);
  });
});
