import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/negotiation/clean';
import { exportNegotiation } from '../../../shared/negotiation/export';
import { countBrackets } from '../../../shared/negotiation/counts';
import { bracketListJson, readBracketList } from '../../../shared/negotiation/json';
import { logResolution, newNegotiation } from '../../../shared/negotiation/log';
import { parseBrackets } from '../../../shared/negotiation/parse';
import { negotiationChannels } from '../../../shared/negotiation/schemas';

describe('countBrackets', () => {
  const text = [
    'Declaration on Water',
    'I. Commitments',
    '1. We [shall][should] act [EU: promptly].',
    '2. We [agree [fully]] with [the proposal].',
    'II. Finance',
    '3. [G77: Developed countries shall pay.] And [.',
  ].join('\n');
  const tally = countBrackets(parseBrackets(text));

  it('counts the whole text', () => {
    expect(tally.total).toEqual({ open: 6, alternatives: 7, nested: 1, optionSets: 0, unattributed: 4, unbalanced: 1 });
  });

  it('counts per paragraph, only where something is open', () => {
    expect(tally.paragraphs.map((p) => [p.index, p.counts.open, p.counts.unbalanced])).toEqual([
      [2, 2, 0],
      [3, 3, 0],
      [5, 1, 1],
    ]);
  });

  it('counts per section', () => {
    expect(tally.sections.map((s) => [s.section, s.counts.open])).toEqual([
      ['Declaration on Water', 0],
      ['I. Commitments', 5],
      ['II. Finance', 1],
    ]);
  });

  it('counts open brackets per delegation, most first', () => {
    expect(tally.parties).toEqual([
      { party: 'EU', open: 1, alternatives: 1 },
      { party: 'G77', open: 1, alternatives: 1 },
    ]);
  });
});

describe('cleanText', () => {
  it('refuses a text with open brackets and lists them with their place', () => {
    const result = cleanText('Title\n1. We [shall][should] act [EU: now].', { mode: 'refuse' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe('The text is not clean: 2 brackets are still open. Resolve them first, or export with brackets left visible.');
    expect(result.open.map((o) => [o.line, o.column, o.excerpt, o.alternatives, o.parties])).toEqual([
      [2, 7, '[shall][should]', 2, []],
      [2, 27, '[EU: now]', 1, ['EU']],
    ]);
  });

  it('refuses a text whose brackets do not pair up', () => {
    const result = cleanText('We urge] all.', { mode: 'refuse' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('1 bracket does not pair up') });
  });

  it('keeps the brackets visible when the user chooses, listing what is open', () => {
    const text = 'We [shall] act.';
    expect(cleanText(text, { mode: 'keep-visible' })).toMatchObject({ ok: true, text, open: [{ id: 'k1' }] });
  });

  it.each([
    ['We act [1] today [sic].', 'We act [1] today [sic].'],
    ['We act [Note: agreed ad ref] today.', 'We act today.'],
    ['We act today [proposed by the EU].', 'We act today.'],
  ])('exports the clean text of %j', (text, clean) => {
    expect(cleanText(text, { mode: 'refuse' })).toEqual({ ok: true, text: clean, open: [] });
  });
});

describe('the bracket list as JSON', () => {
  const text = '1. We [shall][should] act [EU: now].';

  it('writes a list that reads back the same', () => {
    const { log } = logResolution(newNegotiation(), 'We [x] go.', parseBrackets('We [x] go.').brackets[0]!, { kind: 'kept' }, { at: '2031-01-01T00:00:00Z', by: 'Chair' });
    const json = bracketListJson(parseBrackets(text), { title: 'Water', log });
    const list = readBracketList(json);
    expect(list).toMatchObject({ format: 'concord-brackets', schemaVersion: 1, title: 'Water', counts: { open: 2 } });
    expect(list.open.map((b) => b.alternatives.map((a) => a.text))).toEqual([['shall', 'should'], ['now']]);
    expect(list.resolved).toMatchObject([{ status: 'resolved', resolution: { kind: 'kept', by: 'Chair' } }]);
  });

  it.each([
    ['not json', /not valid JSON/u],
    ['{"format":"other"}', /not a Concord bracket list/u],
    ['{"format":"concord-brackets","schemaVersion":9}', /schema version this Concord does not read/u],
  ])('explains why %j cannot be read', (json, message) => {
    expect(() => readBracketList(json)).toThrow(message);
  });
});

describe('exportNegotiation', () => {
  const now = new Date('2031-04-02T10:00:00Z');
  const request = (format: 'clean-txt' | 'bracketed-docx' | 'json', text: string, mode: 'refuse' | 'keep-visible' = 'refuse') =>
    negotiationChannels['negotiation.export'].request.parse({ source: { kind: 'text', text }, format, mode });

  it.each([
    ['clean-txt', 'Water\n1. We act [Note: agreed].', 'txt', 'text/plain'],
    ['json', 'Water\n1. We [act].', 'brackets.json', 'application/json'],
    ['bracketed-docx', 'Water\n\n1. We [act].', 'docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ] as const)('writes %s', async (format, text, extension, mime) => {
    expect(await exportNegotiation(request(format, text), now)).toMatchObject({ title: 'Water', extension, mime });
  });

  it('refuses a clean text while brackets are open, listing them with their place', async () => {
    await expect(exportNegotiation(request('clean-txt', 'Water\n1. We [shall][should] act.'), now)).rejects.toThrow(
      'The text is not clean: 1 bracket is still open. Resolve them first, or export with brackets left visible. Still open: line 2, column 7: [shall][should].',
    );
  });

  it('exports with brackets left visible when the user chooses', async () => {
    expect((await exportNegotiation(request('clean-txt', 'Water\n1. We [shall] act.', 'keep-visible'), now)).content).toBe('Water\n1. We [shall] act.');
  });

  it('writes a bracket list that reads back', async () => {
    const { content } = await exportNegotiation(request('json', 'Water\n1. We [shall][should] act.'), now);
    expect(readBracketList(String(content))).toMatchObject({ title: 'Water', counts: { open: 1, alternatives: 2 } });
  });
});
