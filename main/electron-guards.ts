/**
 * The desktop shell's guards, applied to every web contents and session Electron creates, not
 * only the main window's: permissions denied by default, navigation kept inside the app, new
 * windows refused, links leaving only as https and only after the user confirms, and library
 * imports only from paths the user picked in a dialog. Exported so a static test can read them.
 */
import { app, dialog, session, shell, type Session, type WebContents } from 'electron';
import { APP_ORIGIN } from './window';

/** Whether a URL is the app's own page (scheme and host checked, not a prefix of the string). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** A link the user clicked, opened in the system browser only if it is https and the user agrees. */
export async function openExternalConfirmed(raw: string, owner: WebContents): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const { BrowserWindow } = await import('electron');
  const win = BrowserWindow.fromWebContents(owner);
  const options = { type: 'question' as const, buttons: ['Open in browser', 'Cancel'], defaultId: 1, cancelId: 1, message: `Open ${url.host} in your web browser?`, detail: url.href };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response !== 0) return false;
  await shell.openExternal(url.href);
  return true;
}

/** Denies every permission (camera, notifications, geolocation...) a page asks for or checks. */
export function guardSession(s: Session): void {
  s.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
}

/** Keeps a web contents inside the app: no navigation or redirect away, no new windows, no webviews. */
export function guardContents(contents: WebContents): void {
  const stay = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stay);
  contents.on('will-redirect', stay);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalConfirmed(url, contents);
    return { action: 'deny' };
  });
}

/** Installs the guards on the default session and on every web contents from now on. */
export function installGuards(): void {
  guardSession(session.defaultSession);
  app.on('session-created', guardSession);
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

/**
 * Paths the user picked in the import dialog: `library.importStart` over IPC accepts only these, so a compromised page cannot make the library read arbitrary host files.
 */
export function createChosenPaths() {
  const chosen = new Set<string>();
  return {
    async choose(owner: WebContents): Promise<string[]> {
      const { BrowserWindow } = await import('electron');
      const win = BrowserWindow.fromWebContents(owner);
      const options = { title: 'Add declarations to the library', properties: ['openFile' as const, 'openDirectory' as const, 'multiSelections' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      for (const p of result.filePaths) chosen.add(p);
      return result.filePaths;
    },
    allows(paths: readonly string[]): boolean {
      return paths.every((p) => chosen.has(p));
    },
  };
}

export type ChosenPaths = ReturnType<typeof createChosenPaths>;

/** The IPC channel of the import dialog (main side only; the preload exposes it as chooseLibraryPaths). */
export const CHOOSE_PATHS_CHANNEL = 'concord:choose-library-paths';
