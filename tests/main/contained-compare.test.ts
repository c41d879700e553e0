/** The comparison runs in a contained worker: its answer comes checked and encoded, and past the worker's limits it ends with a clear message. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createContext } from '../../main/handlers/context';
import { dispatch } from '../../main/handlers/index';
import { TOO_LONG } from '../../main/services/contained';
import { EncodedJson } from '../../main/services/encoded';
import { Comparison } from '../../shared/diff/schemas';

const file = (title: string, paragraphs: string[]) => ({ kind: 'file' as const, file: { name: `${title}.txt`, data: Buffer.from([title, ...paragraphs.map((p, i) => `${i + 1}. ${p}`)].join('\n\n')).toString('base64') } });
const workspace = () => mkdtempSync(path.join(os.tmpdir(), 'concord-compare-'));

describe('a comparison in a contained worker', () => {
  const ctx = createContext({ shell: 'web', workspace: workspace() });
  afterAll(() => ctx.contained.close());

  it('answers with the checked comparison as JSON the shell passes on', async () => {
    const answer = await dispatch('compare.run', { a: file('Zero draft', ['We meet in Geneva.', 'We act now.']), b: file('Revision 1', ['We meet in Geneva.', 'We act today.']) }, ctx);
    expect(answer).toBeInstanceOf(EncodedJson);
    const comparison = Comparison.parse((answer as EncodedJson<unknown>).decode());
    expect(comparison.b.title).toBe('Revision 1');
    expect(comparison.summary.paragraphs.changed).toBe(1);
  });

  it('compares a declaration the user holds with a template', async () => {
    const [template] = (await dispatch('templates.list', {}, ctx)) as { id: string }[];
    const own = (await dispatch('templates.declaration', { id: template?.id }, ctx)) as { declaration: unknown };
    const answer = (await dispatch('compare.run', { a: { kind: 'declaration', declaration: own.declaration }, b: { kind: 'template', id: template?.id } }, ctx)) as EncodedJson<unknown>;
    const { summary } = Comparison.parse(answer.decode());
    expect([summary.paragraphs.changed, summary.paragraphs.inserted, summary.paragraphs.deleted]).toEqual([0, 0, 0]);
  });

  it('ends a comparison past its time limit with a clear message, and the next one runs', async () => {
    const slow = createContext({ shell: 'web', workspace: workspace(), limits: { timeMs: 1, memoryMb: 256 } });
    const long = Array.from({ length: 3000 }, (_, i) => `We note item ${i} of the agenda with appreciation.`);
    await expect(dispatch('compare.export', { a: file('A', long), b: file('B', long.slice(1)), format: 'text' }, slow)).rejects.toMatchObject({ code: 'too-large', message: TOO_LONG });
    await slow.contained.close();
    const text = (await dispatch('compare.export', { a: file('A', ['We agree.']), b: file('B', ['We agree now.']), format: 'text' }, ctx)) as { fileName: string };
    expect(text.fileName).toBe('B-vs-A.txt');
  });
});
