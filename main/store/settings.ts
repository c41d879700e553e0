/**
 * The user's settings on disk: `.settings.json` in the workspace folder (hidden, so the drafts
 * list skips it), written atomically. A missing file means defaults; a damaged one is kept
 * aside as `.settings.json.damaged` and defaults are used, so a bad file never stops the app.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, UserSettings } from '../../shared/settings/schemas';
import { writeFileAtomic } from './atomic';

export const SETTINGS_FILE = '.settings.json';

export function openSettings(workspace: string) {
  const file = path.join(path.resolve(workspace), SETTINGS_FILE);
  return {
    file,

    async read(): Promise<UserSettings> {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_SETTINGS;
        throw error;
      }
      let parsed: ReturnType<typeof UserSettings.safeParse>;
      try {
        parsed = UserSettings.safeParse(JSON.parse(text));
      } catch {
        parsed = UserSettings.safeParse(null);
      }
      if (parsed.success) return parsed.data;
      await fs.rename(file, `${file}.damaged`).catch(() => undefined);
      return DEFAULT_SETTINGS;
    },

    async write(settings: UserSettings): Promise<UserSettings> {
      const checked = UserSettings.parse(settings);
      await writeFileAtomic(file, `${JSON.stringify(checked, null, 2)}\n`, { keepBackup: false });
      return checked;
    },
  };
}

export type SettingsStore = ReturnType<typeof openSettings>;
