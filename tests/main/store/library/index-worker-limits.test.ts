import { describe, expect, it } from 'vitest';
import { buildInWorker, INDEX_TOO_BIG, runIndexJob } from '../../../../main/store/library/build-in-worker';
import type { IndexChange } from '../../../../main/store/library/build-in-worker';
import { readAnyFile } from '../../../../main/services/read-file';
import { ClauseLibrary } from '../../../../shared/library/library';

const declaration = async (id: string, paragraphs: number) => {
  const text = `Statement ${id}\n\n${Array.from({ length: paragraphs }, (_, i) => `${i + 1}. We note clause ${i} on water ${id}${i * 7919} and fisheries ${i % 97}.`).join('\n\n')}\n`;
  return (await readAnyFile(`${id}.txt`, new TextEncoder().encode(text), id)).declaration;
};

describe('the library index worker', () => {
  it('ends itself, not the host, when indexing passes its memory, and says so', async () => {
    const big = await declaration('big', 40_000);
    await expect(runIndexJob({ changes: [{ add: big }], send: true }, { memoryMb: 16 })).rejects.toThrow(INDEX_TOO_BIG);
    // The host carries on: the next build works.
    const library = await buildInWorker([await declaration('small', 3)]);
    expect(library.size).toBeGreaterThan(0);
  }, 120_000);

  it('applies changes in the order given, through its clause readers, as the library itself would', async () => {
    // Over two chunks of 100, with a declaration replaced and one removed on the way.
    const declarations = await Promise.all(Array.from({ length: 230 }, (_, i) => declaration(`d${i % 150}`, 1 + (i % 4))));
    const changes: IndexChange[] = [...declarations.map((add) => ({ add })), { remove: 'd7' }, { add: declarations[3]! }];
    const expected = new ClauseLibrary();
    for (const change of changes) {
      if ('add' in change) expected.add(change.add);
      else expected.remove(change.remove);
    }
    const built = ClauseLibrary.load((await runIndexJob({ changes, send: true }))!);
    expect([[...built.all()], built.declarations()]).toEqual([[...expected.all()], expected.declarations()]);
  }, 120_000);
});
