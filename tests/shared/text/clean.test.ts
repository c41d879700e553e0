import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/text/clean';

describe('cleanText', () => {
  it.each([
    ['top of page', 'page navigation'],
    ['Bottom of page', 'page navigation'],
    ['Back to top', 'page navigation'],
    ['Home > News > Statements', 'breadcrumb'],
    ['Home » Press', 'breadcrumb'],
    ['You are here: Ministry / Press', 'breadcrumb'],
    ['Print', 'share and print buttons'],
    ['Print | Share | E-mail', 'share and print buttons'],
    ['[Print] [Close]', 'share and print buttons'],
    ['Share this article', 'share and print buttons'],
    ['Skip to main content', 'site navigation'],
    ['We use cookies to improve your experience. Accept all', 'cookie notice'],
    ['© 2021 Ministry of Foreign Affairs. All rights reserved.', 'copyright notice'],
    ['Page 2 of 3', 'page number'],
  ])('removes the debris line %j and says why', (line, reason) => {
    const input = `Joint Statement\n${line}\nWe agree.\n`;
    expect(cleanText(input)).toEqual({
      text: 'Joint Statement\nWe agree.\n',
      removals: [{ span: { start: 16, end: 17 + line.length }, text: `${line}\n`, reason }],
    });
  });

  it.each([
    'Printing of the report is the responsibility of the secretariat.',
    'We share the view that cooperation must continue.',
    '(c) share experience in combating the pandemic;',
    'Home to a third of the world’s population, the region needs investment.',
    'Top priority shall be given to health.',
  ])('keeps the content line %j', (line) => {
    const input = `Title\n${line}\n`;
    expect(cleanText(input)).toEqual({ text: input, removals: [] });
  });

  it('removes stray control codes and reports them', () => {
    expect(cleanText('We\u0007 agree\u0000.\r\n')).toEqual({
      text: 'We agree.\r\n',
      removals: [
        { span: { start: 2, end: 3 }, text: '\u0007', reason: 'control character' },
        { span: { start: 9, end: 10 }, text: '\u0000', reason: 'control character' },
      ],
    });
  });
});

describe('cleanText on converted and scraped pages', () => {
  it.each([
    ['fontLarger fontSmaller', 'font size buttons'],
    ['Published By : Admin | 2019-04-26', 'byline'],
    ['---------------------------', 'separator line'],
    ['— — — — —', 'separator line'],
  ])('removes the web debris line %j and says why', (line, reason) => {
    expect(cleanText(`Joint Statement\n${line}\nWe agree.\n`).removals.map((r) => r.reason)).toEqual([reason]);
  });

  it.each([
    ['<!-- -->', 'Markdown comment'],
    ['\\###', 'empty heading mark'],
    ['{:toc}', 'Markdown attribute list'],
    ['* TOC', 'table of contents marker'],
    ['[source]: http://unfccc.int/resource/docs/2015/adp2/eng/11infnot.pdf', 'link address (kept on its link)'],
  ])('removes the Markdown debris line %j in Markdown text', (line, reason) => {
    const cleaned = cleanText(`Joint Statement\n\n${line}\n\nWe agree.\n`, { markdown: true });
    expect(cleaned.removals.map((r) => r.reason)).toEqual([reason]);
    expect(cleaned.text).toBe('Joint Statement\n\n\nWe agree.\n');
  });

  it('keeps a "***" line that closes the bold italic line above it', () => {
    expect(cleanText('***An Urgent Imperative\n***\nThe text.\n', { markdown: true }).removals).toEqual([]);
  });

  it('removes the front matter, reporting it', () => {
    const text = '---\ntitle: "A"\n---\nWe agree.\n';
    expect(cleanText(text, { frontMatterEnd: 19 })).toMatchObject({ text: 'We agree.\n', removals: [{ span: { start: 0, end: 19 }, reason: 'front matter (read as the document details)' }] });
  });

  it('removes a UN page furniture and moves the page-foot notes after the text, saying where', () => {
    const page = 'Recalling its resolution and\n__________________\n\n1 Resolution 79/233, annex.\n\nA/RES/80/6\nReport of the Court\n\n25-18301\n2/5\n\nits earlier decisions,\n\n1. Decides.\n';
    const un = { symbol: 'A/RES/80/6', shortTitle: 'Report of the Court' };
    const cleaned = cleanText(`80/6. Report of the Court\n\n${page}`, { un });
    expect(cleaned.removals.map((r) => r.reason)).toEqual([
      'separator line',
      'footnotes at the foot of a PDF page, moved after the text',
      'page header: document symbol',
      'running page header: short title',
      'page footer: job number',
      'page counter',
    ]);
    const moved = cleaned.removals[1];
    expect(cleaned.text.slice(moved?.movedTo)).toBe('\n\n1 Resolution 79/233, annex.\n');
  });
});
