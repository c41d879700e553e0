import { describe, expect, it } from 'vitest';
import { compile } from '../../../shared/compile/compile';
import { compiledLine, textAsProposedBy } from '../../../shared/compile/render';
import { parseBrackets } from '../../../shared/negotiation/parse';

const BASE = [
  'We, the ministers, met in Geneva.',
  'We shall promote free trade among all members.',
  'We recall the outcome of the previous conference.',
  'We will meet again next year.',
];

/** The compiled lines of `returns` (delegation, paragraphs) over BASE. */
function lines(...returns: [string, string[]][]): string[] {
  return compile({ base: BASE, returns: returns.map(([delegation, paragraphs]) => ({ delegation, paragraphs })) }).paragraphs.map((p) => compiledLine(p).text);
}

function edited(index: number, text: string): string[] {
  return BASE.map((t, i) => (i === index ? text : t));
}

describe('compile', () => {
  it('keeps paragraphs nobody changed plain', () => {
    expect(lines(['EU', BASE], ['Japan', BASE])).toEqual(BASE);
  });

  it('puts a proposal beside the base wording, identical proposals merged', () => {
    const c = compile({
      base: BASE,
      returns: [
        { delegation: 'EU', paragraphs: edited(1, 'We should promote free trade among all members.') },
        { delegation: 'Japan', paragraphs: edited(1, 'We should promote free trade among all members.') },
        { delegation: 'G77 and China', paragraphs: edited(1, 'We must promote free trade among all members.') },
      ],
    });
    const line = compiledLine(c.paragraphs[1]!);
    expect(line.text).toBe('We [shall][should][must] promote free trade among all members.');
    expect(line.attributions.map((a) => [line.text.slice(a.from, a.to), a.parties])).toEqual([
      ['[should]', ['EU', 'Japan']],
      ['[must]', ['G77 and China']],
    ]);
  });

  it('keeps proposals to different words in separate brackets', () => {
    expect(lines(['EU', edited(1, 'We should promote free trade among all members.')], ['US', edited(1, 'We shall promote free trade among all Parties.')])[1]).toBe(
      'We [shall][should] promote free trade among all [members][Parties].',
    );
  });

  it('merges proposals whose words overlap into one choice', () => {
    expect(lines(['EU', edited(1, 'We should promote free trade among all members.')], ['US', edited(1, 'We should encourage free trade among all members.')])[1]).toBe(
      'We [shall promote][should promote][should encourage] free trade among all members.',
    );
  });

  it('brackets deleted words and inserted words with their proposers', () => {
    const c = compile({ base: BASE, returns: [{ delegation: 'US', paragraphs: edited(1, 'We shall promote trade among all members.') }, { delegation: 'EU', paragraphs: edited(1, 'We shall actively promote free trade among all members.') }] });
    const line = compiledLine(c.paragraphs[1]!);
    expect(line.text).toBe('We shall [actively] promote [free][] trade among all members.');
    expect(line.attributions.map((a) => [line.text.slice(a.from, a.to), a.parties])).toEqual([
      ['[actively]', ['EU']],
      ['[]', ['US']],
    ]);
  });

  it('inserts a new paragraph where its delegation put it, bracketed with every proposer', () => {
    const added = [BASE[0]!, BASE[1]!, 'We welcome the new members.', BASE[2]!, BASE[3]!];
    const c = compile({ base: BASE, returns: [{ delegation: 'EU', paragraphs: added }, { delegation: 'AOSIS', paragraphs: added }] });
    expect(c.paragraphs.map((p) => compiledLine(p).text)).toEqual([BASE[0], BASE[1], '[We welcome the new members.]', BASE[2], BASE[3]]);
    expect(compiledLine(c.paragraphs[2]!).attributions).toEqual([{ from: 0, to: 29, parties: ['EU', 'AOSIS'] }]);
  });

  it('brackets a paragraph proposed for deletion, keeping its text', () => {
    const out = lines(['Japan', [BASE[0]!, BASE[1]!, BASE[3]!]]);
    expect(out[2]).toBe(`[${BASE[2]}][]`);
  });

  it('reads a moved paragraph as a proposal to move', () => {
    const c = compile({ base: BASE, returns: [{ delegation: 'EU', paragraphs: [BASE[0]!, BASE[2]!, BASE[3]!, BASE[1]!] }] });
    const out = c.paragraphs.map((p) => compiledLine(p).text);
    expect(out.filter((t) => t.includes(BASE[1]!))).toHaveLength(2);
    expect(out.some((t) => t.includes('proposed to move this paragraph'))).toBe(true);
    expect(out.at(-1)).toContain('moved here');
  });

  it('turns comments into notes attributed to their delegation', () => {
    const c = compile({ base: BASE, returns: [{ delegation: 'Brazil', paragraphs: BASE, comments: [{ paragraph: 2, text: 'Which conference?' }] }] });
    expect(compiledLine(c.paragraphs[2]!).text).toBe(`${BASE[2]} [Note: Brazil: Which conference?]`);
  });

  it('loses no base text and gives each delegation back its return', () => {
    const returns = [
      { delegation: 'EU', paragraphs: [BASE[0]!, 'We should promote open trade among all members.', 'A new paragraph.', BASE[3]!] },
      { delegation: 'US', paragraphs: [BASE[0]!, 'We shall promote trade among members.', BASE[2]!, 'We will meet again.'] },
      { delegation: 'G77 and China', paragraphs: [BASE[1]!, BASE[0]!, BASE[2]!, BASE[3]!] },
    ];
    const c = compile({ base: BASE, returns });
    // Spaces beside a deleted stretch stay outside its brackets, so a deletion can leave one before punctuation.
    const squash = (ts: string[]) => ts.map((t) => t.replace(/\s+/gu, ' ').replace(/ ([.,;])/gu, '$1').trim());
    expect(textAsProposedBy(c.paragraphs, null)).toEqual(BASE);
    for (const r of returns) expect(squash(textAsProposedBy(c.paragraphs, r.delegation))).toEqual(r.paragraphs);
  });

  it('writes brackets the negotiation parser reads as one decision per choice', () => {
    const text = lines(['EU', edited(1, 'We should promote free trade among all members.')], ['US', edited(1, 'We shall promote trade among all Parties.')])[1]!;
    const parse = parseBrackets(text);
    expect(parse.problems).toEqual([]);
    expect(parse.brackets.map((b) => b.alternatives.map((a) => a.text))).toEqual([['shall', 'should'], ['free', ''], ['members', 'Parties']]);
  });
});
