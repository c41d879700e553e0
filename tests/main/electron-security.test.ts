import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { preloadDefine } from '../../main/preload/channels-define';

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as string[],
  handlers: new Map<string, (...args: unknown[]) => Promise<unknown>>(),
  opened: [] as string[],
  dialogAnswer: 0,
  chosen: [] as string[],
}));

vi.mock('electron', () => ({
  BrowserWindow: class {
    static fromWebContents() {
      return null;
    }
  },
  shell: { openExternal: vi.fn(async (url: string) => void bridge.opened.push(url)) },
  dialog: {
    showMessageBox: vi.fn(async () => ({ response: bridge.dialogAnswer })),
    showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: bridge.chosen })),
  },
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => bridge.exposed.set(name, api) },
  ipcRenderer: {
    invoke: (channel: string) => {
      bridge.invoked.push(channel);
      return Promise.resolve({ ok: true, data: null });
    },
  },
  ipcMain: { handle: (channel: string, fn: (...args: unknown[]) => Promise<unknown>) => bridge.handlers.set(channel, fn) },
}));

describe('Electron shell security', () => {
  beforeEach(() => {
    bridge.invoked.length = 0;
  });

  it('keeps the renderer sandboxed, isolated and without Node', async () => {
    const { webPreferences } = await import('../../main/window');
    expect(webPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('enables the sandbox for every renderer, installs the guards and serves the CSP with the page', () => {
    const source = readFileSync('main/index.ts', 'utf8');
    expect(source).toContain('app.enableSandbox()');
    expect(source).toContain('installGuards()');
    expect(source).toMatch(/'Content-Security-Policy': CONTENT_SECURITY_POLICY/);
  });

  it('serves its protocol for its own host only', () => {
    const source = readFileSync('main/index.ts', 'utf8');
    expect(source).toMatch(/if \(host !== 'app'\) return new Response\('Not found', \{ status: 404 \}\)/);
  });

  it('guards every web contents, not only the main window: navigation, redirects, new windows, webviews', async () => {
    const { guardContents } = await import('../../main/electron-guards');
    const events = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url: string) => void) => events.set(name, fn),
      setWindowOpenHandler: (fn: (d: { url: string }) => { action: string }) => (openHandler = fn),
    };
    guardContents(contents as never);
    expect([...events.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    for (const name of ['will-navigate', 'will-redirect']) {
      for (const [url, stays] of [['https://evil.example/', false], ['concord://app.evil.example/x', false], ['concord://app/index.html', true], ['file:///etc/passwd', false]] as const) {
        const event = { prevented: false, preventDefault() { this.prevented = true; } };
        events.get(name)?.(event, url);
        expect(event.prevented, `${name} ${url}`).toBe(!stays);
      }
    }
    const attach = { prevented: false, preventDefault() { this.prevented = true; } };
    events.get('will-attach-webview')?.(attach, '');
    expect(attach.prevented).toBe(true);
    expect(openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('opens only https links, and only after the user confirms', async () => {
    const { openExternalConfirmed } = await import('../../main/electron-guards');
    bridge.opened.length = 0;
    bridge.dialogAnswer = 1; // Cancel
    expect(await openExternalConfirmed('https://example.org/', {} as never)).toBe(false);
    for (const url of ['http://example.org/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.org/']) {
      bridge.dialogAnswer = 0;
      expect(await openExternalConfirmed(url, {} as never), url).toBe(false);
    }
    bridge.dialogAnswer = 0;
    expect(await openExternalConfirmed('https://example.org/page', {} as never)).toBe(true);
    expect(bridge.opened).toEqual(['https://example.org/page']);
  });

  it('denies every permission request and check by default', async () => {
    const { guardSession } = await import('../../main/electron-guards');
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    guardSession({ setPermissionRequestHandler: (fn: typeof request) => (request = fn), setPermissionCheckHandler: (fn: typeof check) => (check = fn) } as never);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) request?.(null, permission, (ok) => answers.push(ok));
    expect(answers).toEqual([false, false, false, false, false]);
    expect(check?.()).toBe(false);
    expect(readFileSync('main/electron-guards.ts', 'utf8')).toMatch(/app\.on\('session-created', guardSession\)[\s\S]*app\.on\('web-contents-created'/);
  });

  it('sets the Electron fuses of the current checklist when packaging', () => {
    const yml = readFileSync('electron-builder.yml', 'utf8');
    for (const line of ['runAsNode: false', 'enableCookieEncryption: true', 'enableNodeOptionsEnvironmentVariable: false', 'enableNodeCliInspectArguments: false', 'enableEmbeddedAsarIntegrityValidation: true', 'onlyLoadAppFromAsar: true', 'grantFileProtocolExtraPrivileges: false']) {
      expect(yml).toContain(`  ${line}`);
    }
  });

  it('prints PDF from a temp file, never a data: URL (Chromium caps those at 2 MB)', () => {
    const source = readFileSync('main/services/electron-pdf.ts', 'utf8');
    expect(source).not.toMatch(/data:text\/html/);
    expect(source).toMatch(/loadFile\(/);
  });

  it('uses a strict CSP: nothing inline, nothing eval, nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('exposes one invoke on window.concord that only reaches the API channels', async () => {
    // What scripts/build-electron.ts writes into the bundle, given here as the global it stands for.
    Object.assign(globalThis, { __CONCORD_IPC__: JSON.parse(preloadDefine.__CONCORD_IPC__) as unknown });
    await import('../../main/preload/index');
    expect([...bridge.exposed.keys()]).toEqual(['concord']);
    const api = bridge.exposed.get('concord') as { invoke(channel: string, request: unknown): Promise<{ ok: boolean }> };
    expect(Object.keys(api)).toEqual(['invoke', 'chooseLibraryPaths']);
    expect(await api.invoke('shell.openExternal', {})).toMatchObject({ ok: false });
    expect(bridge.invoked).toEqual([]);
    await api.invoke('templates.list', {});
    expect(bridge.invoked).toEqual(['decl:templates.list']);
  });

  it('answers IPC only from its own window', async () => {
    const { registerIpc } = await import('../../main/ipc');
    const { createContext } = await import('../../main/handlers/context');
    registerIpc(createContext({ shell: 'electron', workspace: '/tmp/concord-ipc-test' }));
    const handler = bridge.handlers.get('decl:app.info');
    expect(handler).toBeDefined();
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler?.({ senderFrame: { url: 'concord://app/index.html' } }, {})).toMatchObject({ ok: true, data: { shell: 'electron' } });
    expect(await handler?.({ senderFrame: { url: 'concord://app/index.html' } }, { extra: 1 })).toMatchObject({ ok: true });
    const get = bridge.handlers.get('decl:templates.get');
    expect(await get?.({ senderFrame: { url: 'concord://app/index.html' } }, { id: 7 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('imports into the library over IPC only paths the user chose in the dialog', async () => {
    const { registerIpc } = await import('../../main/ipc');
    const { createContext } = await import('../../main/handlers/context');
    bridge.handlers.clear();
    registerIpc(createContext({ shell: 'electron', workspace: '/tmp/concord-ipc-paths-test' }));
    const own = { senderFrame: { url: 'concord://app/index.html' }, sender: {} };
    const start = bridge.handlers.get('decl:library.importStart');
    expect(await start?.(own, { paths: ['/etc/passwd'] })).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/choose in its dialog/) } });
    expect(await start?.(own, { paths: ['/home', '/tmp/concord-ipc-paths-test/none.txt'] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    bridge.chosen = ['/tmp/concord-ipc-paths-test/none.txt'];
    expect(await bridge.handlers.get('concord:choose-library-paths')?.(own)).toEqual(bridge.chosen);
    expect(await bridge.handlers.get('concord:choose-library-paths')?.({ senderFrame: { url: 'https://evil.example/' } })).toEqual([]);
    expect(await start?.(own, { paths: bridge.chosen })).toMatchObject({ ok: true });
  });
});
