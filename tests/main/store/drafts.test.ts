import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDrafts, type DraftStore } from '../../../main/store/drafts';
import { makeDraft } from './draft-fixture';

describe('drafts on disk', () => {
  let dir: string;
  let drafts: DraftStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'concord-drafts-'));
    drafts = openDrafts(dir);
  });

  it('saves and opens a draft, keeping the previous file as .bak', async () => {
    await drafts.save('Statement.concord', makeDraft('alpha'), 'create');
    await drafts.save('Statement.concord', makeDraft('beta'), 'overwrite');
    expect((await drafts.open('Statement.concord')).draft.title).toBe('Draft beta');
    expect(readFileSync(path.join(dir, 'Statement.concord.bak'), 'utf8')).toContain('alpha');
  });

  it('lists drafts with title and version count, most recent first', async () => {
    await drafts.save('old.concord', makeDraft('old', 1, '2026-01-01T00:00:00.000Z'), 'create');
    await drafts.save('sub/new.concord', makeDraft('new', 1, '2026-02-01T00:00:00.000Z'), 'create');
    expect((await drafts.list()).map((d) => [d.path, d.title])).toEqual([
      ['sub/new.concord', 'Draft new'],
      ['old.concord', 'Draft old'],
    ]);
  });

  it('renames a draft with its recovery copy and backup, and refuses a name that is taken', async () => {
    await drafts.save('Untitled.concord', makeDraft('alpha'), 'create');
    await drafts.save('Untitled.concord', makeDraft('beta'), 'overwrite');
    await drafts.autosave('Untitled.concord', makeDraft('gamma', 1, '2030-01-01T00:00:00.000Z'));
    await drafts.save('Other.concord', makeDraft('other'), 'create');
    await expect(drafts.rename('Untitled.concord', 'Other.concord')).rejects.toThrow(/already exists/);
    expect(await drafts.rename('Untitled.concord', 'Rivers.concord')).toEqual({ path: 'Rivers.concord' });
    expect(existsSync(path.join(dir, 'Untitled.concord'))).toBe(false);
    expect(existsSync(path.join(dir, 'Rivers.concord.bak'))).toBe(true);
    expect((await drafts.open('Rivers.concord')).recovery?.draft.title).toBe('Draft gamma');
    await expect(drafts.rename('Gone.concord', 'Here.concord')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses to overwrite an existing draft on "Save as"', async () => {
    await drafts.save('a.concord', makeDraft('a'), 'create');
    await expect(drafts.save('a.concord', makeDraft('b'), 'create')).rejects.toThrow(/already exists/);
  });

  it.each(['../evil.concord', '/etc/evil.concord', 'a/../../evil.concord', 'C:\\evil.concord', '..\\evil.concord', 'x.concord\0.txt'])(
    'refuses the path %j, which leaves the workspace',
    async (rel) => {
      await expect(drafts.save(rel, makeDraft('x'), 'overwrite')).rejects.toMatchObject({ code: 'forbidden' });
    },
  );

  it('refuses a path that is not a .concord file', async () => {
    await expect(drafts.save('notes.txt', makeDraft('x'), 'overwrite')).rejects.toThrow(/must end in .concord/);
  });

  it.each([
    ['truncated JSON', '{"format":"concord","sche', /not valid JSON.*\.bak/],
    ['another JSON file', '{"name":"package"}', /not a Concord draft/],
    ['a newer format', JSON.stringify({ ...makeDraft('x'), schemaVersion: 99 }), /newer Concord/],
    ['a damaged document', JSON.stringify({ ...makeDraft('x'), doc: { content: 'oops' } }), /damaged Concord draft: doc/],
  ])('explains a file with %s', async (_name, text, message) => {
    writeFileSync(path.join(dir, 'bad.concord'), text);
    await expect(drafts.open('bad.concord')).rejects.toThrow(message);
  });

  it('offers the autosaved copy when it is newer than the file, until the next save', async () => {
    await drafts.save('d.concord', makeDraft('saved', 1, '2026-01-01T00:00:00.000Z'), 'create');
    await drafts.autosave('d.concord', makeDraft('unsaved', 1, '2026-01-01T00:05:00.000Z'));
    const opened = await drafts.open('d.concord');
    expect(opened.draft.title).toBe('Draft saved');
    expect(opened.recovery?.draft.title).toBe('Draft unsaved');
    expect((await drafts.recoveries()).recoveries.map((r) => r.path)).toEqual(['d.concord']);
    await drafts.save('d.concord', makeDraft('final', 1, '2026-01-01T00:06:00.000Z'), 'overwrite');
    expect((await drafts.open('d.concord')).recovery).toBeNull();
    expect((await drafts.recoveries()).recoveries).toEqual([]);
  });

  it('offers the recovery of a draft that was never saved', async () => {
    await drafts.autosave('new.concord', makeDraft('fresh'));
    expect((await drafts.recoveries()).recoveries).toMatchObject([{ path: 'new.concord', title: 'Draft fresh' }]);
    await drafts.discardRecovery('new.concord');
    expect((await drafts.recoveries()).recoveries).toEqual([]);
    expect(existsSync(path.join(dir, 'new.concord'))).toBe(false);
  });
});
