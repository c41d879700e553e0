import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAnyFile } from '../../../main/services/read-file';
import { compareDeclarations } from '../../../shared/diff/compare';
import type { Comparison } from '../../../shared/diff/schemas';
import { sideFromDeclaration } from '../../../shared/diff/side';

const corpus = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

async function compareFiles(a: string, b: string, emphasis = false): Promise<Comparison> {
  const read = async (f: string) => (await readAnyFile(f, readFileSync(corpus + f))).declaration;
  const off = { numbering: false, case: false, punctuation: false, whitespace: false, quotes: false, emphasis };
  return compareDeclarations(sideFromDeclaration(await read(a)), sideFromDeclaration(await read(b)), { ignore: off });
}

/** What changed, as a reviewer reads it: each change's deleted and inserted words. */
function changes(c: Comparison): string[] {
  return c.summary.changes.map((ch) => {
    const ops = c.rows[ch.row]?.ops.filter((o) => o.kind !== 'equal') ?? [];
    return ops.length ? ops.map((o) => `${o.kind === 'insert' ? '+' : '-'}${o.text.trim()}`).join(' ') : ch.excerpt.slice(0, 13);
  });
}

describe('the real version pairs of the corpus', () => {
  it('first and last publication of a joint statement: one word, and the document details', async () => {
    const c = await compareFiles('wh-2023-09-08-joint-statement-from-india-and-the-united-states.first.md', 'wh-2023-09-08-joint-statement-from-india-and-the-united-states.last.md');
    expect(changes(c)).toEqual(['-intent +interest']);
    expect(c.details?.map((d) => d.name)).toEqual(['Source', 'Modified']);
  });

  it('one statement published at two addresses: identical text, other details', async () => {
    const c = await compareFiles(
      'wh-2025-10-26-joint-statement-on-a-frameowkr-for-a-united-states-thailand-agreement-on-recipricol-trade.md',
      'wh-2025-10-26-joint-statement-on-a-framework-for-a-united-states-thailand-agreement-on-reciprocal-trade.md',
    );
    expect(c.summary.changes).toEqual([]);
    expect(c.details?.map((d) => d.name)).toEqual(['Source', 'Modified']);
  });

  it.each([
    ['un-ga-res-80-6-extract-v1.0.md', 'un-ga-res-80-6.md'],
    ['un-ga-res-80-8-extract-v1.0.md', 'un-ga-res-80-8.md'],
  ])('one UN resolution extracted twice (%s): no paragraph changes', async (a, b) => {
    const c = await compareFiles(a, b);
    expect(c.summary.changes).toEqual([]);
  });

  it('the earlier extraction kept the agenda item title in the header: a detail, not a paragraph', async () => {
    const c = await compareFiles('un-ga-res-80-6-extract-v1.0.md', 'un-ga-res-80-6.md');
    expect(c.details).toEqual([expect.objectContaining({ name: 'Line under the title' })]);
    expect(c.details?.[0]?.a).toContain('Agenda item 74 Report of the International Criminal Court');
  });

  it('a re-scrape that moved bold marks and a link: emphasis changes of their own, hidden by the switch', async () => {
    const first = 'wh-2022-12-05-u-s-eu-joint-statement-of-the-trade-and-technology-council.first.md';
    const last = 'wh-2022-12-05-u-s-eu-joint-statement-of-the-trade-and-technology-council.last.md';
    const shown = await compareFiles(first, last);
    expect(changes(shown)).toEqual(['Emphasis only', 'Emphasis only', '-andDigital +and Digital']);
    expect(changes(await compareFiles(first, last, true))).toEqual(['-andDigital +and Digital']);
  });
});
