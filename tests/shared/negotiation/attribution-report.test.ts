import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributionReport } from '../../../shared/negotiation/attribution-report';
import { readBracketList, bracketListJson } from '../../../shared/negotiation/json';
import { parseBrackets } from '../../../shared/negotiation/parse';

const TEXT = [
  'I. Finance',
  '1. Developed countries [shall] [proposed by G77 and China][should] [proposed by EU, US] pay.',
  '2. [EU: New paragraph on loss and damage.]',
  '3. Parties [shall report] [proposed by AOSIS][] [proposed by US] annually.',
  '4. We act [now] [proposed by the Group of 77 and China].',
  '5. Agreed text.',
].join('\n');

describe('attributionReport', () => {
  const report = attributionReport(TEXT, parseBrackets(TEXT));

  it('counts per delegation the paragraphs it proposed to change, insert or delete', () => {
    expect(report.delegations).toEqual([
      { party: 'EU', changed: 1, inserted: 1, deleted: 0, paragraphs: 2 },
      { party: 'G77 and China', changed: 2, inserted: 0, deleted: 0, paragraphs: 2 },
      { party: 'US', changed: 1, inserted: 0, deleted: 1, paragraphs: 2 },
      { party: 'AOSIS', changed: 1, inserted: 0, deleted: 0, paragraphs: 1 },
    ]);
  });

  it('lists the most contested paragraphs first, with the delegations that touched them', () => {
    expect(report.paragraphs.map((p) => [p.index, p.delegations])).toEqual([
      [1, ['G77 and China', 'EU', 'US']],
      [3, ['AOSIS', 'US']],
      [2, ['EU']],
      [4, ['G77 and China']],
    ]);
    expect(report.paragraphs[0]?.excerpt).toMatch(/^1\. Developed countries/u);
    expect(report.paragraphs[0]?.section).toBe('I. Finance');
  });

  it('goes out in the JSON bracket list and reads back', () => {
    const back = readBracketList(bracketListJson(parseBrackets(TEXT), { text: TEXT }));
    expect(back.report).toEqual(report);
  });

  it('finds no proposals in the corpus’s co-chairs’ draft, which attributes none', () => {
    const draft = readFileSync(new URL('../../fixtures/corpus/unfccc-adp-draft-agreement-2015-10-23.md', import.meta.url), 'utf8');
    expect(attributionReport(draft, parseBrackets(draft))).toEqual({ delegations: [], paragraphs: [] });
  });
});

describe('the report of a compilation, whose proposers are data', () => {
  it('counts each return’s changes, insertions and deletions', async () => {
    const { compile } = await import('../../../shared/compile/compile');
    const { compilationDeclaration, compileParagraphs } = await import('../../../shared/compile/declaration');
    const { readDeclarationBrackets } = await import('../../../shared/negotiation/draft-lines');
    const { readDeclarationText } = await import('../../../shared/text/read');
    const baseDecl = readDeclarationText('Joint Statement\n\n1. We shall promote free trade.\n\n2. We recall the conference.\n', { name: 'base.txt' }).declaration;
    const base = compileParagraphs(baseDecl);
    const returns = [
      { delegation: 'the European Union and its member States', paragraphs: base.map((t) => t.replace('shall', 'should')) },
      { delegation: 'G77 and China', paragraphs: [...base.filter((t) => !t.includes('recall')), 'We welcome the new members.'] },
    ];
    const reading = readDeclarationBrackets(compilationDeclaration(baseDecl, compile({ base, returns })));
    expect(attributionReport(reading.text, reading.parse).delegations).toEqual([
      { party: 'G77 and China', changed: 0, inserted: 1, deleted: 1, paragraphs: 2 },
      { party: 'EU and its member States', changed: 1, inserted: 0, deleted: 0, paragraphs: 1 },
    ]);
  });
});
