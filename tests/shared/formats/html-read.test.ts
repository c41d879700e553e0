import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities, htmlToText, readHtml } from '../../../shared/formats/html-read';

const page = (content: string) =>
  `<!DOCTYPE html><html><head><title>Site</title><style>p{color:red}</style><script>document.write("<p>x</p>")</script></head>
<body><header><a href="/">Home</a> &gt; News</header><nav><ul><li>About<li>Contact</ul></nav>
${content}<footer>© 2020 | top of page</footer></body></html>`;

describe('htmlToText', () => {
  it.each([
    ['paragraphs', '<div><p>One &amp; two.</p><p>Three\n   four.</p></div>', 'One & two.\n\nThree four.'],
    ['unclosed paragraphs', '<div><p>One<p>Two</div>', 'One\n\nTwo'],
    ['ordered lists with their start', '<div><p>Intro text here</p><ol start="3"><li>Three<li>Four</ol></div>', 'Intro text here\n\n3. Three\n4. Four'],
    ['line breaks', '<div><p>Done at Lima<br>1 May 2020</p></div>', 'Done at Lima\n1 May 2020'],
    ['table cells as lines', '<div><p>Parties:</p><table><tr><td>Chile<td>Peru</table></div>', 'Parties:\n\nChile\nPeru'],
    ['comments', '<div><p>Kept<!-- <p>dropped</p> --></p></div>', 'Kept'],
  ])('reads %s', (_name, content, expected) => {
    expect(htmlToText(page(content))).toBe(`${expected}\n`);
  });

  it('takes the main content and its title, not the page around it', () => {
    const html = page('<h1>Joint Statement</h1><div id="c"><p>We, the ministers, met in Lima and agreed on the following.</p><p>1. We agree to cooperate.</p></div><div class="side"><p>Share this</p><p>Related: other news</p></div>');
    expect(htmlToText(html)).toBe('Joint Statement\n\nWe, the ministers, met in Lima and agreed on the following.\n\n1. We agree to cooperate.\n');
  });
});

describe('decodeHtmlEntities', () => {
  it.each([
    ['&ldquo;Yes&rdquo; &mdash; &#8217;&#x2019;', '\u201cYes\u201d \u2014 \u2019\u2019'],
    ['caf&eacute;&nbsp;ok', 'café ok'],
    ['&bogus; stays', '&bogus; stays'],
  ])('decodes %j', (html, text) => {
    expect(decodeHtmlEntities(html)).toBe(text);
  });
});

describe('readHtml', () => {
  it('reads a saved page into a declaration', () => {
    const html = page('<h1>Declaration on Trade</h1><div><p>We met in Lima.</p><p>1. We agree.</p><p>2. We will meet again.</p></div>');
    const { declaration } = readHtml(html, { name: 'trade.html' });
    expect(declaration.blocks.map((b) => [b.kind, b.number?.raw])).toEqual([
      ['title', undefined],
      ['preamble', undefined],
      ['paragraph', '1.'],
      ['paragraph', '2.'],
    ]);
  });
});
