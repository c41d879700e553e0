import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../shared/text/segment';

/** Each block as "kind number|text-start", the shape a reviewer reads. */
const shape = (text: string) =>
  segmentText(text).map((b) => `${b.kind}${b.level > 1 ? b.level : ''} ${b.number?.raw ?? b.marker ?? ''}|${b.text.slice(0, 20)}`);

describe('segmentText', () => {
  it.each([
    [
      'title, meta, preamble and numbered paragraphs',
      'Joint Statement on Trade\nBrussels, 3 May 2021\n\nRecognizing the role of trade,\n\n1. We agree.\n2. We call on all.\n',
      ['title |Joint Statement on T', 'meta |Brussels, 3 May 2021', 'preamble |Recognizing the role', 'paragraph 1.|We agree.', 'paragraph 2.|We call on all.'],
    ],
    [
      'unnumbered title-case headings between paragraphs',
      'Title Here\n\nWe met.\n\nTowards Green Growth\n\nWe support green growth.\n',
      ['title |Title Here', 'preamble |We met.', 'heading |Towards Green Growth', 'paragraph |We support green gro'],
    ],
    [
      'roman and lettered section headings',
      'Charter\n\nI. Aims\n\nA. Peace\n\nWe seek peace.\n',
      ['title |Charter', 'heading I.|Aims', 'heading2 A.|Peace', 'paragraph |We seek peace.'],
    ],
    [
      'sub-items under a paragraph, roman under letters',
      'T\n\n1. We will:\n(a) trade;\n(i) goods;\n(ii) services;\n(b) invest.\n',
      ['title |T', 'paragraph 1.|We will:', 'subitem2 (a)|trade;', 'subitem3 (i)|goods;', 'subitem3 (ii)|services;', 'subitem2 (b)|invest.'],
    ],
    [
      'ordinal-word enumerations',
      'T\n\nWe propose:\n\nFirst, peace.\n\nSecond, trade.\n',
      ['title |T', 'preamble |We propose:', 'paragraph First,|peace.', 'paragraph Second,|trade.'],
    ],
    [
      'a footnote linked to its anchor, with its parties',
      'T\n\n1. We* agree.\n\n* Signatories: Chile, Kenya, Nepal.\n',
      ['title |T', 'paragraph 1.|We* agree.', 'footnote *|Signatories: Chile, '],
    ],
    [
      'a closing signature with place and date',
      'T\n\n1. We agree.\n\nNetwork of Cities\n\nBeijing, 29 April 2020\n',
      ['title |T', 'paragraph 1.|We agree.', 'signature |Network of Cities\nBe'],
    ],
    [
      'a list of parties one per line',
      'T\n\n1. We agree.\n\nSigned by:\nRepublic of Chile\nKingdom of Spain\nMongolia\n\nDone at Rome on 1 June 2020\n',
      ['title |T', 'paragraph 1.|We agree.', 'paragraph |Signed by:', 'parties |Republic of Chile\nKi', 'signature |Done at Rome on 1 Ju'],
    ],
    [
      'lowercase continuation lines joined into one paragraph',
      'T\n\n1. We agree that trade\nmust remain open.\n2. We agree.\n',
      ['title |T', 'paragraph 1.|We agree that trade ', 'paragraph 2.|We agree.'],
    ],
    [
      'Article headings with numbered paragraphs',
      'Treaty\n\nArticle 1\n\n1. Parties shall cooperate.\n\nArticle 2 - Scope\n\n1. It applies.\n',
      ['title |Treaty', 'heading Article 1|', 'paragraph 1.|Parties shall cooper', 'heading Article 2 -|Scope', 'paragraph 1.|It applies.'],
    ],
    ['no title when the text opens with a numbered paragraph', '1. We agree.\n2. We act.', ['paragraph 1.|We agree.', 'paragraph 2.|We act.']],
    ['nothing for blank text', ' \n\n\t', []],
  ])('segments %s', (_name, text, expected) => {
    expect(shape(text)).toEqual(expected);
  });

  it('numbers a long text on past 999, even after a paragraph that stops mid-sentence', () => {
    const paragraphs = Array.from({ length: 1003 }, (_, k) => `${k + 1}. We note the report number ${k + 1} of the Secretary-General.`);
    paragraphs[999] = '1000. We note with concern the report of the Secretary-General on the work of the';
    paragraphs[1000] = '1001. era of cooperation that began in Rio de Janeiro in 1992.';
    const blocks = segmentText(paragraphs.join('\n\n')).filter((b) => b.kind === 'paragraph');
    expect(blocks.slice(998).map((b) => `${b.number?.raw ?? ''} ${b.text.slice(0, 12)}`)).toEqual(['999. We note the ', '1000. We note with', '1001. era of coope', '1002. We note the ', '1003. We note the ']);
  });

  it('links a footnote to the block holding its anchor and reads its parties', () => {
    const blocks = segmentText('T\n\n1. We agree.\n\n2. We, the partners*, act.\n\n* The following countries: the Republic of Chile, Kenya and Nepal.\n');
    expect(blocks.at(-1)).toMatchObject({ kind: 'footnote', marker: '*', anchorBlockId: 'b3', parties: ['Republic of Chile', 'Kenya', 'Nepal'] });
    expect(blocks[2]?.cites).toEqual(['*']);
  });

  it('tiles the text: spans are contiguous from 0 to the end, blank lines in the block above', () => {
    const text = '\n\nTitle\r\n\r\n1. One.\r\n\r\n\r\n2. Two.\r\n';
    const blocks = segmentText(text);
    expect(blocks.map((b) => [b.span.start, b.span.end])).toEqual([[0, 11], [11, 24], [24, text.length]]);
  });
});
