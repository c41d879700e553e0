import { describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/api';
import { addJobResult, emptySummary, fileNameOf, progressLabel, summaryLine, withSkipped } from '../../../renderer/library/importProgress';

const job = (over: Partial<JobStatus>): JobStatus => ({ id: 'j1', state: 'done', done: 3, total: 3, current: '', ...over });
const result = { added: 2, updated: 0, unchanged: 1, skipped: [{ path: '/tmp/in/bad.docx', reason: 'Not a DOCX file.' }], cancelled: false };

describe('progressLabel', () => {
  it.each([
    [12, 300, '/home/me/statements/file.txt', '12 of 300 — file.txt'],
    [0, 5, '', '0 of 5'],
    [1200, 2500, 'C:\\drafts\\g20.docx', '1,200 of 2,500 — g20.docx'],
  ])('%i of %i at %j reads %j', (done, total, current, expected) => {
    expect(progressLabel(done, total, current)).toBe(expected);
  });
});

describe('fileNameOf', () => {
  it.each([
    ['/a/b/c.txt', 'c.txt'],
    ['c.txt', 'c.txt'],
    ['C:\\x\\y.md', 'y.md'],
    ['/trailing/', '/trailing/'],
  ])('%j → %j', (path, name) => expect(fileNameOf(path)).toBe(name));
});

describe('addJobResult', () => {
  it('adds up the batches and keeps every skipped file', () => {
    const once = addJobResult(withSkipped(emptySummary(), [{ path: 'locked.txt', reason: 'The file could not be read.' }]), job({ result }));
    const twice = addJobResult(once, job({ result: { ...result, skipped: [] } }));
    expect(twice).toMatchObject({ added: 4, unchanged: 2, cancelled: false });
    expect(twice.skipped.map((s) => s.path)).toEqual(['locked.txt', '/tmp/in/bad.docx']);
  });

  it.each([
    ['a cancelled job with its partial result', job({ state: 'cancelled', result: { ...result, cancelled: true } }), { added: 2, cancelled: true }],
    ['a cancelled job without a result', job({ state: 'cancelled' }), { added: 0, cancelled: true }],
  ])('counts %s as cancelled', (_name, j, expected) => {
    expect(addJobResult(emptySummary(), j)).toMatchObject(expected);
  });

  it.each([
    ['a failed job says what the main side said', job({ state: 'failed', message: 'The library folder is read-only.' }), 'The library folder is read-only.'],
    ['a result of the wrong shape is refused', job({ result: { added: 'two' } }), /report could not be read/],
  ])('%s', (_name, j, message) => {
    expect(() => addJobResult(emptySummary(), j)).toThrow(message);
  });
});

describe('summaryLine', () => {
  it.each([
    [{ ...emptySummary(), added: 298, skipped: result.skipped }, 'Import finished: 298 added, 0 updated, 0 unchanged, 1 skipped.'],
    [{ ...emptySummary(), added: 12, cancelled: true }, 'Import cancelled: 12 added, 0 updated, 0 unchanged.'],
  ])('%j', (summary, line) => expect(summaryLine(summary)).toBe(line));
});
