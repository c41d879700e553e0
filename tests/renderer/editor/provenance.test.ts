import { describe, expect, it } from 'vitest';
import { hasLanguage, provenanceStatus, statusLabel } from '../../../renderer/editor/provenance';
import type { Built } from './builder';
import { doc, heading, p, pre, source, sub, title, up } from './builder';

const agreed = 'We reaffirm our commitment to the 2030 Agenda.';

describe('provenanceStatus', () => {
  it.each<[string, Built, string]>([
    ['text equal to its source is verbatim', p({ provenance: source(agreed) }, agreed), 'verbatim'],
    ['a changed word is edited, counted once', p({ provenance: source(agreed) }, 'We reaffirm our support to the 2030 Agenda.'), 'edited · 1 word'],
    ['added words are counted', p({ provenance: source(agreed) }, 'We strongly reaffirm our full commitment to the 2030 Agenda.'), 'edited · 2 words'],
    ['a changed comma is still an edit', p({ provenance: source(agreed) }, 'We reaffirm our commitment, to the 2030 Agenda.'), 'edited · punctuation'],
    ['a block without a source is new', p('We reaffirm our commitment to the 2030 Agenda.'), 'new'],
    ['a sub-item follows the same rule', sub({ provenance: source('to trade;') }, 'to trade freely;'), 'edited · 1 word'],
  ])('%s', (_name, built, label) => {
    expect(statusLabel(provenanceStatus(built.node))).toBe(label);
  });

  it('keeps the word diff of an edit for the popover', () => {
    const status = provenanceStatus(p({ provenance: source('We note the plan.') }, 'We welcome the plan.').node);
    expect(status.kind === 'edited' && status.ops.filter((op) => op.kind !== 'equal').map((op) => [op.kind, op.text])).toEqual([
      ['delete', 'note'],
      ['insert', 'welcome'],
    ]);
  });

  it('computes a block version once', () => {
    const node = p({ provenance: source(agreed) }, 'changed').node;
    expect(provenanceStatus(node)).toBe(provenanceStatus(node));
  });
});

describe('hasLanguage', () => {
  it.each<[string, Built, boolean]>([
    ['an operative paragraph', p('text'), true],
    ['a preamble paragraph', pre('Recalling'), true],
    ['an unnumbered paragraph', up('text'), true],
    ['an empty new paragraph', p(), false],
    ['an emptied paragraph from a source', p({ provenance: source('gone') }), true],
    ['a title', title({ provenance: source('T') }, 'T'), false],
    ['a heading', heading('Towards a Health Silk Road'), false],
  ])('%s: %s', (_name, built, expected) => {
    expect(hasLanguage(built.node)).toBe(expected);
  });

  it('a whole draft started from a template reads verbatim', () => {
    const draft = doc(title('T'), p({ provenance: source('a b') }, 'a b'), p({ provenance: source('c') }, 'c')).node;
    const labels: string[] = [];
    draft.forEach((b) => void (hasLanguage(b) && labels.push(statusLabel(provenanceStatus(b)))));
    expect(labels).toEqual(['verbatim', 'verbatim']);
  });
});
