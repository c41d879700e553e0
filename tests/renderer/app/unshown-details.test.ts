import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../shared/formats/markdown';
import { unshownDetails } from '../../../renderer/app/unshown-details';

const read = (file: string) => readMarkdown(readFileSync(new URL(`../../fixtures/corpus/${file}`, import.meta.url), 'utf8'), { name: file }).declaration;

describe('the details the read view lists', () => {
  it('leaves out the UN header facts its printed lines already show, keeps the rest', () => {
    const d = read('un-ga-res-80-6.md');
    expect(d.details?.map((x) => x.name)).toEqual(expect.arrayContaining(['Distribution', 'Session', 'Agenda item', 'Adopted', 'Committee']));
    expect(unshownDetails(d).map((x) => x.name)).toEqual(['Symbol', 'Source']);
  });

  it('lists every front-matter fact of a joint statement, which no line of its page shows', () => {
    const d = read('wh-2022-09-20-joint-statement-on-atlantic-cooperation.md');
    expect(unshownDetails(d)).toEqual(d.details);
  });

  it('shows each header fact once for every UN resolution of the corpus', () => {
    for (const file of ['un-ga-res-80-1.md', 'un-ga-res-80-12.md', 'un-ga-res-80-24.md', 'un-ga-res-80-8-extract-v1.0.md']) {
      const names = unshownDetails(read(file)).map((x) => x.name);
      expect(names, file).not.toContain('Adopted');
      expect(names, file).not.toContain('Session');
    }
  });
});

describe('a short detail', () => {
  const declaration = (details: { name: string; value: string }[], meta: string[]) =>
    ({ id: 'x', title: 'Declaration', blocks: meta.map((text, i) => ({ id: `m${i}`, kind: 'meta', text })), details }) as unknown as Parameters<typeof unshownDetails>[0];

  it('is listed unless a line shows it as words of its own', () => {
    const d = declaration(
      [
        { name: 'Agenda item', value: '1' },
        { name: 'Session', value: 'Eightieth session' },
      ],
      ['Adopted on 11 November 2025', 'A/RES/80/1', 'Eightieth session'],
    );
    expect(unshownDetails(d).map((x) => x.name)).toEqual(['Agenda item']);
    const shown = declaration([{ name: 'Agenda item', value: '1' }], ['Agenda item 1']);
    expect(unshownDetails(shown)).toEqual([]);
  });
});
