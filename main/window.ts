/**
 * The one BrowserWindow factory. Its web preferences are the security boundary of the desktop
 * app, so they live here, exported as data, and a test fails if any of them is weakened.
 */
import path from 'node:path';
import { BrowserWindow, type WebPreferences } from 'electron';

/** The scheme the renderer is served from (a privileged, standard, secure custom protocol). */
export const APP_SCHEME = 'concord';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** The renderer's web preferences: sandboxed, isolated, no Node, nothing remote. */
export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

/** Opens the main window on the renderer. */
export function createMainWindow(distDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 900,
    minHeight: 600,
    title: 'Concord',
    show: false,
    webPreferences: webPreferences(path.join(distDir, 'main', 'preload.cjs')),
  });
  win.once('ready-to-show', () => win.show());
  // Navigation, new windows, links and permissions are guarded for every web contents (electron-guards.ts).
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
