import { describe, expect, it } from 'vitest';
import { declarationToMarkdown, readMarkdown } from '../../../shared/formats/markdown';
import { declaration, num, sample, type Spec } from './sample';

/** The export without its front matter (title, date and origin as YAML). */
const body = (md: string) => md.replace(/^---\n[\s\S]*?\n---\n\n/, '');

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
    [{ kind: 'preamble', text: 'See the report.', marks: [{ from: 8, to: 14, type: 'link', href: 'https://un.org/r' }] }, 'See the [report](https://un.org/r).'],
    // Only web and mail addresses are written as links, as the HTML, Word and AKN writers do.
    [{ kind: 'preamble', text: 'See the report.', marks: [{ from: 8, to: 14, type: 'link', href: 'javascript:alert(1)' }] }, 'See the report.'],
  ])('writes %j', (block, expected) => {
    expect(body(declarationToMarkdown(declaration([block])))).toBe(`${expected}\n`);
  });

  it('writes the title, date and origin as front matter', () => {
    const md = declarationToMarkdown({ ...sample, date: '2024-03-03', details: [{ name: 'Source', value: 'https://example.org/s' }] });
    expect(md.startsWith('---\ntitle: "Joint Statement of the Ministerial Meeting on Water & Sanitation"\ndate: "2024-03-03"\nsource_url: "https://example.org/s"\n---\n\n# ')).toBe(true);
  });

  it('writes "*" notes with their own marks: a superscript call, the note after the text', () => {
    const md = declarationToMarkdown(sample);
    expect(md).toContain('partner countries<sup>\\*</sup>, met');
    expect(md).toContain('Secretariat<sup>\\*\\*</sup>.');
    expect(md).toMatch(/<sup>\\\*<\/sup> Kenya, Nepal and Serbia\.\n\n<sup>\\\*\\\*<\/sup> Document A\/79\/1\.\n$/);
  });

  it('writes notes numbered 1, 2... in citation order as Markdown footnotes', () => {
    const md = body(declarationToMarkdown(declaration([
      { kind: 'paragraph', text: 'We agree[1] and act[2].', cites: ['[1]', '[2]'] },
      { kind: 'footnote', text: 'One.', marker: '[1]' },
      { kind: 'footnote', text: 'Two.', marker: '[2]' },
    ])));
    expect(md).toBe('We agree[^1] and act[^2].\n\n[^1]: One.\n\n[^2]: Two.\n');
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

  it('reads an autolink as its address, linked (GitHub writes bare addresses so)', () => {
    const [block] = read('See <https://milex-reporting.unoda.org/en/states>. Not <b>a link</b> or <file:///etc/passwd>.').blocks;
    expect(block?.text).toBe('See https://milex-reporting.unoda.org/en/states. Not a link or <file:///etc/passwd>.');
    expect(block?.marks).toEqual([{ from: 4, to: 47, type: 'link', href: 'https://milex-reporting.unoda.org/en/states' }]);
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

  it('reads back sub-items numbered like their paragraph ("1." under "1.") at their depth', () => {
    const draft = declaration([
      { kind: 'heading', text: 'Purpose' },
      { kind: 'paragraph', text: 'This Agreement aims to:', number: num('1.', 'decimal', 1) },
      { kind: 'subitem', level: 2, text: 'hold the increase in temperature;', number: num('1.', 'decimal', 1) },
      { kind: 'subitem', level: 2, text: 'increase the ability to adapt.', number: num('2.', 'decimal', 2) },
      { kind: 'paragraph', text: 'Parties shall report.', number: num('2.', 'decimal', 2) },
    ]);
    const depth = (blocks: typeof draft.blocks) => blocks.map((b) => `${b.kind} ${b.level} ${b.number?.raw ?? ''}`);
    expect(depth(read(declarationToMarkdown(draft)).blocks)).toEqual(depth(draft.blocks));
  });
});
