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
