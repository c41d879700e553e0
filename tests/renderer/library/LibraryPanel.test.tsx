// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clause } from '../../../shared/model';
import { reactTestRoot } from '../react-root';

const calls: { channel: string; request: unknown }[] = [];
let answer: (channel: string, request: unknown) => unknown = () => ({});

vi.mock('../../../renderer/api', () => ({
  call: vi.fn(async (channel: string, request: unknown) => {
    calls.push({ channel, request });
    return answer(channel, request);
  }),
}));

const { LibraryPanel } = await import('../../../renderer/library/LibraryPanel');

const clause = (id: string, text: string, title: string): Clause => ({
  id,
  grain: 'paragraph',
  text,
  sources: [{ declarationId: title.toLowerCase(), title, blockId: 'b4', date: '2020-06-18', heading: 'Trade', parties: [] }],
});
const wto = clause('c1', 'We support the multilateral trading system.', 'Health Silk Road');
const g20 = clause('c2', 'We uphold the multilateral trading system with the WTO at its core.', 'G20 Riyadh');

function library(channel: string, request: unknown): unknown {
  switch (channel) {
    case 'library.stats':
      return { sources: 5, clauses: 812, paragraphs: 300, sentences: 512, folder: '/w', files: 5, warnings: [] };
    case 'library.sources':
      return [];
    case 'library.search': {
      const { query } = request as { query: string };
      return query.includes('multilateral')
        ? [
            { clause: wto, score: 9, highlights: [{ start: 15, end: 27 }] },
            { clause: g20, score: 7, highlights: [{ start: 14, end: 26 }] },
          ]
        : [];
    }
    case 'library.variants':
      return [{ standard: wto, variants: [{ clause: g20, similarity: 0.62, diff: { ops: [{ kind: 'equal', text: 'We ' }, { kind: 'delete', text: 'support' }, { kind: 'insert', text: 'uphold' }], inserted: 1, deleted: 1 } }] }];
    default:
      throw new Error(`unexpected ${channel}`);
  }
}

const dom = reactTestRoot();

beforeEach(() => {
  calls.length = 0;
  answer = library;
});


async function settle(ms = 0) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

function type(text: string) {
  const input = dom.host.querySelector<HTMLInputElement>('input[type=search]');
  if (!input) throw new Error('no search box');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const button = (label: string, within: ParentNode = dom.host) => {
  const found = [...within.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`no ${label} button`);
  return found;
};

describe('LibraryPanel', () => {
  it('shows the stats line and how to search before anything is typed', async () => {
    dom.render(<LibraryPanel canInsert={false} />);
    await settle();
    expect(dom.host.querySelector('.lib-stats')?.textContent).toBe('812 clauses from 5 declarations');
    expect(dom.host.querySelector('.lib-empty')?.textContent).toMatch(/"quotes"/);
  });

  it("shows the library's warnings (a damaged file recovered) to the user", async () => {
    answer = (channel, request) =>
      channel === 'library.stats' ? { ...(library(channel, request) as object), warnings: ["The library's list of sources is damaged."] } : library(channel, request);
    dom.render(<LibraryPanel canInsert={false} />);
    await settle();
    expect(dom.host.querySelector('.lib-search [role=status]')?.textContent).toBe("The library's list of sources is damaged.");
  });

  it('searches once typing pauses and marks the matched words', async () => {
    dom.render(<LibraryPanel canInsert={false} />);
    type('multi');
    type('multilateral');
    await settle(50);
    expect(calls.filter((c) => c.channel === 'library.search')).toEqual([]);
    await settle(120);
    expect(calls.filter((c) => c.channel === 'library.search').map((c) => (c.request as { query: string }).query)).toEqual(['multilateral']);
    const hits = dom.host.querySelectorAll('.lib-hit');
    expect(hits).toHaveLength(2);
    expect([...dom.host.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['multilateral', 'multilateral']);
    const source = hits[0]?.querySelector('.lib-sources li');
    expect([...(source?.children ?? [])].map((c) => c.textContent)).toEqual(['Health Silk Road', '· 2020-06-18', '· Trade']);
    expect(hits[0]?.getAttribute('draggable')).toBe('true');
  });

  it.each([
    [false, true],
    [true, false],
  ])('with canInsert %s the Insert buttons are disabled: %s', async (canInsert, disabled) => {
    const onInsert = vi.fn();
    dom.render(<LibraryPanel canInsert={canInsert} onInsert={onInsert} />);
    type('multilateral');
    await settle(200);
    const insert = button('Insert', dom.host.querySelector('.lib-hit') ?? dom.host);
    expect(insert.disabled).toBe(disabled);
    act(() => insert.click());
    if (canInsert) expect(onInsert).toHaveBeenCalledWith(wto, expect.objectContaining({ source: 'health silk road', sourceTitle: 'Health Silk Road', blockId: 'b4', text: wto.text }));
    else expect(onInsert).not.toHaveBeenCalled();
  });

  it('opens the variants of a hit with the standard form marked and the diff of each variant', async () => {
    dom.render(<LibraryPanel canInsert onInsert={vi.fn()} />);
    type('multilateral');
    await settle(200);
    act(() => button('Variants', dom.host.querySelector('.lib-hit') ?? dom.host).click());
    await settle();
    expect(dom.host.querySelector('.lib-variant.standard .lib-badge')?.textContent).toBe('Standard form');
    expect(dom.host.querySelector('.lib-similarity')?.textContent).toBe('62% similar');
    expect(dom.host.querySelector('.lib-diff del')?.textContent).toBe('support');
    expect(dom.host.querySelector('.lib-diff ins')?.textContent).toBe('uphold');
    act(() => button('← Results').click());
    expect(dom.host.querySelectorAll('.lib-hit')).toHaveLength(2);
  });

  it('says so when nothing matches, and shows the error of a failed search', async () => {
    dom.render(<LibraryPanel canInsert={false} />);
    type('tariffs');
    await settle(200);
    expect(dom.host.textContent).toContain('No clause matches');
    answer = (channel, request) => {
      if (channel === 'library.search') throw new Error('The library is being rebuilt; try again in a moment.');
      return library(channel, request);
    };
    type('tariff');
    await settle(200);
    expect(dom.host.querySelector('.lib-error')?.textContent).toBe('The library is being rebuilt; try again in a moment.');
  });
});
