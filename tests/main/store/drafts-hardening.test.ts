import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createContext } from '../../../main/handlers/context';
import { dispatch } from '../../../main/handlers/index';
import { describeFsError } from '../../../main/store/fs-errors';
import { cleanStaleTemps } from '../../../main/store/atomic';
import { openDrafts, type DraftStore } from '../../../main/store/drafts';
import { serializeDraft } from '../../../shared/draft-file';
import { makeDraft } from './draft-fixture';

const titled = (title: string, updatedAt?: string) => ({ ...makeDraft('x', 1, updatedAt), title });

describe('drafts on disk, hostile names and races', () => {
  let dir: string;
  let drafts: DraftStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'concord-hard-'));
    drafts = openDrafts(dir);
  });

  it('lets only one of two parallel creates of one name succeed; the other hears "already exists"', async () => {
    for (let round = 0; round < 20; round++) {
      const name = `race ${round}.concord`;
      const results = await Promise.allSettled([drafts.save(name, makeDraft('first'), 'create'), drafts.save(name, makeDraft('second'), 'create')]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already exists/) });
    }
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    ['Chinese', '关于加强多边贸易体制与可持续发展合作的联合声明及其附件和各方代表团的最终意见'.repeat(2)],
    ['Russian', 'Совместное заявление министров иностранных дел о сотрудничестве в области устойчивого развития'],
    ['Arabic', 'البيان المشترك لوزراء الخارجية بشأن التعاون في مجال التنمية المستدامة والتجارة المتعددة الأطراف'],
    ['mixed', 'Joint Statement 联合声明 Совместное заявление البيان المشترك 2026 — final'],
  ])('saves, autosaves and recovers a draft with a long %s title', async (_script, title) => {
    const rel = `${title.slice(0, 80)}.concord`;
    await drafts.save(rel, titled(title, '2026-01-01T00:00:00.000Z'), 'create');
    await drafts.autosave(rel, titled(`${title} (edited)`, '2026-01-01T00:05:00.000Z'));
    expect((await drafts.open(rel)).recovery?.draft.title).toBe(`${title} (edited)`);
    expect((await drafts.recoveries()).recoveries).toMatchObject([{ path: rel, title: `${title} (edited)` }]);
    expect((await drafts.list()).map((d) => d.path)).toEqual([rel]);
    await drafts.save(rel, titled(title, '2026-01-01T00:06:00.000Z'), 'overwrite');
    expect((await drafts.recoveries()).recoveries).toEqual([]);
  });

  it('skips and reports a stray file in .recovery/ instead of failing every recovery', async () => {
    await drafts.autosave('kept.concord', makeDraft('kept'));
    mkdirSync(path.join(dir, '.recovery'), { recursive: true });
    writeFileSync(path.join(dir, '.recovery', '%zz-broken'), 'junk');
    writeFileSync(path.join(dir, '.recovery', 'notes.txt'), 'junk');
    const found = await drafts.recoveries();
    expect(found.recoveries.map((r) => r.path)).toEqual(['kept.concord']);
    expect(found.warnings).toHaveLength(2);
    expect(found.warnings.join(' ')).toMatch(/%zz-broken is not a recovery copy Concord can read; it was left alone/);
  });

  it('sends the skipped recovery files with the recovery list, through the one handler every shell calls', async () => {
    mkdirSync(path.join(dir, '.recovery'), { recursive: true });
    writeFileSync(path.join(dir, '.recovery', 'notes.txt'), 'junk');
    const ctx = createContext({ shell: 'web', workspace: dir });
    expect(await dispatch('drafts.recoveries', {}, ctx)).toEqual({ recoveries: [], warnings: [expect.stringMatching(/notes\.txt is not a recovery copy/)] });
  });

  it('lists drafts whatever the case of their extension, and refuses names starting with a dot', async () => {
    await drafts.save('X.CONCORD', makeDraft('upper', 1, '2026-01-02T00:00:00.000Z'), 'create');
    await drafts.save('x.Concord', makeDraft('mixed', 1, '2026-01-01T00:00:00.000Z'), 'create');
    expect((await drafts.list()).map((d) => d.path).sort()).toEqual(['X.CONCORD', 'x.Concord']);
    await expect(drafts.save('.hidden.concord', makeDraft('h'), 'create')).rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/dot/) });
  });

  it('reads a draft that starts with a UTF-8 byte order mark', async () => {
    writeFileSync(path.join(dir, 'bom.concord'), `\uFEFF${serializeDraft(makeDraft('bom'))}`);
    expect((await drafts.open('bom.concord')).draft.title).toBe('Draft bom');
  });

  it('refuses to save through a link that leaves the workspace', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'concord-outside-'));
    symlinkSync(outside, path.join(dir, 'planted'));
    symlinkSync(path.join(outside, 'target.concord'), path.join(dir, 'link.concord'));
    await expect(drafts.save('planted/evil.concord', makeDraft('evil'), 'create')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(drafts.save('link.concord', makeDraft('evil'), 'overwrite')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(drafts.autosave('planted/evil.concord', makeDraft('evil'))).rejects.toMatchObject({ code: 'forbidden' });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('opens the .bak copy that the "damaged" message points to', async () => {
    await drafts.save('d.concord', makeDraft('good'), 'create');
    await drafts.save('d.concord', makeDraft('newer'), 'overwrite');
    writeFileSync(path.join(dir, 'd.concord'), '{"format":"concord","sche');
    await expect(drafts.open('d.concord')).rejects.toThrow(/\.bak/);
    expect((await drafts.open('d.concord', { backup: true })).draft.title).toBe('Draft good');
  });

  it('cleans temp files left by an interrupted write, at start', async () => {
    mkdirSync(path.join(dir, '.recovery'), { recursive: true });
    const stale = [path.join(dir, '.a.concord.0123456789ab.tmp'), path.join(dir, '.recovery', '.b.concord.ba9876543210.tmp')];
    for (const file of stale) {
      writeFileSync(file, 'half');
      utimesSync(file, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    }
    writeFileSync(path.join(dir, 'keep.tmp'), 'not ours');
    await cleanStaleTemps(dir);
    expect(stale.map((f) => existsSync(f))).toEqual([false, false]);
    expect(readFileSync(path.join(dir, 'keep.tmp'), 'utf8')).toBe('not ours');
  });

  it.each([
    ['ENOSPC', 'insufficient-storage', /disk is full/],
    ['EROFS', 'forbidden', /read-only/],
    ['EACCES', 'forbidden', /permission/],
    ['ENAMETOOLONG', 'bad-request', /name is too long/],
  ])('turns %s into its own clear message', (code, apiCode, message) => {
    const error = Object.assign(new Error(`${code}: raw`), { code });
    expect(describeFsError(error, 'Statement.concord')).toMatchObject({ code: apiCode, message: expect.stringMatching(message) });
  });

  it('answers a name too long for the disk with its own message, not a 500', async () => {
    await expect(drafts.save(`${'長'.repeat(120)}.concord`, makeDraft('long'), 'create')).rejects.toMatchObject({ code: 'bad-request', message: expect.stringMatching(/too long/) });
  });
});
