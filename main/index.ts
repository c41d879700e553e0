/**
 * The Electron entry: serves the built renderer on a private scheme with the CSP, registers the
 * API over IPC, and opens one window. Everything else lives in the shell-independent handlers.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { electronPdf } from './services/electron-pdf';
import { createContext } from './handlers/context';
import { installGuards } from './electron-guards';
import { registerIpc } from './ipc';
import { APP_SCHEME, createMainWindow } from './window';

// dist/main/index.cjs -> the app root is two folders up.
const root = path.resolve(__dirname, '..', '..');
const dist = path.join(root, 'dist');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.map': 'application/json' };

async function serveRenderer(request: Request): Promise<Response> {
  const rendererDir = path.join(dist, 'renderer');
  const { host, pathname } = new URL(request.url);
  if (host !== 'app') return new Response('Not found', { status: 404 }); // concord://app/ only
  const file = path.resolve(rendererDir, decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html');
  if (!file.startsWith(rendererDir + path.sep)) return new Response('Not found', { status: 404 });
  try {
    const body = await fs.readFile(file);
    return new Response(body, { headers: { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

app.enableSandbox();
installGuards();
void app.whenReady().then(() => {
  protocol.handle(APP_SCHEME, serveRenderer);
  registerIpc(createContext({ shell: 'electron', root, workspace: path.join(app.getPath('documents'), 'Concord'), renderPdf: electronPdf }));
  createMainWindow(dist);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(dist);
  });
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
