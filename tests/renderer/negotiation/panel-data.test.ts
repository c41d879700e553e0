import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import type { DocNode } from '../../../shared/model';
import { doc, heading, p, up } from '../editor/builder';
import { NO_SECTION, oldestRows, summarizeDraft, trend, versionTexts } from '../../../renderer/negotiation/panel-data';

const draft = (...paragraphs: string[]): Node => doc(...paragraphs.map((t) => (t.startsWith('#') ? heading(t.slice(1)) : p(t)))).node;
const version = (name: string, createdAt: string, node: Node) => ({ name, createdAt, doc: node.toJSON() as DocNode });

describe('summarizeDraft', () => {
  it('groups open brackets by the editor’s sections', () => {
    const summary = summarizeDraft(draft('We [agree].', '#Commitments', 'We [shall][should] act.', 'They act [now [firmly]].'));
    expect(summary.total.open).toBe(4);
    expect(summary.sections.map((s) => [s.section, s.rows.map((r) => r.excerpt)])).toEqual([
      [NO_SECTION, ['[agree]']],
      ['Commitments', ['[shall][should]', '[now [firmly]]', '[firmly]']],
    ]);
  });

  it('counts open brackets per delegation', () => {
    const summary = summarizeDraft(draft('[shall] [proposed by EU][should] [proposed by US, EU] act.', '[EU: now].'));
    expect(summary.parties).toEqual([
      { party: 'EU', open: 2 },
      { party: 'US', open: 1 },
    ]);
  });

  it('gives each row the document range to jump to', () => {
    const node = draft('We [agree].');
    const [row] = summarizeDraft(node).rows;
    expect(row && node.textBetween(row.from, row.to)).toBe('[agree]');
  });

  it('counts an option block across paragraphs and reports a bracket that does not pair up', () => {
    const node = doc(up('Option 1: Parties shall notify.'), up('Option 2: Parties may notify.'), p('We [agree.')).node;
    const summary = summarizeDraft(node);
    expect(summary.total.optionSets).toBe(1);
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]?.message).toMatch(/never closed/u);
  });
});

describe('trend and oldest', () => {
  const zero = draft('We [agree].', 'We [shall][should] act.', 'They act [now].');
  const rev1 = draft('We agree.', 'We [shall][should] act.', 'They act [now].', 'New [text].');
  const now = draft('We agree.', 'We should act.', 'They act [now].', 'New [text].');
  const versions = versionTexts([version('Zero draft', '2031-01-01', zero), version('Rev.1', '2031-02-01', rev1)]);

  it('charts open brackets per version, then now', () => {
    expect(trend(versions, now).map((t) => [t.name, t.open])).toEqual([
      ['Zero draft', 3],
      ['Rev.1', 3],
      ['Now', 2],
    ]);
  });

  it('lists the brackets open longest first, with the version date they date from', () => {
    const rows = oldestRows(versions, now, summarizeDraft(now).rows, 5);
    expect(rows.map((r) => [r.excerpt, r.since])).toEqual([
      ['[now]', '2031-01-01'],
      ['[text]', '2031-02-01'],
    ]);
  });

  it('leaves out a version whose document cannot be read', () => {
    expect(versionTexts([{ name: 'Broken', doc: { type: 'nonsense' } }])).toEqual([]);
  });
});
