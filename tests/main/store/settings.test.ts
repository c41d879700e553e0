import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../main/handlers/context';
import { dispatch } from '../../../main/handlers/index';
import { SETTINGS_FILE } from '../../../main/store/settings';

const workspace = () => mkdtempSync(path.join(os.tmpdir(), 'concord-settings-'));

describe('user settings', () => {
  it('has no author until one is set, then keeps it across processes', async () => {
    const dir = workspace();
    expect(await dispatch('settings.get', {}, createContext({ shell: 'web', workspace: dir }))).toEqual({ version: 1, author: null, servers: [] });
    await dispatch('settings.set', { author: { name: '  Mission of Chile ', color: '#15803d' } }, createContext({ shell: 'web', workspace: dir }));
    // A fresh context reads the file the first one wrote.
    expect(await dispatch('settings.get', {}, createContext({ shell: 'cli', workspace: dir }))).toEqual({ version: 1, author: { name: 'Mission of Chile', color: '#15803d' }, servers: [] });
    expect(JSON.parse(readFileSync(path.join(dir, SETTINGS_FILE), 'utf8')).author.name).toBe('Mission of Chile');
  });

  it('refuses an empty name or a colour that is not #rrggbb', async () => {
    const ctx = createContext({ shell: 'web', workspace: workspace() });
    await expect(dispatch('settings.set', { author: { name: ' ', color: '#15803d' } }, ctx)).rejects.toMatchObject({ code: 'bad-request', message: expect.stringContaining('Please enter your name') });
    await expect(dispatch('settings.set', { author: { name: 'A', color: 'red' } }, ctx)).rejects.toMatchObject({ code: 'bad-request', message: expect.stringContaining('#rrggbb') });
  });

  it('sets a damaged settings file aside and starts from defaults', async () => {
    const dir = workspace();
    writeFileSync(path.join(dir, SETTINGS_FILE), '{"version": 1, "author": {"name": ');
    expect(await dispatch('settings.get', {}, createContext({ shell: 'web', workspace: dir }))).toEqual({ version: 1, author: null, servers: [] });
    expect(existsSync(path.join(dir, `${SETTINGS_FILE}.damaged`))).toBe(true);
  });
});
