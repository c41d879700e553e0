import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchPayloads, readPickedFiles, type PickedFile } from '../../../renderer/library/importFiles';
import { MAX_INPUT_BYTES } from '../../../shared/text/schemas';

const file = (name: string, text: string): PickedFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer };
};
const broken = (name: string): PickedFile => ({ name, size: 10, arrayBuffer: () => Promise.reject(new Error('NotReadableError')) });
const huge = (name: string): PickedFile => ({ name, size: MAX_INPUT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('should not be read')) });

describe('readPickedFiles', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads every good file as base64 and skips the bad ones with a reason, in order', async () => {
    vi.stubGlobal('window', {});
    const { payloads, skipped } = await readPickedFiles([file('a.txt', 'We reaffirm'), broken('b.docx'), huge('c.html'), file('d.md', '# Title')]);
    expect(payloads).toEqual([
      { name: 'a.txt', data: Buffer.from('We reaffirm').toString('base64') },
      { name: 'd.md', data: Buffer.from('# Title').toString('base64') },
    ]);
    expect(skipped.map((s) => s.path)).toEqual(['b.docx', 'c.html']);
    expect(skipped[0]?.reason).toMatch(/could not be read \(NotReadableError\)/);
    expect(skipped[1]?.reason).toMatch(/larger than 50 MB/);
  });

  it('sends the bytes themselves in the desktop app, whose IPC carries bytes', async () => {
    vi.stubGlobal('window', { concord: {} });
    const { payloads } = await readPickedFiles([file('a.txt', 'We reaffirm')]);
    expect(payloads).toEqual([{ name: 'a.txt', data: new TextEncoder().encode('We reaffirm') }]);
  });
});

describe('batchPayloads', () => {
  const p = (name: string, size: number) => ({ name, data: 'x'.repeat(size) });
  it.each([
    ['everything fits in one batch', [p('a', 10), p('b', 10)], 100, 10, [['a', 'b']]],
    ['a batch closes before it would overflow', [p('a', 40), p('b', 40), p('c', 40)], 100, 10, [['a', 'b'], ['c']]],
    ['a file larger than a batch goes alone', [p('a', 10), p('big', 500), p('c', 10)], 100, 10, [['a'], ['big'], ['c']]],
    ['the file count limit closes a batch', [p('a', 1), p('b', 1), p('c', 1)], 100, 2, [['a', 'b'], ['c']]],
    ['no files, no batches', [], 100, 10, []],
  ])('%s', (_name, payloads, maxBytes, maxFiles, expected) => {
    expect(batchPayloads(payloads, maxBytes, maxFiles).map((b) => b.map((f) => f.name))).toEqual(expected);
  });
});
