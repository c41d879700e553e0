// @vitest-environment jsdom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobStatus } from '../../../shared/api';
import type { ConcordBridge } from '../../../shared/bridge';
import type { PickedFile } from '../../../renderer/library/importFiles';
import { reactTestRoot } from '../react-root';

const calls: { channel: string; request: unknown }[] = [];
let job: JobStatus = { id: 'j1', state: 'running', done: 0, total: 3, current: '' };

vi.mock('../../../renderer/api', () => ({
  call: vi.fn(async (channel: string, request: unknown) => {
    calls.push({ channel, request });
    if (channel === 'library.addFiles' || channel === 'library.importStart') return { jobId: 'j1' };
    if (channel === 'jobs.get') return { ...job };
    if (channel === 'jobs.cancel') return {};
    throw new Error(`unexpected ${channel}`);
  }),
}));

const electronWindow = () => window as Window & { concord?: ConcordBridge };

/** Electron's preload bridge with the main side's dialog (the browser host has none). */
function electronDialog(choose: () => Promise<string[]>) {
  const chooser = vi.fn(choose);
  const bridge: ConcordBridge = { invoke: vi.fn(), chooseLibraryPaths: chooser };
  electronWindow().concord = bridge;
  return chooser;
}

const { ImportControl } = await import('../../../renderer/library/ImportControl');

const dom = reactTestRoot();

beforeEach(() => {
  calls.length = 0;
  job = { id: 'j1', state: 'running', done: 0, total: 3, current: '' };
  delete electronWindow().concord;
});

function pick(files: PickedFile[]) {
  const input = dom.host.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  act(() => input.dispatchEvent(new Event('change', { bubbles: true })));
}

// jsdom's File has no arrayBuffer(); the control only reads name, size and bytes.
const text = (name: string, body: string): PickedFile => {
  const bytes = new TextEncoder().encode(body);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer.slice(0) as ArrayBuffer };
};

describe('ImportControl', () => {
  it('accepts the formats Concord reads, several at a time', () => {
    dom.render(<ImportControl onImported={vi.fn()} />);
    const input = dom.host.querySelector<HTMLInputElement>('input[type=file]');
    expect(input?.multiple).toBe(true);
    expect(input?.accept).toBe('.txt,.md,.markdown,.html,.htm,.docx');
  });

  it('shows "n of total — file" while the job runs, then the summary with skipped files and reasons', async () => {
    const onImported = vi.fn();
    dom.render(<ImportControl onImported={onImported} />);
    pick([text('a.txt', 'We reaffirm'), text('b.txt', 'We recall'), text('c.docx', 'not a zip')]);
    await dom.tick(0);
    const sent = calls.find((c) => c.channel === 'library.addFiles')?.request as { files: { name: string; data: string }[] };
    expect(sent.files.map((f) => [f.name, atob(f.data)])).toEqual([
      ['a.txt', 'We reaffirm'],
      ['b.txt', 'We recall'],
      ['c.docx', 'not a zip'],
    ]);
    job = { ...job, done: 2, current: '/tmp/import/b.txt' };
    await dom.tick(250);
    expect(dom.host.querySelector('.lib-progress-label')?.textContent).toBe('2 of 3 — b.txt');
    expect(dom.host.querySelector('progress')?.value).toBe(2);
    job = { ...job, state: 'done', done: 3, result: { added: 2, updated: 0, unchanged: 0, skipped: [{ path: '/tmp/import/c.docx', reason: 'This is not a DOCX file.' }], cancelled: false } };
    await dom.tick(250);
    expect(dom.host.querySelector('.lib-summary')?.textContent).toContain('Import finished: 2 added, 0 updated, 0 unchanged, 1 skipped.');
    expect(dom.host.querySelector('.lib-skipped')?.textContent).toBe('c.docx: This is not a DOCX file.');
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('cancels the job and reports what was imported before it stopped', async () => {
    dom.render(<ImportControl onImported={vi.fn()} />);
    pick([text('a.txt', 'one'), text('b.txt', 'two'), text('c.txt', 'three')]);
    await dom.tick(0);
    const cancel = [...dom.host.querySelectorAll('button')].find((b) => b.textContent === 'Cancel');
    act(() => cancel?.click());
    await dom.tick(0);
    expect(calls.some((c) => c.channel === 'jobs.cancel')).toBe(true);
    expect(dom.host.querySelector('.lib-progress button')?.textContent).toBe('Cancelling…');
    job = { ...job, state: 'cancelled', done: 1, result: { added: 1, updated: 0, unchanged: 0, skipped: [], cancelled: true } };
    await dom.tick(250);
    expect(dom.host.querySelector('.lib-summary')?.textContent).toContain('Import cancelled: 1 added');
  });

  it('shows why the import stopped when the main side fails it', async () => {
    dom.render(<ImportControl onImported={vi.fn()} />);
    pick([text('a.txt', 'one')]);
    await dom.tick(0);
    job = { ...job, state: 'failed', message: 'The library folder cannot be written; check its permissions.' };
    await dom.tick(250);
    expect(dom.host.querySelector('.lib-error')?.textContent).toBe('The library folder cannot be written; check its permissions.');
  });

  it('in Electron, imports the files and folders chosen in the main side\'s dialog by path, sending no bytes', async () => {
    const chosen = ['/home/me/Declarations', '/home/me/Joint Statement.docx'];
    const chooser = electronDialog(async () => chosen);
    const onImported = vi.fn();
    dom.render(<ImportControl onImported={onImported} />);
    const button = [...dom.host.querySelectorAll('button')].find((b) => b.textContent === 'Import…');
    act(() => button?.click());
    await dom.tick(0);
    expect(chooser).toHaveBeenCalledTimes(1);
    expect(calls.map((c) => c.channel)).not.toContain('library.addFiles');
    expect(calls.find((c) => c.channel === 'library.importStart')?.request).toEqual({ paths: chosen });
    job = { ...job, total: 12, done: 5, current: '/home/me/Declarations/g20.txt' };
    await dom.tick(250);
    expect(dom.host.querySelector('.lib-progress-label')?.textContent).toBe('5 of 12 — g20.txt');
    job = { ...job, state: 'done', done: 12, result: { added: 12, updated: 0, unchanged: 0, skipped: [], cancelled: false } };
    await dom.tick(250);
    expect(dom.host.querySelector('.lib-summary')?.textContent).toContain('Import finished: 12 added');
    expect(onImported).toHaveBeenCalledTimes(1);
  });

  it('in Electron, does nothing when the dialog is closed without a choice', async () => {
    electronDialog(async () => []);
    dom.render(<ImportControl onImported={vi.fn()} />);
    act(() => [...dom.host.querySelectorAll('button')].find((b) => b.textContent === 'Import…')?.click());
    await dom.tick(0);
    expect(calls).toEqual([]);
    expect(dom.host.querySelector('.lib-progress')).toBeNull();
  });
});
